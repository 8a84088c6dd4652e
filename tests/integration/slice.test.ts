// The first vertical slice under Node, through the same runtime Electron and the harness start:
// set up a clinician, create a patient, start an encounter, record one provocation test, close the
// app, open it again on the same folder, and find everything. Plus: refused requests write nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startAppRuntime, type AppRuntime } from '../../main/runtime';
import type { Encounter } from '../../shared/domain/encounter';
import type { Patient } from '../../shared/domain/patient';
import type { IpcResult } from '../../shared/ipc/result';

const dirs: string[] = [];
const running: AppRuntime[] = [];

afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<AppRuntime> {
  const runtime = await startAppRuntime({ dataDir, harness: true });
  running.push(runtime);
  return runtime;
}

function value<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const CLINICIAN = {
  username: 'asmith',
  name: 'Alex Smith',
  profession: 'Physiotherapist',
  registration: 'PH123456',
  password: 'correct horse battery',
};
const PATIENT = {
  givenName: 'Zofia',
  familyName: 'Łukasiewicz',
  birthDate: '1961-04-12',
  sex: 'female',
};

describe('vertical slice (Node)', () => {
  it('keeps a patient, an encounter and a test result across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hipspine-slice-'));
    dirs.push(dataDir);

    const first = await start(dataDir);
    value(await first.dispatch('auth:setup', CLINICIAN));
    const patient = value<Patient>(await first.dispatch('patients:create', PATIENT));
    const encounter = value<Encounter>(
      await first.dispatch('encounters:start', { patientId: patient.id }),
    );
    value(
      await first.dispatch('encounters:change', {
        encounterId: encounter.id,
        change: { kind: 'test', testId: 'fadir', side: 'right', record: { result: 'positive' } },
      }),
    );
    await first.close();

    const second = await start(dataDir);
    // A new start is a new session: the records are there, behind sign-in.
    expect(await second.dispatch('patients:get', { id: patient.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    value(
      await second.dispatch('auth:signIn', {
        username: CLINICIAN.username,
        password: CLINICIAN.password,
      }),
    );
    const found = value<Patient[]>(
      await second.dispatch('patients:search', { query: 'Łukasiewicz' }),
    );
    expect(found.map((p) => p.id)).toEqual([patient.id]);
    const again = value<Encounter>(await second.dispatch('encounters:get', { id: encounter.id }));
    expect(again.patientId).toBe(patient.id);
    expect(again.tests.fadir?.right?.result).toBe('positive');
  });

  it('writes nothing for unknown channels, malformed payloads or a signed-out session', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hipspine-slice-'));
    dirs.push(dataDir);
    const runtime = await start(dataDir);
    const auditRows = async () => {
      const result = await runtime.context.store.audit.verify();
      return result.rows;
    };
    const before = await auditRows();
    expect((await runtime.dispatch('patients:create', PATIENT)).ok).toBe(false);
    value(await runtime.dispatch('auth:setup', CLINICIAN));
    const afterSetup = await auditRows();
    expect(afterSetup).toBeGreaterThan(before);
    for (const [channel, payload] of [
      ['patients:delete', PATIENT],
      ['patients:create', { ...PATIENT, birthDate: '12/04/1961' }],
      ['patients:create', { ...PATIENT, extra: true }],
      ['patients:create', null],
      ['encounters:change', { encounterId: 'x', change: { kind: 'test', testId: 'nope' } }],
    ] as const) {
      const result = await runtime.dispatch(channel, payload);
      expect(result.ok).toBe(false);
    }
    expect(await auditRows()).toBe(afterSetup);
    expect(value<Patient[]>(await runtime.dispatch('patients:search', { query: 'Zofia' }))).toEqual(
      [],
    );
  });
});
