// The letters handler group over a real temp database, through the app's dispatcher: a signed
// encounter gets a letter stored with its sha256; asking again returns the same letter (same
// bytes); save writes into the exports folder in the harness; print is unsupported there.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../main/ipc/dispatch';
import { encounterHandlers } from '../../main/ipc/handlers/encounters';
import { letterHandlers } from '../../main/ipc/handlers/letters';
import { patientHandlers } from '../../main/ipc/handlers/patients';
import { settingsHandlers } from '../../main/ipc/handlers/settings';
import { createHandlerTable } from '../../main/ipc/registry';
import type { HandlerContext } from '../../main/ipc/types';
import { installLetterOutput, type LetterOutput } from '../../main/pdf/output/letterOutput';
import type { Encounter } from '../../shared/domain/encounter';
import type { LetterPreview, LetterRecord } from '../../shared/ipc/contract';
import { openSignedInApp, seedDraft, type SignedInApp } from '../helpers/signedInApp';
import { pdfPages } from '../unit/pdf/letterFixture';

let app: SignedInApp;
let context: HandlerContext;
let call: Dispatch;
let value: SignedInApp['value'];
const now = new Date('2025-11-20T10:12:00.000Z');

let encounter: Encounter;

beforeAll(async () => {
  app = await openSignedInApp({
    prefix: 'hipspine-letters-',
    clock: () => now,
    groups: [patientHandlers, encounterHandlers, settingsHandlers, letterHandlers],
    clinician: { username: 'sokafor', name: 'Sam Okafor', registration: 'HCPC PH123456' },
  });
  ({ context, call, value } = app);
  await value('settings:update', {
    clinicName: 'Riverside Physiotherapy',
    clinicAddress: '12 Mill Lane',
    clinicPhone: '01632 960 123',
  });
  ({ encounter } = await seedDraft(
    app,
    {
      givenName: 'Żaneta',
      familyName: 'Łukasiewicz',
      birthDate: '1963-04-17',
      sex: 'female',
      identifier: 'K-100',
    },
    [
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
    ],
  ));
});

afterAll(async () => {
  installLetterOutput(null);
  await app.dispose();
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
