// Settings feed the letter, over a real temp database through the app's dispatcher: a bad logo is
// refused with a plain message, the clinic name and paper size reach the printed letter, and
// letters:checkCharacters names the draft's text the fonts cannot draw before signing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../main/ipc/dispatch';
import { encounterHandlers } from '../../main/ipc/handlers/encounters';
import { letterHandlers } from '../../main/ipc/handlers/letters';
import { patientHandlers } from '../../main/ipc/handlers/patients';
import { settingsHandlers } from '../../main/ipc/handlers/settings';
import type { Encounter } from '../../shared/domain/encounter';
import type { Settings } from '../../shared/domain/settings';
import type { LetterPreview, UndrawableText } from '../../shared/ipc/contract';
import { openSignedInApp, seedDraft, type SignedInApp } from '../helpers/signedInApp';
import { pdfPages } from '../unit/pdf/letterFixture';

/** A 1×1 PNG. */
const PNG_LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let app: SignedInApp;
let call: Dispatch;
let value: SignedInApp['value'];
const now = new Date('2025-11-20T10:12:00.000Z');

async function draftFor(givenName: string, familyName: string): Promise<Encounter> {
  const { encounter } = await seedDraft(
    app,
    { givenName, familyName, birthDate: '1971-06-02', sex: 'male' },
    [
      { kind: 'history', id: 'agg_squatting', value: true },
      { kind: 'test', testId: 'hip_scour', side: 'right', record: { result: 'positive' } },
      {
        kind: 'fields',
        presentingComplaint: 'Right groin pain.',
        plan: 'Review in 4 weeks.',
        referral: { recipient: 'Dr Helen Carter', urgency: 'routine', notes: '' },
      },
    ],
  );
  return encounter;
}

beforeAll(async () => {
  app = await openSignedInApp({
    prefix: 'hipspine-settings-letters-',
    clock: () => now,
    groups: [patientHandlers, encounterHandlers, settingsHandlers, letterHandlers],
    clinician: { username: 'rmensah', name: 'Rita Mensah', registration: 'HCPC PH654321' },
  });
  ({ call, value } = app);
});

afterAll(() => app.dispose());

describe('settings:update', () => {
  it('refuses a logo that is not a PNG or JPEG, naming the problem, and keeps the old one', async () => {
    const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const fake = 'data:image/png;base64,' + Buffer.from('not a png').toString('base64');
    for (const clinicLogo of [gif, fake, 'https://example.org/logo.png']) {
      expect(await call('settings:update', { clinicLogo })).toEqual({
        ok: false,
        error: { code: 'BAD_REQUEST', message: 'The logo must be a PNG or JPEG image.' },
      });
    }
    expect((await value<Settings>('settings:get', {})).clinicLogo).toBeNull();
  });

  it('names the field of an out-of-range value without echoing it', async () => {
    const result = await call('settings:update', { autoLockMinutes: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(JSON.stringify(result)).toContain('autoLockMinutes');
  });

  it('stores a PNG logo, US Letter paper and the clinic details', async () => {
    const saved = await value<Settings>('settings:update', {
      clinicName: 'Harbour Street Physiotherapy',
      clinicAddress: '4 Harbour Street\nPortsmouth',
      clinicPhone: '023 9200 0000',
      clinicLogo: PNG_LOGO,
      paperSize: 'LETTER',
      autoLockMinutes: 3,
      backupsToKeep: 30,
    });
    expect(saved).toMatchObject({
      clinicName: 'Harbour Street Physiotherapy',
      paperSize: 'LETTER',
    });
    expect(saved.clinicLogo).toBe(PNG_LOGO);
  });
});

describe('the letter uses the settings', () => {
  it('prints the clinic name on the letterhead, on US Letter pages', async () => {
    const encounter = await draftFor('Tomasz', 'Wiśniewski');
    await value('encounters:sign', { encounterId: encounter.id });
    const letter = await value<LetterPreview>('letters:create', { encounterId: encounter.id });
    const pdf = Buffer.from(letter.pdfBase64, 'base64');
    const pages = await pdfPages(pdf);
    expect(pages[0]).toContain('Harbour Street Physiotherapy');
    expect(pages[0]).toContain('023 9200 0000');
    // pdfkit writes the page dictionaries uncompressed: US Letter is 612 × 792 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 612 792\]/);
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });
});

describe('the default referral recipient', () => {
  it('is printed when the encounter names no recipient', async () => {
    await value('settings:update', { defaultRecipient: 'Dr Priya Nair, Harbour Medical Centre' });
    const encounter = await draftFor('Olu', 'Adeyemi');
    await value('encounters:change', {
      encounterId: encounter.id,
      change: { kind: 'fields', referral: { recipient: '', urgency: 'routine', notes: '' } },
    });
    await value('encounters:sign', { encounterId: encounter.id });
    const letter = await value<LetterPreview>('letters:create', { encounterId: encounter.id });
    expect(letter.recipient).toBe('Dr Priya Nair, Harbour Medical Centre');
    const text = (await pdfPages(Buffer.from(letter.pdfBase64, 'base64'))).join('\n');
    expect(text).toContain('Dr Priya Nair, Harbour Medical Centre');
  });
});

describe('letters:checkCharacters', () => {
  it('names the patient name fields holding an emoji or a script the fonts lack', async () => {
    // Hangul: the shipped fonts (DejaVu, Noto Sans SC) cover Latin, Greek, Cyrillic, Arabic and
    // Chinese, not Korean.
    const encounter = await draftFor('Min-jun 🦴', '한국');
    const found = await value<UndrawableText[]>('letters:checkCharacters', {
      encounterId: encounter.id,
    });
    const name = found.find((f) => f.field === 'patient.name');
    expect(name?.codePoints).toEqual(['U+1F9B4', 'U+D55C', 'U+AD6D']);
    expect(found.map((f) => f.field)).toEqual(['patient.name']);
  });

  it('finds the clinic settings and the draft text too, and nothing in plain text', async () => {
    const encounter = await draftFor('Ana', 'Souza');
    expect(await value('letters:checkCharacters', { encounterId: encounter.id })).toEqual([]);
    await value('encounters:change', {
      encounterId: encounter.id,
      change: { kind: 'fields', plan: 'Walk daily ✅' },
    });
    await value('settings:update', { clinicName: 'Harbour Street Physio 🏥' });
    const found = await value<UndrawableText[]>('letters:checkCharacters', {
      encounterId: encounter.id,
    });
    expect(found).toEqual(
      expect.arrayContaining([
        { field: 'clinic.name', codePoints: ['U+1F3E5'] },
        { field: 'plan', codePoints: ['U+2705'] },
      ]),
    );
    await value('settings:update', { clinicName: 'Harbour Street Physiotherapy' });
  });

  it('answers NOT_FOUND for an unknown encounter', async () => {
    expect(await call('letters:checkCharacters', { encounterId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
