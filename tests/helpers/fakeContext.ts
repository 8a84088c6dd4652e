// A HandlerContext over a store that records every call instead of touching a database: lets shell
// and dispatcher tests prove that a refused request wrote nothing.
import type { Clinician } from '../../shared/domain/clinician';
import { newSession } from '../../main/auth/session';
import type { Store } from '../../main/db/store';
import type { HandlerContext } from '../../main/ipc/types';
import { memoryLogger } from '../../main/log';
import { appPaths } from '../../main/paths';

export interface RecordingStore {
  store: Store;
  /** "patients.create", "encounters.applyChange"... in call order. */
  calls: string[];
}

export function recordingStore(): RecordingStore {
  const calls: string[] = [];
  const aggregate = (name: string) =>
    new Proxy(
      {},
      {
        get: (_target, method) => {
          if (typeof method !== 'string' || method === 'then') return undefined;
          return async () => {
            calls.push(`${name}.${method}`);
            return null;
          };
        },
      },
    );
  const store = new Proxy(
    {},
    {
      get: (_target, key) => {
        if (typeof key !== 'string' || key === 'then') return undefined;
        if (key === 'close') return async () => undefined;
        if (key === 'status') return () => ({ state: 'ok', message: '' });
        return aggregate(key);
      },
    },
  ) as Store;
  return { store, calls };
}

export const TEST_CLINICIAN: Clinician = {
  id: 'clin-1',
  username: 'asmith',
  name: 'Alex Smith',
  profession: 'Physiotherapist',
  registration: 'PH123456',
  createdAt: '2025-01-01T00:00:00.000Z',
};

export function fakeContext(
  options: { signedIn?: boolean; store?: Store; now?: Date } = {},
): HandlerContext & { logLines: string[] } {
  const log = memoryLogger();
  const session = newSession();
  if (options.signedIn) session.clinician = TEST_CLINICIAN;
  const now = options.now ?? new Date('2025-03-01T10:00:00.000Z');
  return {
    store: options.store ?? recordingStore().store,
    clock: () => now,
    paths: appPaths('/tmp/hipspine-test-not-used'),
    session,
    log,
    logLines: log.lines,
    app: { name: 'HipSpine Exam Assistant', version: '0.1.0', harness: true },
  };
}
