// The recovery path through the app's runtime (the same one Electron and the harness start): records
// that cannot be opened start the app in the corrupt state; db:listBackups then answers without a
// sign-in, lists only backups inside the data folder's backups dir (no links, no folders), and a
// restore from one of them brings the records back.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../main/db/store';
import { isInsideFolder } from '../../main/ipc/handlers/recovery';
import { startAppRuntime, type AppRuntime } from '../../main/runtime';
import { appPaths } from '../../main/paths';
import { memoryLogger } from '../../main/log';
import type { BackupInfo } from '../../shared/ipc/contract';
import type { Patient } from '../../shared/domain/patient';
import type { IpcResult } from '../../shared/ipc/result';

let root: string;
let dataDir: string;
let runtime: AppRuntime | null = null;
let backup: BackupInfo;

function start(): Promise<AppRuntime> {
  return startAppRuntime({ dataDir, harness: true, log: memoryLogger() });
}

async function value<T>(rt: AppRuntime, channel: string, payload: unknown): Promise<T> {
  const result = (await rt.dispatch(channel, payload)) as IpcResult<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function signInDirectly(rt: AppRuntime): Promise<void> {
  const store = rt.context.store;
  const existing = await store.clinicians.getByUsername('recover');
  rt.context.session.clinician =
    existing ??
    (await store.clinicians.create(
      {
        username: 'recover',
        name: 'Rae Cover',
        profession: 'Physiotherapist',
        registration: 'PT-9',
        passwordHash: 'x',
        salt: 'y',
      },
      SYSTEM_ACTOR,
    ));
  rt.context.session.lastActivityAt = rt.context.clock().getTime();
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hipspine-recovery-'));
  dataDir = join(root, 'data');
  const first = await start();
  await signInDirectly(first);
  await value<Patient>(first, 'patients:create', {
    givenName: 'Ines',
    familyName: 'Recovered',
    birthDate: '1980-01-01',
    sex: 'female',
  });
  backup = await value<BackupInfo>(first, 'backup:create', {});
  await first.close();
  // Garbage over the whole records file: not even an SQLite header is left.
  const paths = appPaths(dataDir);
  writeFileSync(paths.databaseFile, Buffer.alloc(64 * 1024, 0x5a));
  rmSync(`${paths.databaseFile}-wal`, { force: true });
  rmSync(`${paths.databaseFile}-shm`, { force: true });
});

afterAll(async () => {
  await runtime?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('recovery when the records are damaged', () => {
  it('starts in the corrupt state, with a message for the recovery screen', async () => {
    runtime = await start();
    const status = await value<{ state: string; message: string }>(runtime, 'db:status', {});
    expect(status.state).toBe('corrupt');
    expect(status.message).toMatch(/damaged/);
    expect(await runtime.dispatch('auth:status', {})).toMatchObject({ ok: false });
  });

  it('lists the backups without a sign-in, and only real files inside the backups folder', async () => {
    const rt = runtime as AppRuntime;
    const backupsDir = appPaths(dataDir).backupsDir;
    // A link and a folder named like backups, and a backup-named file outside: none is offered.
    const outside = join(root, 'hipspine-backup-20250101-000000000.sqlite3');
    copyFileSync(backup.path, outside);
    symlinkSync(outside, join(backupsDir, 'hipspine-backup-20250102-000000000.sqlite3'));
    mkdirSync(join(backupsDir, 'hipspine-backup-20250103-000000000.sqlite3'));

    const listed = await value<BackupInfo[]>(rt, 'db:listBackups', {});
    expect(listed.map((b) => b.path)).toContain(backup.path);
    for (const b of listed) expect(isInsideFolder(b.path, backupsDir)).toBe(true);
    expect(listed.map((b) => b.path)).not.toContain(
      join(backupsDir, 'hipspine-backup-20250102-000000000.sqlite3'),
    );
    expect(listed.map((b) => b.path)).not.toContain(
      join(backupsDir, 'hipspine-backup-20250103-000000000.sqlite3'),
    );
  });

  it('restores a listed backup; the patient is back after sign-in', async () => {
    const rt = runtime as AppRuntime;
    const restored = await value<BackupInfo>(rt, 'db:restoreFromBackup', { path: backup.path });
    expect(restored.integrity).toBe('ok');
    expect(await value(rt, 'db:status', {})).toMatchObject({ state: 'ok' });
    expect(await value(rt, 'auth:status', {})).toMatchObject({ needsSetup: false });
    await signInDirectly(rt);
    const found = await value<Patient[]>(rt, 'patients:search', { query: 'Recovered' });
    expect(found.map((p) => p.givenName)).toEqual(['Ines']);
  });

  it('needs a signed-in clinician once the records are fine', async () => {
    const rt = runtime as AppRuntime;
    rt.context.session.clinician = null;
    expect(await rt.dispatch('db:listBackups', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
  });
});
