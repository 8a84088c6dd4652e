// After a restore main ends the session, whichever channel restored (a listed backup or a chosen
// file): the restored accounts are the backup's, so the clinician signed in before may not be in
// them and must not go on naming rows in the audit chain. Through the app's runtime over a real
// SQLite file: the next non-public request answers NOT_SIGNED_IN, an account only in the replaced
// records can no longer sign in, one from the restored records can, and the audit rows from the
// restore on name only the system and that account. A cancelled file dialog keeps the session.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FilePicker } from '../../main/backup/filePicker';
import { SYSTEM_ACTOR } from '../../main/db/store';
import { memoryLogger } from '../../main/log';
import { startAppRuntime, type AppRuntime } from '../../main/runtime';
import type { Clinician } from '../../shared/domain/clinician';
import type { AuthStatus, BackupInfo } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

const OWNER = {
  username: 'owner',
  name: 'Olu Owner',
  profession: 'Physiotherapist',
  registration: 'PT-1',
  password: 'owner-password',
};
/** Added after the backup, so the restored records do not know this account. */
const LATER = {
  username: 'later',
  name: 'Lee Later',
  profession: 'Physiotherapist',
  registration: 'PT-2',
  password: 'later-password',
};

const dirs: string[] = [];
const running: AppRuntime[] = [];

afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function value<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/**
 * A runtime with the owner and a backup made while only the owner existed; then the later
 * colleague is added and signed in. `file` is what the file dialog answers (null = cancelled).
 */
async function signedInAfterBackup() {
  const dir = mkdtempSync(join(tmpdir(), 'hipspine-restore-session-'));
  dirs.push(dir);
  const chosen = { file: null as string | null };
  const picker: FilePicker = {
    chooseBackupFolder: async () => null,
    chooseBackupFile: async () => chosen.file,
  };
  const log = memoryLogger();
  const runtime = await startAppRuntime({
    dataDir: join(dir, 'data'),
    harness: true,
    filePicker: picker,
    log,
  });
  running.push(runtime);
  const { dispatch } = runtime;
  const owner = value<Clinician>(await dispatch('auth:setup', OWNER));
  const backup = value<BackupInfo>(await dispatch('backup:create', {}));
  const later = value<Clinician>(await dispatch('clinicians:add', LATER));
  value(await dispatch('auth:signIn', { username: LATER.username, password: LATER.password }));
  expect(runtime.context.session.clinician?.id).toBe(later.id);
  return { runtime, dispatch, owner, later, backup, chosen, log };
}

/** The audit rows from the store's 'restore' row on, oldest first. */
async function rowsFromRestore(runtime: AppRuntime) {
  const rows = (await runtime.context.store.audit.list({ limit: 1000 })).reverse();
  const at = rows.findLastIndex((row) => row.action === 'restore' && row.entity === 'database');
  expect(at).toBeGreaterThanOrEqual(0);
  return rows.slice(at);
}

describe('a restore ends the session', () => {
  it.each(['db:restoreFromBackup', 'db:restoreFromChosenFile'] as const)(
    'after %s: NOT_SIGNED_IN next, only the restored accounts sign in, audit names no stranger',
    async (channel) => {
      const { runtime, dispatch, owner, later, backup, chosen, log } = await signedInAfterBackup();
      chosen.file = backup.path;
      const payload = channel === 'db:restoreFromBackup' ? { path: backup.path } : {};
      expect(value<BackupInfo>(await dispatch(channel, payload))).toMatchObject({
        integrity: 'ok',
      });

      // The very next non-public request is refused; auth:status says signed out, not locked.
      expect(await dispatch('patients:search', { query: 'any' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_SIGNED_IN' },
      });
      expect(value<AuthStatus>(await dispatch('auth:status', {}))).toMatchObject({
        needsSetup: false,
        clinician: null,
        locked: false,
      });
      expect(log.lines.join('\n')).toMatch(/auth_signed_out.*"reason":"restore"/);

      // The colleague added after the backup is not in the restored records.
      expect(
        await dispatch('auth:signIn', { username: LATER.username, password: LATER.password }),
      ).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
      const back = value<Clinician>(
        await dispatch('auth:signIn', { username: OWNER.username, password: OWNER.password }),
      );
      expect(back.id).toBe(owner.id);
      expect(value(await dispatch('patients:search', { query: 'any' }))).toEqual([]);

      // The restore is in the chain (by the system, naming the file), and from it on every row is
      // by the system or by the account that signed in against the restored records.
      const rows = await rowsFromRestore(runtime);
      expect(rows[0]).toMatchObject({
        actor: SYSTEM_ACTOR,
        action: 'restore',
        changes: { from: backup.path.split('/').pop() },
      });
      for (const row of rows) {
        expect([SYSTEM_ACTOR, owner.id]).toContain(row.actor);
        expect(row.entityId).not.toBe(later.id);
      }
      expect(rows.at(-1)).toMatchObject({ actor: owner.id, action: 'auth.signIn' });
      expect(value<{ ok: boolean }>(await dispatch('audit:verify', {})).ok).toBe(true);
    },
  );

  it('keeps the session when the file dialog is cancelled (nothing was restored)', async () => {
    const { runtime, dispatch, later } = await signedInAfterBackup();
    expect(await dispatch('db:restoreFromChosenFile', {})).toEqual({ ok: true, value: null });
    expect(runtime.context.session.clinician?.id).toBe(later.id);
    expect((await dispatch('patients:search', { query: 'any' })).ok).toBe(true);
  });

  it('keeps the session when the restore is refused (the records stay)', async () => {
    const { runtime, dispatch, later, backup } = await signedInAfterBackup();
    expect(
      await dispatch('db:restoreFromBackup', { path: join(backup.path, '..', 'missing.sqlite3') }),
    ).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(runtime.context.session.clinician?.id).toBe(later.id);
    expect((await dispatch('patients:search', { query: 'any' })).ok).toBe(true);
  });
});
