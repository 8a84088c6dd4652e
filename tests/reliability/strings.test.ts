// Whatever a clinician types survives save → load unchanged: control characters, bidi marks, NUL,
// astral characters, `__proto__`, 1 MB notes. Malformed text (lone surrogates) is refused with a
// clear error rather than silently mangled into U+FFFD.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Clinician } from '../../shared/domain/clinician';
import { encounterChangeSchema } from '../../shared/domain/encounterChange';
import { newPatientSchema, type Patient } from '../../shared/domain/patient';
import { isWellFormed } from '../../shared/domain/text';
import { seed, tempStore, type TempStore } from '../unit/db/tempStore';

let t: TempStore;
let clinician: Clinician;
let patient: Patient;

beforeAll(async () => {
  t = await tempStore();
  ({ clinician, patient } = await seed(t.store));
});
afterAll(async () => t.cleanup());

const awkward = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\t',
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u2066\u2069',
  '\ufeff',
  '\u{1f9b4}', // bone emoji (astral)
  'é', // e + combining accent
  '__proto__',
  'constructor',
  '{"a":1}',
  "'; DROP TABLE patients; --",
  'محمد',
  '"',
  '\\',
);

/** Well-formed text mixing any code point with the awkward pieces above. */
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), awkward), { maxLength: 12 })
  .map((parts) => parts.join(''));

const counts = { roundTrips: 0, rejected: 0 };

describe('text round trips', () => {
  it('keeps any well-formed text in every free-text field exactly', async () => {
    const { store } = t;
    const encounter = await store.encounters.start(patient.id, clinician.id, clinician.id);
    await fc.assert(
      fc.asyncProperty(text, text, text, async (plan, complaint, note) => {
        await store.encounters.applyChange(
          encounter.id,
          {
            kind: 'fields',
            plan,
            presentingComplaint: complaint,
            referral: { recipient: note, urgency: null, notes: plan },
          },
          clinician.id,
        );
        await store.encounters.applyChange(
          encounter.id,
          {
            kind: 'test',
            testId: 'faber_groin',
            side: 'left',
            record: { result: 'positive', valueDeg: null, level: null, note },
          },
          clinician.id,
        );
        await store.encounters.applyChange(
          encounter.id,
          {
            kind: 'redFlagAction',
            id: 'rf_major_trauma',
            action: 'discussed',
            reason: note || 'x',
          },
          clinician.id,
        );
        const saved = await store.encounters.get(encounter.id);
        expect(saved?.plan).toBe(plan);
        expect(saved?.presentingComplaint).toBe(complaint);
        expect(saved?.referral).toEqual({ recipient: note, urgency: null, notes: plan });
        expect(saved?.tests.faber_groin?.left?.note).toBe(note);
        expect(saved?.redFlags.actions.rf_major_trauma?.reason).toBe(note || 'x');
        counts.roundTrips++;
      }),
      { numRuns: 60 },
    );
  });

  it('keeps patient names and addenda exactly', async () => {
    const { store } = t;
    const signed = await store.encounters.start(patient.id, clinician.id, clinician.id);
    await store.encounters.sign(
      signed.id,
      { revision: 0, assessment: {}, engineVersion: 'x' },
      clinician.id,
    );
    await fc.assert(
      fc.asyncProperty(text, text, text, async (given, family, addendum) => {
        const created = await store.patients.create(
          {
            givenName: given,
            familyName: family,
            birthDate: '1990-01-01',
            sex: 'unknown',
            identifier: addendum,
            contact: addendum,
          },
          clinician.id,
        );
        expect(await store.patients.get(created.id)).toEqual(created);
        expect(created).toMatchObject({
          givenName: given,
          familyName: family,
          identifier: addendum,
        });
        const added = await store.encounters.addAddendum(signed.id, addendum, clinician.id);
        expect((await store.encounters.get(signed.id))?.addenda.at(-1)).toEqual(added);
        expect(added.text).toBe(addendum);
        // Search never throws, whatever is typed.
        await store.patients.search(given, 5);
        counts.roundTrips++;
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a 1 MB note exactly', async () => {
    const { store } = t;
    const encounter = await store.encounters.start(patient.id, clinician.id, clinician.id);
    const unit = 'Línea ✓ \u200f نص \u{1f9b4}\u0000\t';
    const big = unit.repeat(Math.ceil(1_048_576 / unit.length)).slice(0, 1_048_576);
    const started = performance.now();
    await store.encounters.applyChange(encounter.id, { kind: 'fields', plan: big }, clinician.id);
    await store.encounters.applyChange(
      encounter.id,
      {
        kind: 'test',
        testId: 'slr',
        side: 'right',
        record: { result: 'negative', valueDeg: 70, level: null, note: big },
      },
      clinician.id,
    );
    const saved = await store.encounters.get(encounter.id);
    const ms = performance.now() - started;
    expect(saved?.plan === big).toBe(true);
    expect(saved?.tests.slr?.right?.note === big).toBe(true);
    expect(await store.audit.verify()).toMatchObject({ ok: true });
    console.log(
      `[reliability] strings: 1 MB note saved twice and read back exactly in ${ms.toFixed(0)} ms`,
    );
  });

  it('stores a `__proto__` key as plain data and pollutes nothing', async () => {
    const { store } = t;
    const encounter = await store.encounters.start(patient.id, clinician.id, clinician.id);
    const snapshot = JSON.parse(
      '{"__proto__": {"polluted": true}, "verdict": {"primary_source": "x"}}',
    ) as unknown;
    const signed = await store.encounters.sign(
      encounter.id,
      { revision: 0, assessment: snapshot, engineVersion: 'x' },
      clinician.id,
    );
    const stored = signed.assessmentSnapshot as Record<string, unknown>;
    expect(Object.hasOwn(stored, '__proto__')).toBe(true);
    expect(JSON.stringify(stored)).toBe(JSON.stringify(snapshot));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A request carrying a `__proto__` key is refused by the strict schema before any write.
    const change = JSON.parse(
      '{"kind": "fields", "plan": "x", "__proto__": {"polluted": true}}',
    ) as unknown;
    expect(encounterChangeSchema.safeParse(change).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('malformed text', () => {
  const loneSurrogate = fc
    .tuple(text, fc.integer({ min: 0xd800, max: 0xdfff }), text)
    .map(([before, code, after]) => `${before}${String.fromCharCode(code)}${after}`)
    .filter((s) => !isWellFormed(s));

  it('is rejected with a clear error by the IPC schemas and by the store', async () => {
    const { store } = t;
    const encounter = await store.encounters.start(patient.id, clinician.id, clinician.id);
    await fc.assert(
      fc.asyncProperty(loneSurrogate, async (bad) => {
        const parsed = encounterChangeSchema.safeParse({ kind: 'fields', plan: bad });
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues[0]?.message).toMatch(/malformed character/);
        expect(
          newPatientSchema.safeParse({
            givenName: bad,
            familyName: 'x',
            birthDate: '1990-01-01',
            sex: 'male',
          }).success,
        ).toBe(false);
        await expect(
          store.encounters.applyChange(encounter.id, { kind: 'fields', plan: bad }, clinician.id),
        ).rejects.toMatchObject({
          code: 'BAD_REQUEST',
          message: expect.stringMatching(/malformed character/),
        });
        counts.rejected++;
      }),
      { numRuns: 50 },
    );
    expect((await store.encounters.get(encounter.id))?.revision).toBe(0);
    console.log(
      `[reliability] strings: ${counts.roundTrips} generated texts round-tripped exactly, ${counts.rejected} malformed texts rejected`,
    );
  });
});
