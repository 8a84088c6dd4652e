// An in-memory stand-in for the parts of the Store that auth uses (clinicians, audit, settings), so
// the auth rules can be tested without SQLite. The real adapter is exercised in
// tests/integration/auth.test.ts.
import type { Clinician } from '../../../shared/domain/clinician';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import { AppError } from '../../../shared/ipc/result';
import type {
  Actor,
  AuditEvent,
  Credentials,
  NewClinicianRecord,
  Store,
} from '../../../main/db/store';

export interface FakeStore extends Store {
  auditRows: { event: AuditEvent; actor: Actor }[];
  credentials: Map<string, Credentials>;
}

export function fakeStore(settings: Partial<Settings> = {}): FakeStore {
  const clinicians = new Map<string, Clinician>();
  const credentials = new Map<string, Credentials>();
  const auditRows: { event: AuditEvent; actor: Actor }[] = [];
  let current: Settings = { ...DEFAULT_SETTINGS, ...settings };
  let next = 1;
  const unsupported = () => {
    throw new Error('not part of the fake store');
  };

  const store = {
    auditRows,
    credentials,
    status: () => ({ state: 'ok', message: '' }),
    clinicians: {
      count: async () => clinicians.size,
      create: async (input: NewClinicianRecord, actor: Actor) => {
        const taken = [...clinicians.values()].some(
          (c) => c.username.toLowerCase() === input.username.toLowerCase(),
        );
        if (taken) throw new AppError('CONFLICT', 'That username is taken.');
        const clinician: Clinician = {
          id: `c${next++}`,
          username: input.username,
          name: input.name,
          profession: input.profession,
          registration: input.registration,
          createdAt: new Date(0).toISOString(),
        };
        clinicians.set(clinician.id, clinician);
        credentials.set(clinician.id, {
          clinicianId: clinician.id,
          passwordHash: input.passwordHash,
          salt: input.salt,
          failedAttempts: 0,
          lockedUntil: null,
        });
        auditRows.push({
          event: { action: 'create', entity: 'clinician', entityId: clinician.id },
          actor,
        });
        return clinician;
      },
      get: async (id: string) => clinicians.get(id) ?? null,
      getByUsername: async (username: string) =>
        [...clinicians.values()].find((c) => c.username.toLowerCase() === username.toLowerCase()) ??
        null,
      list: async () => [...clinicians.values()],
      getCredentials: async (id: string) => {
        const c = credentials.get(id);
        return c ? { ...c } : null;
      },
      updatePassword: async (
        id: string,
        secret: { passwordHash: string; salt: string },
        actor: Actor,
      ) => {
        const c = credentials.get(id);
        if (!c) throw new AppError('NOT_FOUND', 'No such clinician.');
        credentials.set(id, { ...c, ...secret });
        auditRows.push({ event: { action: 'password', entity: 'clinician', entityId: id }, actor });
      },
      recordFailedAttempt: async (id: string, lockedUntil: string | null) => {
        const c = credentials.get(id);
        if (!c) throw new AppError('NOT_FOUND', 'No such clinician.');
        credentials.set(id, { ...c, failedAttempts: c.failedAttempts + 1, lockedUntil });
        return c.failedAttempts + 1;
      },
      resetFailedAttempts: async (id: string) => {
        const c = credentials.get(id);
        if (c) credentials.set(id, { ...c, failedAttempts: 0, lockedUntil: null });
      },
    },
    audit: {
      record: async (event: AuditEvent, actor: Actor) => {
        auditRows.push({ event, actor });
      },
      list: unsupported,
      verify: unsupported,
    },
    settings: {
      get: async () => current,
      update: async (patch: Partial<Settings>) => (current = { ...current, ...patch }),
    },
    patients: {},
    encounters: {},
    letters: {},
    backup: {},
    restoreFromBackup: unsupported,
    close: async () => undefined,
  };
  return store as unknown as FakeStore;
}
