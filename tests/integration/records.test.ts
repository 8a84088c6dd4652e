// The records handler groups over a real temp database, through the same dispatcher the app uses:
// create a patient, start, autosave changes, sign (assessment recomputed in main), refuse a change
// after signing, addendum, search, backup and restore, audit verification.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Encounter } from '../../shared/domain/encounter';
import type { Patient } from '../../shared/domain/patient';
import type { BackupInfo, SaveReceipt } from '../../shared/ipc/contract';
import { ENGINE_VERSION } from '../../shared/engine/version';
import type { Dispatch } from '../../main/ipc/dispatch';
import { auditHandlers } from '../../main/ipc/handlers/audit';
import { backupHandlers } from '../../main/ipc/handlers/backup';
import { dbHandlers } from '../../main/ipc/handlers/db';
import { encounterHandlers } from '../../main/ipc/handlers/encounters';
import { patientHandlers } from '../../main/ipc/handlers/patients';
import { settingsHandlers } from '../../main/ipc/handlers/settings';
import type { HandlerContext } from '../../main/ipc/types';
import { memoryLogger } from '../../main/log';
import { openSignedInApp, type SignedInApp } from '../helpers/signedInApp';

let app: SignedInApp;
let context: HandlerContext;
let call: Dispatch;
let value: SignedInApp['value'];
const log = memoryLogger();
let now = new Date('2025-03-01T10:00:00.000Z');

beforeAll(async () => {
  app = await openSignedInApp({
    prefix: 'hipspine-records-',
    clock: () => now,
    log,
    groups: [
      patientHandlers,
      encounterHandlers,
      settingsHandlers,
      backupHandlers,
      auditHandlers,
      dbHandlers,
    ],
  });
  ({ context, call, value } = app);
});

afterAll(() => app.dispose());

describe('records through the IPC handlers', () => {
  let patient: Patient;
  let encounter: Encounter;
  let backup: BackupInfo;

  it('creates and finds a patient', async () => {
    patient = await value<Patient>('patients:create', {
      givenName: ' Anna ',
      familyName: 'Kowalska',
      birthDate: '1966-04-12',
      sex: 'female',
      identifier: 'K-100',
    });
    expect(patient).toMatchObject({ givenName: 'Anna', identifier: 'K-100', contact: null });
    const found = await value<Patient[]>('patients:search', { query: 'kowalska an' });
    expect(found.map((p) => p.id)).toEqual([patient.id]);
    expect(await value('patients:get', { id: patient.id })).toEqual(patient);
    expect(await call('patients:get', { id: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('starts a draft and autosaves each change with a receipt', async () => {
    encounter = await value<Encounter>('encounters:start', { patientId: patient.id });
    const changes = [
      { kind: 'bodyChart', regions: ['right_groin_anterior_thigh'] },
      { kind: 'history', id: 'agg_walking', value: true },
      { kind: 'test', testId: 'fadir', side: 'right', record: { result: 'positive' } },
      {
        kind: 'test',
        testId: 'hip_ir_rom',
        side: 'right',
        record: { result: 'positive', valueDeg: 12 },
      },
      { kind: 'redFlag', id: 'rf_ces_saddle_anaesthesia', present: false },
      { kind: 'fields', presentingComplaint: 'Right groin pain, 6 months', plan: 'Refer' },
    ];
    const receipts: SaveReceipt[] = [];
    for (const change of changes) {
      now = new Date(now.getTime() + 250);
      receipts.push(
        await value<SaveReceipt>('encounters:change', { encounterId: encounter.id, change }),
      );
    }
    expect(receipts.map((r) => r.revision)).toEqual([1, 2, 3, 4, 5, 6]);
    const saved = await value<Encounter>('encounters:get', { id: encounter.id });
    expect(saved.tests.hip_ir_rom?.right).toMatchObject({ result: 'positive', valueDeg: 12 });
    expect(saved.revision).toBe(6);
    // A malformed change is refused by the schema before any write.
    expect(
      await call('encounters:change', {
        encounterId: encounter.id,
        change: { kind: 'fields', plan: 'lone \ud800' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('signs with the assessment recomputed in main, then refuses changes; addenda are kept', async () => {
    const signed = await value<Encounter>('encounters:sign', { encounterId: encounter.id });
    expect(signed.status).toBe('signed');
    expect(signed.engineVersion).toBe(ENGINE_VERSION);
    expect(signed.assessmentSnapshot).toMatchObject({ engine_version: ENGINE_VERSION });
    expect(
      await call('encounters:change', {
        encounterId: encounter.id,
        change: { kind: 'fields', plan: 'changed my mind' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'SIGNED_READ_ONLY' } });
    expect(await call('encounters:sign', { encounterId: encounter.id })).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_READ_ONLY' },
    });
    const addendum = await value('encounters:addAddendum', {
      encounterId: encounter.id,
      text: 'X-ray report received: mild OA.',
    });
    expect(addendum).toMatchObject({ clinicianName: 'Alex Smith' });
    const list = await value<{ id: string; status: string }[]>('encounters:listForPatient', {
      patientId: patient.id,
    });
    expect(list).toMatchObject([{ id: encounter.id, status: 'signed' }]);
    expect(await value('encounters:listRecent', {})).toHaveLength(1);
  });

  it('updates settings', async () => {
    const settings = await value('settings:update', { clinicName: 'Hill Street Physio' });
    expect(settings).toMatchObject({ clinicName: 'Hill Street Physio', paperSize: 'A4' });
    expect(await value('settings:get', {})).toEqual(settings);
  });

  it('backs up, restores, and keeps the audit chain whole', async () => {
    backup = await value<BackupInfo>('backup:create', {});
    expect(backup.path.startsWith(context.paths.backupsDir)).toBe(true);
    expect(await value<BackupInfo[]>('backup:list', {})).toEqual([backup]);
    await value('patients:create', {
      givenName: 'After',
      familyName: 'Backup',
      birthDate: '2001-01-01',
      sex: 'male',
    });
    now = new Date(now.getTime() + 60_000);
    await value('db:restoreFromBackup', { path: backup.path });
    expect(await value('db:status', {})).toMatchObject({ state: 'ok' });
    // Main ended the session: the accounts are now the backup's. Back in as the clinician, who
    // existed when the backup was made.
    expect(context.session.clinician).toBeNull();
    expect(await call('patients:search', { query: 'after' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    context.session.clinician = app.clinician;
    expect(await value<Patient[]>('patients:search', { query: 'after' })).toEqual([]);
    expect(await value<Encounter>('encounters:get', { id: encounter.id })).toMatchObject({
      status: 'signed',
    });
    const audit = await value<{ ok: boolean; rows: number }>('audit:verify', {});
    expect(audit.ok).toBe(true);
    expect(audit.rows).toBeGreaterThan(10);
  });

  it('needs a signed-in clinician to restore over healthy records', async () => {
    const clinician = context.session.clinician;
    context.session.clinician = null;
    expect(await call('db:restoreFromBackup', { path: backup.path })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    expect(await call('db:status', {})).toMatchObject({ ok: true });
    context.session.clinician = clinician;
  });

  it('never logs patient data', () => {
    const text = log.lines.join('\n');
    expect(text).not.toMatch(/Anna|Kowalska|1966|groin|X-ray/);
  });
});
