// The runtime Electron and the harness start: the daily automatic backup runs from the start (on the
// runtime's clock) and stops with close(); a new idle time from Settings applies to the next request.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../main/log';
import { startAppRuntime, type AppRuntime } from '../../main/runtime';
import type { IpcResult } from '../../shared/ipc/result';

const dirs: string[] = [];
const running: AppRuntime[] = [];

afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CHECK_MS = 20;
const HOUR = 3_600_000;

async function start() {
  const root = mkdtempSync(join(tmpdir(), 'hipspine-runtime-'));
  dirs.push(root);
  const dataDir = join(root, 'data');
  const clock = { now: Date.parse('2025-03-03T08:00:00.000Z') };
  const log = memoryLogger();
  const runtime = await startAppRuntime({
    dataDir,
    harness: true,
    clock: () => new Date(clock.now),
    log,
    backupCheckMs: CHECK_MS,
  });
  running.push(runtime);
  const backups = () => {
    const folder = runtime.context.paths.backupsDir;
    return existsSync(folder) ? readdirSync(folder).sort() : [];
  };
  return { runtime, dispatch: runtime.dispatch, clock, log, backups };
}

function value<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(5);
  }
}

const OWNER = {
  username: 'owner',
  name: 'Owner',
  profession: 'Physiotherapist',
  registration: 'PT-1',
  password: 'owner-password',
};
const PATIENT = {
  givenName: 'Quentin',
  familyName: 'Avocado',
  birthDate: '1970-01-31',
  sex: 'male',
};

describe('the daily automatic backup', () => {
  it('makes one backup at start on a fresh data folder, one a day after, and stops at close', async () => {
    const { runtime, dispatch, clock, log, backups } = await start();
    await until(() => backups().length === 1);
    expect(backups()).toEqual(['hipspine-auto-20250303-080000000.sqlite3']);

    value(await dispatch('auth:setup', OWNER));
    value(await dispatch('patients:create', PATIENT));
    // Later the same day: checked again (several times), not made again.
    clock.now += HOUR;
    await sleep(CHECK_MS * 5);
    expect(backups()).toHaveLength(1);
    // The next day: made by the timer, no restart needed.
    clock.now += 24 * HOUR;
    await until(() => backups().length === 2);
    const names = backups();
    for (const name of names) {
      // File names carry the kind and the time only: never a patient's name or birth date.
      expect(name).toMatch(/^hipspine-auto-\d{8}-\d{9}\.sqlite3$/);
      expect(name).not.toMatch(/Quentin|Avocado|1970/i);
    }

    await runtime.close();
    clock.now += 24 * HOUR;
    await sleep(CHECK_MS * 5);
    expect(backups()).toEqual(names);
    expect(log.lines.filter((l) => l.includes('daily_backup_created'))).toHaveLength(2);
    expect(log.lines.join('\n')).not.toMatch(/daily_backup_failed|Quentin|Avocado/);
  });

  it('lets close() finish a backup under way before the database closes', async () => {
    const { runtime, log, backups } = await start();
    await runtime.close();
    expect(runtime.context.store.status().state).toBe('ok');
    expect(backups()).toEqual(['hipspine-auto-20250303-080000000.sqlite3']);
    expect(log.lines.join('\n')).not.toMatch(/daily_backup_failed/);
  });
});

describe('the idle time from Settings', () => {
  it('applies to the very next request after settings:update', async () => {
    const { dispatch, clock } = await start();
    value(await dispatch('auth:setup', OWNER));
    // Default five minutes: 61 s of idling does not lock.
    clock.now += 61_000;
    value(await dispatch('patients:search', { query: 'Avocado' }));

    value(await dispatch('settings:update', { autoLockMinutes: 1 }));
    clock.now += 61_000;
    expect(await dispatch('patients:search', { query: 'Avocado' })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(value(await dispatch('auth:status', {}))).toMatchObject({ locked: true });

    // And back up: 2 minutes of idling no longer locks once the limit is 10 minutes.
    value(await dispatch('auth:signIn', { username: OWNER.username, password: OWNER.password }));
    value(await dispatch('settings:update', { autoLockMinutes: 10 }));
    clock.now += 2 * 60_000;
    expect((await dispatch('patients:search', { query: 'Avocado' })).ok).toBe(true);
  });
});
