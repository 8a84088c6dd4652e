// A real SQLite store in a fresh temp folder, with a clock tests can move, and a clinician and
// patient to write with. Each test gets its own folder; `cleanup` removes it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clinician } from '../../../shared/domain/clinician';
import type { Patient } from '../../../shared/domain/patient';
import { openStore } from '../../../main/db/sqlite/open';
import type { SqliteStore } from '../../../main/db/sqlite/sqliteStore';
import { SYSTEM_ACTOR, type PatientInput } from '../../../main/db/store';

export interface TempStore {
  dir: string;
  file: string;
  store: SqliteStore;
  clock: { now: Date; advance(ms: number): void };
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'hipspine-db-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function tempStore(dir = tempDir()): Promise<TempStore> {
  const file = join(dir, 'hipspine.sqlite3');
  const clock = {
    now: new Date('2025-03-01T10:00:00.000Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const store = (await openStore({ file, clock: () => clock.now })) as SqliteStore;
  return {
    dir,
    file,
    store,
    clock,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const PATIENT: PatientInput = {
  givenName: 'Zoltán',
  familyName: 'Kovács',
  birthDate: '1962-05-17',
  sex: 'male',
  identifier: '943 476 5919',
  contact: null,
};

export async function seed(
  store: SqliteStore,
): Promise<{ clinician: Clinician; patient: Patient }> {
  const clinician = await store.clinicians.create(
    {
      username: 'asmith',
      name: 'Alex Smith',
      profession: 'Physiotherapist',
      registration: 'PH123456',
      passwordHash: 'hash',
      salt: 'salt',
    },
    SYSTEM_ACTOR,
  );
  const patient = await store.patients.create(PATIENT, clinician.id);
  return { clinician, patient };
}
