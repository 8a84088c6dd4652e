// `hipspine export`: one encounter as the findings format plus letter blocks (read back by the
// findings parser, the export schema and `hipspine letter`), a patient's whole record, bad ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEncounterExport } from '../../shared/domain/exportRecord';
import { parseFindings } from '../../shared/findings/schema';
import { main } from '../../main/cli/index';
import { encounterHandlers } from '../../main/ipc/handlers/encounters';
import { patientHandlers } from '../../main/ipc/handlers/patients';
import { settingsHandlers } from '../../main/ipc/handlers/settings';
import type { Encounter } from '../../shared/domain/encounter';
import { openSignedInApp, seedDraft, type SignedInApp } from '../helpers/signedInApp';

let app: SignedInApp;
let dir: string;
let file: string;
let signedId: string;
let draftId: string;
let patientId: string;

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (chunk) => (stdout += String(chunk)) },
    stderr: { write: (chunk) => (stderr += chunk) },
    stdin: (async function* () {})(),
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  app = await openSignedInApp({
    prefix: 'hipspine-export-',
    clock: () => new Date('2025-03-01T10:00:00.000Z'),
    groups: [patientHandlers, encounterHandlers, settingsHandlers],
  });
  dir = app.dir;
  file = app.context.paths.databaseFile;
  await app.value('settings:update', {
    clinicName: 'Hill Street Physio',
    clinicAddress: '1 Hill St',
    clinicPhone: '0123',
  });
  const { patient, encounter } = await seedDraft(
    app,
    {
      givenName: 'Zoltán',
      familyName: 'Kovács',
      birthDate: '1962-05-17',
      sex: 'male',
      identifier: 'K-1',
      contact: null,
    },
    [
      { kind: 'bodyChart', regions: ['right_groin_anterior_thigh'] },
      {
        kind: 'test',
        testId: 'fadir',
        side: 'right',
        record: { result: 'positive', valueDeg: null, level: null, note: null },
      },
      {
        kind: 'test',
        testId: 'hip_ir_rom',
        side: 'right',
        record: { result: 'positive', valueDeg: 12, level: null, note: null },
      },
      { kind: 'redFlag', id: 'rf_ces_saddle_anaesthesia', present: false },
      {
        kind: 'fields',
        presentingComplaint: 'Groin pain',
        plan: 'Refer',
        referral: { recipient: 'Dr Jones', urgency: 'routine', notes: 'Thanks' },
      },
    ],
  );
  patientId = patient.id;
  // Signing recomputes the assessment in main, as the app does.
  await app.value('encounters:sign', { encounterId: encounter.id });
  await app.value('encounters:addAddendum', { encounterId: encounter.id, text: 'Imaging booked.' });
  signedId = encounter.id;
  draftId = (await app.value<Encounter>('encounters:start', { patientId })).id;
  // The CLI opens the file itself.
  await app.store.close();
});

afterAll(() => app.dispose());

describe('hipspine export', () => {
  it('prints a signed encounter in the findings format with the letter blocks', async () => {
    const { code, stdout, stderr } = await run(['export', signedId, '--db', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as unknown;
    const findings = parseFindings(json);
    expect(findings.ok).toBe(true);
    const parsed = parseEncounterExport(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const record = parsed.record;
    expect(record).toMatchObject({
      age: 62,
      sex: 'male',
      tests: { fadir: { result: 'positive', side: 'right' }, hip_ir_rom: { value_deg: 12 } },
      red_flags: [],
      status: 'signed',
      signed_at: '2025-03-01T10:00:00.000Z',
      patient: { name: 'Zoltán Kovács', birth_date: '1962-05-17', identifier: 'K-1' },
      clinician: { name: 'Alex Smith', profession: 'Physiotherapist', registration: 'PH123456' },
      clinic: { name: 'Hill Street Physio', address: '1 Hill St', phone: '0123' },
      referral: { recipient: 'Dr Jones', urgency: 'routine', notes: 'Thanks' },
      body_chart: ['right_groin_anterior_thigh'],
      presenting_complaint: 'Groin pain',
      plan: 'Refer',
      addenda: [{ author: 'Alex Smith', text: 'Imaging booked.' }],
    });
    expect(record.history.loc_groin_anterior_thigh).toBe(true);
    expect(record.assessment).toMatchObject({ engine_version: record.engine_version });
  });

  it('gives a draft the engine’s current assessment', async () => {
    const { code, stdout } = await run(['export', draftId, '--db', file]);
    expect(code).toBe(0);
    const record = JSON.parse(stdout) as { status: string; signed_at: null; assessment: unknown };
    expect(record).toMatchObject({ status: 'draft', signed_at: null });
    expect(record.assessment).not.toBeNull();
  });

  it('prints a patient’s whole record for an access request', async () => {
    const { code, stdout } = await run(['export', '--patient', patientId, '--db', file]);
    expect(code).toBe(0);
    const record = JSON.parse(stdout) as { patient: { id: string }; encounters: { id: string }[] };
    expect(record.patient.id).toBe(patientId);
    expect(record.encounters.map((e) => e.id)).toEqual([signedId, draftId]);
  });

  it('exits 2 with a message for an unknown id, a missing file or bad usage', async () => {
    expect(await run(['export', 'no-such-id', '--db', file])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no encounter with id "no-such-id"/),
    });
    expect(await run(['export', '--patient', 'nobody', '--db', file])).toMatchObject({ code: 2 });
    expect(await run(['export', signedId, '--db', join(dir, 'missing.sqlite3')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no records file/),
    });
    expect((await run(['export', signedId])).code).toBe(2);
  });

  it('exits 1 with the recovery message for a damaged file', async () => {
    const bad = join(dir, 'bad.sqlite3');
    writeFileSync(bad, 'garbage'.repeat(100));
    expect(await run(['export', signedId, '--db', bad])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/damaged/),
    });
  });

  it('feeds `hipspine letter`, and runs as the real command', () => {
    const out = execFileSync('node', ['bin/hipspine.mjs', 'export', signedId, '--db', file], {
      encoding: 'utf8',
    });
    const exportFile = join(dir, 'export.json');
    writeFileSync(exportFile, out);
    const pdf = join(dir, 'letter.pdf');
    execFileSync('node', ['bin/hipspine.mjs', 'letter', exportFile, '-o', pdf], {
      encoding: 'utf8',
    });
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
