// Access control through the app's real runtime (handler table, dispatcher, session policy) over a
// real SQLite file, with the app's real scrypt cost: sign-in before data, audit rows naming the
// clinician, lock on demand and after idling, and a wrong-password wait that survives a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startAppRuntime, type AppRuntime } from '../../main/runtime';
import { SYSTEM_ACTOR } from '../../main/db/store';
import type { Clinician } from '../../shared/domain/clinician';
import type { Encounter } from '../../shared/domain/encounter';
import type { Patient } from '../../shared/domain/patient';
import type { IpcResult } from '../../shared/ipc/result';

const dirs: string[] = [];
const running: AppRuntime[] = [];

afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hipspine-auth-'));
  dirs.push(dir);
  return dir;
}

/** A runtime whose clock the test moves. */
async function start(dataDir: string, clock = { now: Date.parse('2025-03-03T08:00:00.000Z') }) {
  const runtime = await startAppRuntime({
    dataDir,
    harness: true,
    clock: () => new Date(clock.now),
  });
  running.push(runtime);
  return { runtime, dispatch: runtime.dispatch, clock };
}

function value<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const ANA = {
  username: 'ana.costa',
  name: 'Ana Costa',
  profession: 'Physiotherapist',
  registration: 'PT-0001',
  password: 'ana-first-password',
};
const BEA = { ...ANA, username: 'bea', name: 'Bea Lima', password: 'bea-first-password' };
const PATIENT = {
  givenName: 'Quentin',
  familyName: 'Avocado',
  birthDate: '1970-01-31',
  sex: 'male',
};

describe('access control over the real store', () => {
  it('first run, sign-in before data, and every audit row names the clinician who acted', async () => {
    const { runtime, dispatch } = await start(tempDir());
    expect(value(await dispatch('auth:status', {}))).toMatchObject({ needsSetup: true });
    expect(await dispatch('patients:create', PATIENT)).toMatchObject({
      error: { code: 'NOT_SIGNED_IN' },
    });

    const ana = value<Clinician>(await dispatch('auth:setup', ANA));
    const patient = value<Patient>(await dispatch('patients:create', PATIENT));
    const encounter = value<Encounter>(
      await dispatch('encounters:start', { patientId: patient.id }),
    );
    value(
      await dispatch('encounters:change', {
        encounterId: encounter.id,
        change: { kind: 'test', testId: 'fadir', side: 'right', record: { result: 'positive' } },
      }),
    );
    value(await dispatch('settings:update', { autoLockMinutes: 10 }));
    const bea = value<Clinician>(await dispatch('clinicians:add', BEA));
    value(await dispatch('auth:signOut', {}));

    value(await dispatch('auth:signIn', { username: 'BEA', password: BEA.password }));
    value(
      await dispatch('clinicians:changePassword', {
        current: BEA.password,
        next: 'bea-second-password',
      }),
    );
    value(await dispatch('patients:create', { ...PATIENT, givenName: 'Other' }));

    const rows = await runtime.context.store.audit.list({ limit: 1000 });
    expect(rows.length).toBeGreaterThanOrEqual(9);
    const known = new Set([ana.id, bea.id]);
    for (const row of rows) {
      if (row.actor === SYSTEM_ACTOR) {
        // Only the first account is created by "the system": nobody is signed in before it exists.
        expect([row.action, row.entity, row.entityId]).toEqual(['create', 'clinician', ana.id]);
      } else {
        expect(known.has(row.actor), `${row.action} ${row.entity} by ${row.actor}`).toBe(true);
      }
    }
    const byAction = (entity: string, actor: string) =>
      rows.filter((r) => r.entity === entity && r.actor === actor).map((r) => r.action);
    expect(byAction('patient', ana.id).length).toBeGreaterThan(0);
    expect(byAction('patient', bea.id).length).toBeGreaterThan(0);
    expect(byAction('encounter', ana.id).length).toBeGreaterThan(0);
    expect(byAction('clinician', bea.id)).toContain('auth.signIn');
    expect(
      rows.find((r) => r.entity === 'clinician' && r.entityId === bea.id && r.action === 'create')
        ?.actor,
    ).toBe(ana.id);
    // The audit chain is intact and holds no password material.
    expect(await runtime.context.store.audit.verify()).toMatchObject({ ok: true });
    expect(JSON.stringify(rows)).not.toMatch(/password-|scrypt\$/);
  });

  it('locks on demand and after the idle time; unlocks only with the password', async () => {
    const { dispatch, clock, runtime } = await start(tempDir());
    value(await dispatch('auth:setup', ANA));
    value(await dispatch('patients:create', PATIENT));

    value(await dispatch('auth:lock', {}));
    expect(await dispatch('patients:search', { query: 'Avocado' })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(value(await dispatch('auth:status', {}))).toMatchObject({ locked: true });
    expect(
      await dispatch('auth:signIn', { username: ANA.username, password: 'nope-nope' }),
    ).toMatchObject({
      ok: false,
    });
    value(await dispatch('auth:signIn', { username: ANA.username, password: ANA.password }));
    expect(value<Patient[]>(await dispatch('patients:search', { query: 'Avocado' }))).toHaveLength(
      1,
    );

    // Idle: the default five minutes, checked on the next request.
    clock.now += 4 * 60_000 + 59_000;
    expect((await dispatch('patients:search', { query: 'Avocado' })).ok).toBe(true);
    clock.now += 5 * 60_000;
    expect(await dispatch('patients:search', { query: 'Avocado' })).toMatchObject({
      error: { code: 'LOCKED' },
    });
    // Signing in again opens the records again.
    value(await dispatch('auth:signIn', { username: ANA.username, password: ANA.password }));
    expect(runtime.context.session.locked).toBe(false);
  });

  it('keeps the wrong-password wait across a restart', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir);
    value(await first.dispatch('auth:setup', ANA));
    value(await first.dispatch('auth:signOut', {}));
    const wrong = () =>
      first.dispatch('auth:signIn', { username: ANA.username, password: 'wrong-one' });
    for (let i = 0; i < 4; i++) expect((await wrong()).ok).toBe(false);
    await first.runtime.close();

    const second = await start(dataDir, first.clock);
    const refused = await second.dispatch('auth:signIn', {
      username: ANA.username,
      password: ANA.password,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(refused.ok ? '' : refused.error.message).toContain('1 second');
    second.clock.now += 1000;
    value(await second.dispatch('auth:signIn', { username: ANA.username, password: ANA.password }));
  });
});
