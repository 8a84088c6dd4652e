// Integration-test setup shared by the handler tests: a real SQLite store in a fresh temp folder, a
// clinician signed in, and the app's dispatcher (with its after-request session policy) over the
// chosen handler groups. Plus seeding a
// patient with a draft encounter through those handlers, as the app itself would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSessionPolicy } from '../../main/auth/policy';
import { newSession } from '../../main/auth/session';
import { openStore } from '../../main/db/sqlite/open';
import { SYSTEM_ACTOR, type Store } from '../../main/db/store';
import { createDispatcher, type Dispatch } from '../../main/ipc/dispatch';
import { createHandlerTable } from '../../main/ipc/registry';
import type { HandlerContext, HandlerGroup } from '../../main/ipc/types';
import { memoryLogger, type Logger } from '../../main/log';
import { appPaths } from '../../main/paths';
import type { Clinician } from '../../shared/domain/clinician';
import type { Encounter } from '../../shared/domain/encounter';
import type { Patient } from '../../shared/domain/patient';
import type { IpcResult } from '../../shared/ipc/result';

export interface SignedInAppOptions {
  /** Start of the temp folder's name, e.g. 'hipspine-letters-'. */
  prefix: string;
  clock: () => Date;
  groups: HandlerGroup[];
  /** Who is signed in; defaults to Alex Smith, physiotherapist PH123456. */
  clinician?: { username: string; name: string; registration: string };
  log?: Logger;
}

export interface SignedInApp {
  dir: string;
  store: Store;
  clinician: Clinician;
  context: HandlerContext;
  call: Dispatch;
  /** Calls a channel and returns its value; a failed result throws with its code and message. */
  value: <T>(channel: string, payload: unknown) => Promise<T>;
  /** Closes the store (again is harmless) and deletes the temp folder. */
  dispose(): Promise<void>;
}

export async function openSignedInApp(options: SignedInAppOptions): Promise<SignedInApp> {
  const dir = mkdtempSync(join(tmpdir(), options.prefix));
  const paths = appPaths(dir);
  const store = await openStore({ file: paths.databaseFile, clock: options.clock });
  const clinician = await store.clinicians.create(
    {
      ...(options.clinician ?? {
        username: 'asmith',
        name: 'Alex Smith',
        registration: 'PH123456',
      }),
      profession: 'Physiotherapist',
      passwordHash: 'x',
      salt: 'y',
    },
    SYSTEM_ACTOR,
  );
  const session = newSession();
  session.clinician = clinician;
  const context: HandlerContext = {
    store,
    clock: options.clock,
    paths,
    session,
    log: options.log ?? memoryLogger(),
    app: { name: 'HipSpine', version: '0', harness: true },
  };
  // The app's after-request policy (a restore ends the session), without the idle auto-lock: these
  // tests move their clocks freely.
  const policy = createSessionPolicy({ store, session, clock: options.clock });
  const call = createDispatcher(createHandlerTable(options.groups), context, {
    afterSuccess: policy.afterSuccess,
  });
  return {
    dir,
    store,
    clinician,
    context,
    call,
    value: async <T>(channel: string, payload: unknown): Promise<T> => {
      const result = (await call(channel, payload)) as IpcResult<T>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates the patient and starts a draft, then applies each change as the consultation screen does. */
export async function seedDraft(
  app: SignedInApp,
  patientInput: Record<string, unknown>,
  changes: readonly unknown[],
): Promise<{ patient: Patient; encounter: Encounter }> {
  const patient = await app.value<Patient>('patients:create', patientInput);
  const encounter = await app.value<Encounter>('encounters:start', { patientId: patient.id });
  for (const change of changes) {
    await app.value('encounters:change', { encounterId: encounter.id, change });
  }
  return { patient, encounter };
}
