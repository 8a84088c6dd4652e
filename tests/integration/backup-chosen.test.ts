// Backing up to a folder the clinician chooses and restoring from a file the clinician chooses,
// through the app's runtime with a fake FilePicker in place of Electron's dialogs: the backup lands
// in the chosen folder and passes integrity_check; a chosen backup restores the records; a cancelled
// dialog answers null and changes nothing; a tampered chosen file is refused by the same checks as
// db:restoreFromBackup; and the sign-in rules hold (public only while the records cannot be opened).
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePicker } from '../../main/backup/filePicker';
import { memoryLogger } from '../../main/log';
import { appPaths } from '../../main/paths';
import { startAppRuntime, type AppRuntime } from '../../main/runtime';
import type { BackupInfo } from '../../shared/ipc/contract';
import type { Patient } from '../../shared/domain/patient';
import type { IpcResult } from '../../shared/ipc/result';

/** What the next dialog answers; null = the clinician cancels. Counts the dialogs shown. */
const choice = { folder: null as string | null, file: null as string | null, shown: 0 };
const picker: FilePicker = {
  chooseBackupFolder: async () => (choice.shown++, choice.folder),
  chooseBackupFile: async () => (choice.shown++, choice.file),
};

let root = '';
let dataDir = '';
let runtime: AppRuntime;

async function value<T>(channel: string, payload: unknown = {}): Promise<T> {
  const result = (await runtime.dispatch(channel, payload)) as IpcResult<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function failure(channel: string): Promise<{ code: string; message: string }> {
  const result = await runtime.dispatch(channel, {});
  if (result.ok) throw new Error(`${channel} succeeded`);
  return result.error;
}

function start(): Promise<AppRuntime> {
  return startAppRuntime({ dataDir, harness: false, filePicker: picker, log: memoryLogger() });
}

async function signIn(): Promise<void> {
  await value('auth:signIn', { username: 'owner', password: 'owner-password' });
}

async function patientNames(): Promise<string[]> {
  const found = await value<Patient[]>('patients:search', { query: 'Chosen' });
  return found.map((p) => p.familyName).sort();
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hipspine-chosen-'));
  dataDir = join(root, 'data');
  runtime = await start();
  await value('auth:setup', {
    username: 'owner',
    name: 'Owner',
    profession: 'Physiotherapist',
    registration: 'PT-1',
    password: 'owner-password',
  });
  await value('patients:create', {
    givenName: 'Ada',
    familyName: 'Chosen',
    birthDate: '1970-05-01',
    sex: 'female',
  });
});

