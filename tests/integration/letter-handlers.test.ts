// The letters handler group over a real temp database, through the app's dispatcher: a signed
// encounter gets a letter stored with its sha256; asking again returns the same letter (same
// bytes); save writes into the exports folder in the harness; print is unsupported there.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSession } from '../../main/auth/session';
import { openStore } from '../../main/db/sqlite/open';
import { SYSTEM_ACTOR, type Store } from '../../main/db/store';
import { createDispatcher, type Dispatch } from '../../main/ipc/dispatch';
import { encounterHandlers } from '../../main/ipc/handlers/encounters';
import { letterHandlers } from '../../main/ipc/handlers/letters';
import { patientHandlers } from '../../main/ipc/handlers/patients';
import { settingsHandlers } from '../../main/ipc/handlers/settings';
import { createHandlerTable } from '../../main/ipc/registry';
import type { HandlerContext } from '../../main/ipc/types';
import { memoryLogger } from '../../main/log';
import { appPaths } from '../../main/paths';
import { installLetterOutput, type LetterOutput } from '../../main/pdf/output/letterOutput';
import type { Encounter } from '../../shared/domain/encounter';
import type { Patient } from '../../shared/domain/patient';
import type { LetterPreview, LetterRecord } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { pdfPages } from '../unit/pdf/letterFixture';

let dir: string;
let store: Store;
let context: HandlerContext;
let call: Dispatch;
const now = new Date('2025-11-20T10:12:00.000Z');

async function value<T>(channel: string, payload: unknown): Promise<T> {
  const result = (await call(channel, payload)) as IpcResult<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

let encounter: Encounter;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hipspine-letters-'));
  const paths = appPaths(dir);
  store = await openStore({ file: paths.databaseFile, clock: () => now });
  const clinician = await store.clinicians.create(
    {
      username: 'sokafor',
      name: 'Sam Okafor',
      profession: 'Physiotherapist',
      registration: 'HCPC PH123456',
      passwordHash: 'x',
      salt: 'y',
    },
    SYSTEM_ACTOR,
  );
  const session = newSession();
  session.clinician = clinician;
  context = {
    store,
    clock: () => now,
    paths,
    session,
    log: memoryLogger(),
    app: { name: 'HipSpine', version: '0', harness: true },
  };
  call = createDispatcher(
    createHandlerTable([patientHandlers, encounterHandlers, settingsHandlers, letterHandlers]),
    context,
  );
  await value('settings:update', {
    clinicName: 'Riverside Physiotherapy',
    clinicAddress: '12 Mill Lane',
    clinicPhone: '01632 960 123',
  });
  const patient = await value<Patient>('patients:create', {
    givenName: 'Żaneta',
    familyName: 'Łukasiewicz',
    birthDate: '1963-04-17',
    sex: 'female',
    identifier: 'K-100',
  });
  encounter = await value<Encounter>('encounters:start', { patientId: patient.id });
  const changes = [
    { kind: 'history', id: 'agg_squatting', value: true },
    { kind: 'history', id: 'agg_shoes_socks', value: true },
    {
      kind: 'test',
      testId: 'active_hip_flexion_lateral_pain',
      side: 'right',
      record: { result: 'positive' },
    },
    { kind: 'test', testId: 'hip_scour', side: 'right', record: { result: 'positive' } },
    {
      kind: 'test',
      testId: 'hip_ir_rom',
      side: 'right',
      record: { result: 'positive', valueDeg: 12 },
    },
    { kind: 'bodyChart', regions: ['right_groin_anterior_thigh'] },
    {
      kind: 'fields',
      presentingComplaint: 'Right groin pain for seven months.',
      plan: 'Hip programme; review in 4 weeks.',
      referral: { recipient: 'Dr Helen Carter', urgency: 'routine', notes: '' },
    },
  ];
  for (const change of changes) {
    await value('encounters:change', { encounterId: encounter.id, change });
  }
});

afterAll(async () => {
  installLetterOutput(null);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('letters handlers', () => {
  it('refuses a letter for a draft encounter', async () => {
    expect(await call('letters:create', { encounterId: encounter.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('creates the letter of a signed encounter, stored with the sha256 of its bytes', async () => {
    await value('encounters:sign', { encounterId: encounter.id });
    const letter = await value<LetterPreview>('letters:create', { encounterId: encounter.id });
    const pdf = Buffer.from(letter.pdfBase64, 'base64');
    expect(letter.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(letter.pageCount).toBeGreaterThanOrEqual(1);
    expect(letter.urgency).toBe('routine');
    const text = (await pdfPages(pdf)).join('\n');
    expect(text).toContain('Re: Żaneta Łukasiewicz');
    expect(text).toContain('Riverside Physiotherapy');
    expect(text).toContain('Sutlive hip OA rule');

    const again = await value<LetterPreview>('letters:create', { encounterId: encounter.id });
    expect(again.id).toBe(letter.id);
    expect(again.pdfBase64).toBe(letter.pdfBase64);
    const list = await value<LetterRecord[]>('letters:listForEncounter', {
      encounterId: encounter.id,
    });
    expect(list.map((l) => l.id)).toEqual([letter.id]);
  });

  it('saves into the exports folder in the harness, under a name without the patient', async () => {
    const [letter] = await value<LetterRecord[]>('letters:listForEncounter', {
      encounterId: encounter.id,
    });
    const saved = await value<{ path: string }>('letters:saveAs', { letterId: letter?.id });
    expect(saved.path.startsWith(context.paths.exportsDir)).toBe(true);
    expect(saved.path).not.toMatch(/ukasiewicz|aneta/i);
    expect(createHash('sha256').update(readFileSync(saved.path)).digest('hex')).toBe(
      letter?.sha256,
    );
  });

  it('reports printing as unsupported in the harness', async () => {
    const [letter] = await value<LetterRecord[]>('letters:listForEncounter', {
      encounterId: encounter.id,
    });
    expect(await call('letters:print', { letterId: letter?.id })).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED' },
    });
  });

  it('prints and saves through the installed native output in the desktop app', async () => {
    const calls: string[] = [];
    const native: LetterOutput = {
      saveAs: async (_pdf, name) => {
        calls.push(`save ${name}`);
        return null;
      },
      print: async (_pdf, name) => {
        calls.push(`print ${name}`);
      },
    };
    installLetterOutput(native);
    const desktop = createDispatcher(createHandlerTable([letterHandlers]), {
      ...context,
      app: { ...context.app, harness: false },
    });
    const [letter] = await value<LetterRecord[]>('letters:listForEncounter', {
      encounterId: encounter.id,
    });
    expect(await desktop('letters:saveAs', { letterId: letter?.id })).toEqual({
      ok: true,
      value: null,
    });
    expect(await desktop('letters:print', { letterId: letter?.id })).toEqual({
      ok: true,
      value: null,
    });
    expect(calls).toEqual([
      expect.stringMatching(/^save referral-letter-2025-11-20-.+\.pdf$/),
      expect.stringMatching(/^print referral-letter-2025-11-20-.+\.pdf$/),
    ]);
  });

  it('answers NOT_FOUND for an unknown letter', async () => {
    expect(await call('letters:saveAs', { letterId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
