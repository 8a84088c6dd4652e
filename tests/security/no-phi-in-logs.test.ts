// No patient data in logs: a whole consultation runs through the app's real runtime with its real
// file logger on (plus a capture of anything written to the console), including provoked errors, and
// no patient name, date of birth or identifier may appear in any log line or any error message.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startAppRuntime, type AppRuntime } from '../../main/runtime';
import type { IpcResult } from '../../shared/ipc/result';

const PATIENT = {
  givenName: 'Zebedee',
  familyName: 'Quixotic-Marchbanks',
  birthDate: '1953-07-19',
  sex: 'male',
  identifier: 'NHS 943 476 5919',
  contact: 'Flat 7, Wobbleton Mews, zebedee.q@example.org',
};

/** Every way the patient's identity could leak, in the forms people and code write it. */
const SECRETS = [
  'Zebedee',
  'Quixotic',
  'Marchbanks',
  'Zebedee Quixotic',
  '1953-07-19',
  '19/07/1953',
  '07/19/1953',
  '19.07.1953',
  '19530719',
  '943 476 5919',
  '9434765919',
  'Wobbleton',
  'zebedee.q@example.org',
];

let dataDir = '';
let runtime: AppRuntime;
const consoleLines: string[] = [];
const errorMessages: string[] = [];
const outcomes: Record<string, string> = {};

async function call(channel: string, payload: unknown): Promise<IpcResult<unknown>> {
  const result = await runtime.dispatch(channel, payload);
  const label = `${channel}#${Object.keys(outcomes).length}`;
  outcomes[label] = result.ok ? 'ok' : result.error.code;
  if (!result.ok) errorMessages.push(result.error.message);
  return result;
}

async function must<T>(channel: string, payload: unknown): Promise<T> {
  const result = await call(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hipspine-phi-'));
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    });
  }
  // The app's own logger: JSON lines in the data folder's log file.
  runtime = await startAppRuntime({ dataDir, harness: true });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await runtime?.close().catch(() => undefined);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('no patient data in logs', () => {
  it('runs a whole consultation, with errors, and logs no name, date of birth or identifier', async () => {
    const name = `${PATIENT.givenName} ${PATIENT.familyName}`;
    await must('auth:setup', {
      username: 'dr.who',
      name: 'Clinician Of Record',
      profession: 'Physiotherapist',
      registration: 'PT-555',
      password: 'consultation-password',
    });
    const patient = await must<{ id: string }>('patients:create', PATIENT);
    await must('patients:search', { query: PATIENT.familyName });
    await must('patients:search', { query: '19/07/1953' });
    await must('patients:get', { id: patient.id });
    const encounter = await must<{ id: string }>('encounters:start', { patientId: patient.id });
    const change = (c: unknown) =>
      call('encounters:change', { encounterId: encounter.id, change: c });
    await change({
      kind: 'fields',
      presentingComplaint: `${name} (born ${PATIENT.birthDate}) reports right buttock pain.`,
      painScore: 6,
      plan: `Review ${PATIENT.givenName} in two weeks.`,
      referral: { recipient: 'Dr Orthopaedic', urgency: 'routine', notes: `Re: ${name}` },
    });
    await change({ kind: 'history', id: 'loc_buttock', value: true });
    await change({ kind: 'history', id: 'symptom_duration_weeks', value: 6 });
    await change({ kind: 'redFlag', id: 'rf_ces_saddle_anaesthesia', present: true });
    await change({
      kind: 'redFlagAction',
      id: 'rf_ces_saddle_anaesthesia',
      action: 'ruled_out',
      reason: `${PATIENT.givenName} clarified: numbness was from sitting`,
    });
    await change({
      kind: 'test',
      testId: 'fadir',
      side: 'right',
      record: { result: 'positive', note: `${PATIENT.givenName} winced` },
    });
    await change({ kind: 'test', testId: 'slr', side: 'right', record: { result: 'negative' } });
    await change({ kind: 'bodyChart', regions: [] });
    await must('encounters:get', { id: encounter.id });
    await call('encounters:sign', { encounterId: encounter.id });
    await call('encounters:addAddendum', {
      encounterId: encounter.id,
      text: `Phoned ${name} on ${PATIENT.birthDate}.`,
    });
    // The referral letter (PDF made in main), then listed, saved and printed (the harness answers
    // UNSUPPORTED for the last two: no native dialogs).
    const letter = await call('letters:create', { encounterId: encounter.id });
    expect(letter.ok).toBe(true);
    await call('letters:listForEncounter', { encounterId: encounter.id });
    const letterId = letter.ok ? (letter.value as { id: string }).id : 'none';
    await call('letters:saveAs', { letterId });
    await call('letters:print', { letterId });
    await call('backup:create', {});
    await call('audit:verify', {});

    // Errors, each carrying the patient's identity in the request.
    await call('patients:create', { ...PATIENT, birthDate: '1953-02-30' });
    await call('patients:create', { ...PATIENT, familyName: `${PATIENT.familyName}\uD800` });
    await call('patients:create', { ...PATIENT, [name]: PATIENT.birthDate });
    await call('patients:create', { ...PATIENT, givenName: PATIENT.givenName.repeat(50) });
    await call('patients:search', { query: name, limit: 'all' });
    await call('patients:get', { id: `${PATIENT.familyName}-${PATIENT.birthDate}` });
    await change({ kind: 'fields', plan: `After signing: ${name}` }); // signed: read-only
    await change({ kind: 'test', testId: PATIENT.familyName, side: 'right', record: null });
    await call('encounters:start', { patientId: name });
    await call(`patients:${PATIENT.familyName}`, PATIENT);
    await call('auth:signIn', { username: PATIENT.givenName, password: PATIENT.birthDate });
    await must('auth:lock', {});
    await call('patients:search', { query: name });
    await must('auth:signIn', { username: 'dr.who', password: 'consultation-password' });
    // A driver failure whose own message quotes the query (as SQLite errors can): the dispatcher
    // must log only the error's class, never its message.
    const store = runtime.context.store;
    const realSearch = store.patients.search.bind(store.patients);
    store.patients.search = async (query: string) => {
      throw new Error(`SQLITE_ERROR: near "${query}": syntax error (patient ${PATIENT.birthDate})`);
    };
    await call('patients:search', { query: name });
    store.patients.search = realSearch;
    // And the database closed under the handlers.
    await store.close();
    await call('patients:search', { query: name });
    await call('patients:create', PATIENT);

    const logFile = readFileSync(runtime.context.paths.logFile, 'utf8');
    const logLines = logFile.split('\n').filter(Boolean);
    const everything = [...logLines, ...consoleLines, ...errorMessages];
    const leaks = everything.flatMap((line) =>
      SECRETS.filter((s) => line.toLowerCase().includes(s.toLowerCase())).map(
        (s) => `${s} in: ${line}`,
      ),
    );

    console.info = vi.fn();
    process.stdout.write(
      `no-PHI-in-logs: ${Object.keys(outcomes).length} requests ` +
        `(${Object.values(outcomes).filter((o) => o !== 'ok').length} refused), ` +
        `${logLines.length} log lines, ${consoleLines.length} console lines, ` +
        `${errorMessages.length} error messages checked for ${SECRETS.length} identifying strings: ` +
        `${leaks.length} leaks\n`,
    );
    expect(leaks).toEqual([]);
    // The run really exercised logging and errors, so "no leak" means something.
    expect(logLines.length).toBeGreaterThan(3);
    expect(errorMessages.length).toBeGreaterThanOrEqual(12);
    expect(Object.values(outcomes)).toContain('INTERNAL');
  });
});