afterAll(async () => {
  await runtime?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('backup:createInChosenFolder', () => {
  it('writes a checked backup into the chosen folder (created if missing)', async () => {
    choice.folder = join(root, 'usb stick', 'hipspine');
    const info = await value<BackupInfo>('backup:createInChosenFolder');
    expect(dirname(info.path)).toBe(choice.folder);
    expect(info.integrity).toBe('ok');
    expect(info.path).toMatch(/hipspine-backup-\d{8}-\d{9}\.sqlite3$/);
    const copy = new Database(info.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(1);
    copy.close();
    // Only the daily automatic backup is in the data folder's own backups folder.
    const local = await value<BackupInfo[]>('backup:list');
    expect(local.filter((b) => !b.path.includes('hipspine-auto-'))).toEqual([]);
    const audit = await runtime.context.store.audit.list({ entity: 'database', limit: 5 });
    expect(audit[0]).toMatchObject({ action: 'backup', changes: { path: info.path } });
  });

  it('answers null and writes nothing when the dialog is cancelled', async () => {
    choice.folder = null;
    const auditBefore = await runtime.context.store.audit.list({ limit: 1000 });
    expect(await value('backup:createInChosenFolder')).toBeNull();
    expect(await runtime.context.store.audit.list({ limit: 1000 })).toHaveLength(
      auditBefore.length,
    );
  });

  it('needs a signed-in clinician, and shows no dialog otherwise', async () => {
    choice.folder = join(root, 'elsewhere');
    await value('auth:lock');
    const shown = choice.shown;
    expect(await failure('backup:createInChosenFolder')).toMatchObject({ code: 'LOCKED' });
    expect(choice.shown).toBe(shown);
    await signIn();
  });
});

describe('db:restoreFromChosenFile', () => {
  let chosenBackup = '';

  beforeAll(async () => {
    choice.folder = join(root, 'usb stick', 'restore-from');
    chosenBackup = (await value<BackupInfo>('backup:createInChosenFolder')).path;
    // Recorded after the backup: the restore must take it away again.
    await value('patients:create', {
      givenName: 'Bo',
      familyName: 'Chosenlater',
      birthDate: '1980-01-01',
      sex: 'male',
    });
  });

  it('answers null and changes nothing when the dialog is cancelled', async () => {
    choice.file = null;
    expect(await value('db:restoreFromChosenFile')).toBeNull();
    expect(await patientNames()).toEqual(['Chosen', 'Chosenlater']);
  });

  it('refuses a tampered chosen file with the same check as a listed backup', async () => {
    const evil = join(root, 'evil.sqlite3');
    copyFileSync(chosenBackup, evil);
    const db = new Database(evil);
    db.exec('CREATE TRIGGER evil AFTER INSERT ON patients BEGIN DELETE FROM patients; END;');
    db.close();
    choice.file = evil;
    const chosen = await failure('db:restoreFromChosenFile');
    expect(chosen).toMatchObject({ code: 'BAD_REQUEST', message: /added trigger "evil"/ });
    // Word for word what db:restoreFromBackup says about the same file: one check, not two.
    const listed = await runtime.dispatch('db:restoreFromBackup', { path: evil });
    expect(listed).toMatchObject({ ok: false, error: chosen });
    expect(await patientNames()).toEqual(['Chosen', 'Chosenlater']);
  });

  it('refuses a file that is not a database, and the records stay', async () => {
    choice.file = join(root, 'photo.sqlite3');
    writeFileSync(choice.file, 'not a database at all'.repeat(100));
    expect(await failure('db:restoreFromChosenFile')).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await patientNames()).toEqual(['Chosen', 'Chosenlater']);
  });

  it('needs a signed-in clinician while the records are fine, and shows no dialog otherwise', async () => {
    choice.file = chosenBackup;
    await value('auth:signOut');
    const shown = choice.shown;
    expect(await failure('db:restoreFromChosenFile')).toMatchObject({ code: 'NOT_SIGNED_IN' });
    expect(choice.shown).toBe(shown);
    await signIn();
  });

  it('restores the chosen backup and keeps the current records aside', async () => {
    choice.file = chosenBackup;
    const info = await value<BackupInfo>('db:restoreFromChosenFile');
    expect(info).toMatchObject({ path: chosenBackup, integrity: 'ok' });
    await signIn();
    expect(await patientNames()).toEqual(['Chosen']);
    const aside = readdirSync(dataDir).filter((name) => name.includes('.before-restore-'));
    expect(aside.length).toBeGreaterThan(0);
  });

  it('works without sign-in when the records cannot be opened (recovery screen)', async () => {
    await runtime.close();
    const file = appPaths(dataDir).databaseFile;
    writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a));
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    runtime = await start();
    expect((await value<{ state: string }>('db:status')).state).toBe('corrupt');
    choice.file = null;
    expect(await value('db:restoreFromChosenFile')).toBeNull();
    expect((await value<{ state: string }>('db:status')).state).toBe('corrupt');
    choice.file = chosenBackup;
    await value<BackupInfo>('db:restoreFromChosenFile');
    expect((await value<{ state: string }>('db:status')).state).toBe('ok');
    await signIn();
    expect(await patientNames()).toEqual(['Chosen']);
  });
});

describe('without a file picker (no window)', () => {
  it('refuses plainly instead of writing somewhere nobody chose', async () => {
    const bare = await startAppRuntime({
      dataDir: join(root, 'bare'),
      harness: false,
      log: memoryLogger(),
    });
    try {
      bare.context.session.clinician = runtime.context.session.clinician;
      bare.context.session.lastActivityAt = bare.context.clock().getTime();
      for (const channel of ['backup:createInChosenFolder', 'db:restoreFromChosenFile']) {
        const result = await bare.dispatch(channel, {});
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
      }
    } finally {
      await bare.close();
    }
  });
});
