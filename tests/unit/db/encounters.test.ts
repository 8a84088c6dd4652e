import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clinician } from '../../../shared/domain/clinician';
import type { Patient } from '../../../shared/domain/patient';
import { seed, tempStore, type TempStore } from './tempStore';

let t: TempStore;
let clinician: Clinician;
let patient: Patient;

beforeEach(async () => {
  t = await tempStore();
  ({ clinician, patient } = await seed(t.store));
});
afterEach(async () => t.cleanup());

describe('encounter drafts', () => {
  it('applies each kind of change, bumping the revision, and reads it back', async () => {
    const { store } = t;
    const draft = await store.encounters.start(patient.id, clinician.id, clinician.id);
    expect(draft).toMatchObject({ status: 'draft', revision: 0, tests: {}, signedAt: null });

    const receipts = [];
    t.clock.advance(1000);
    receipts.push(
      await store.encounters.applyChange(
        draft.id,
        {
          kind: 'test',
          testId: 'fadir',
          side: 'right',
          record: { result: 'positive', valueDeg: null, level: null, note: 'groin pain' },
        },
        clinician.id,
      ),
    );
    receipts.push(
      await store.encounters.applyChange(
        draft.id,
        {
          kind: 'test',
          testId: 'hip_ir_rom',
          side: 'right',
          record: { result: 'positive', valueDeg: 12, level: null, note: null },
        },
        clinician.id,
      ),
    );
    receipts.push(
      await store.encounters.applyChange(
        draft.id,
        { kind: 'history', id: 'agg_walking', value: true },
        clinician.id,
      ),
    );
    receipts.push(
      await store.encounters.applyChange(
        draft.id,
        { kind: 'history', id: 'morning_stiffness_minutes', value: 20 },
        clinician.id,
      ),
    );
    receipts.push(
      await store.encounters.applyChange(
        draft.id,
        { kind: 'redFlag', id: 'rf_ces_saddle_anaesthesia', present: false },
        clinician.id,
      ),
    );
    receipts.push(
      await store.encounters.applyChange(
        draft.id,
        {
          kind: 'bodyChart',
          regions: ['right_groin_anterior_thigh', 'right_groin_anterior_thigh'],
        },
        clinician.id,
      ),
    );
    receipts.push(
      await store.encounters.applyChange(
        draft.id,
        {
          kind: 'fields',
          presentingComplaint: 'Right groin pain',
          painScore: 6,
          plan: 'Refer',
          referral: { recipient: 'Dr Jones', urgency: 'routine', notes: '' },
        },
        clinician.id,
      ),
    );
    expect(receipts.map((r) => r.revision)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(receipts[0]?.updatedAt).toBe('2025-03-01T10:00:01.000Z');

    const saved = await store.encounters.get(draft.id);
    expect(saved).toMatchObject({
      revision: 7,
      presentingComplaint: 'Right groin pain',
      painScore: 6,
      plan: 'Refer',
      history: { agg_walking: true, morning_stiffness_minutes: 20 },
      bodyChart: ['right_groin_anterior_thigh'],
      redFlags: { answers: { rf_ces_saddle_anaesthesia: false }, actions: {} },
      referral: { recipient: 'Dr Jones', urgency: 'routine', notes: '' },
      tests: {
        fadir: { right: { result: 'positive', note: 'groin pain', valueDeg: null } },
        hip_ir_rom: { right: { result: 'positive', valueDeg: 12 } },
      },
    });

    // null clears: a history answer, a test side.
    await store.encounters.applyChange(
      draft.id,
      { kind: 'history', id: 'agg_walking', value: null },
      clinician.id,
    );
    await store.encounters.applyChange(
      draft.id,
      { kind: 'test', testId: 'fadir', side: 'right', record: null },
      clinician.id,
    );
    const cleared = await store.encounters.get(draft.id);
    expect(cleared?.history).toEqual({ morning_stiffness_minutes: 20 });
    expect(cleared?.tests.fadir).toBeUndefined();
  });

  it('records how a red flag was resolved, with the time', async () => {
    const { store } = t;
    const draft = await store.encounters.start(patient.id, clinician.id, clinician.id);
    await store.encounters.applyChange(
      draft.id,
      { kind: 'redFlag', id: 'rf_ces_saddle_anaesthesia', present: true },
      clinician.id,
    );
    await store.encounters.applyChange(
      draft.id,
      {
        kind: 'redFlagAction',
        id: 'rf_ces_saddle_anaesthesia',
        action: 'referred',
        reason: 'sent to ED',
      },
      clinician.id,
    );
    const saved = await store.encounters.get(draft.id);
    expect(saved?.redFlags.actions.rf_ces_saddle_anaesthesia).toEqual({
      action: 'referred',
      reason: 'sent to ED',
      at: '2025-03-01T10:00:00.000Z',
    });
  });

  it('lists encounters for a patient and recent ones, with the signed verdict', async () => {
    const { store } = t;
    const first = await store.encounters.start(patient.id, clinician.id, clinician.id);
    t.clock.advance(60_000);
    const second = await store.encounters.start(patient.id, clinician.id, clinician.id);
    await store.encounters.sign(
      first.id,
      {
        revision: 0,
        assessment: { verdict: { primary_source: 'hip_joint' } },
        engineVersion: '1.0.0',
      },
      clinician.id,
    );
    const list = await store.encounters.listForPatient(patient.id);
    expect(list.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(list[1]).toMatchObject({
      status: 'signed',
      verdict: 'hip_joint',
      patientName: 'Zoltán Kovács',
    });
    expect((await store.encounters.listRecent(1)).map((e) => e.id)).toEqual([second.id]);
  });

  it('refuses a draft for an unknown patient, and changes to an unknown encounter', async () => {
    await expect(
      t.store.encounters.start('nobody', clinician.id, clinician.id),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      t.store.encounters.applyChange('nope', { kind: 'fields', plan: 'x' }, clinician.id),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('signing and addenda', () => {
  it('stores the snapshot with its engine version and refuses every later change', async () => {
    const { store } = t;
    const draft = await store.encounters.start(patient.id, clinician.id, clinician.id);
    await store.encounters.applyChange(draft.id, { kind: 'fields', plan: 'Rest' }, clinician.id);
    t.clock.advance(5000);
    const signed = await store.encounters.sign(
      draft.id,
      {
        revision: 1,
        assessment: { verdict: { primary_source: 'sacroiliac' } },
        engineVersion: '9.9.9',
      },
      clinician.id,
    );
    expect(signed).toMatchObject({
      status: 'signed',
      signedAt: '2025-03-01T10:00:05.000Z',
      engineVersion: '9.9.9',
      assessmentSnapshot: { verdict: { primary_source: 'sacroiliac' } },
    });
    await expect(
      store.encounters.applyChange(draft.id, { kind: 'fields', plan: 'x' }, clinician.id),
    ).rejects.toMatchObject({ code: 'SIGNED_READ_ONLY' });
    await expect(
      store.encounters.sign(
        draft.id,
        { revision: 2, assessment: {}, engineVersion: '1' },
        clinician.id,
      ),
    ).rejects.toMatchObject({ code: 'SIGNED_READ_ONLY' });
    // The database refuses too, whatever the code above it does.
    const raw = store.rawDatabase;
    expect(() =>
      raw.prepare("UPDATE encounters SET assessment = '{}' WHERE id = ?").run(draft.id),
    ).toThrow(/SIGNED_READ_ONLY/);
    expect(() =>
      raw
        .prepare("UPDATE encounters SET status = 'draft', signed_at = NULL WHERE id = ?")
        .run(draft.id),
    ).toThrow(/SIGNED_READ_ONLY/);
    expect((await store.encounters.get(draft.id))?.plan).toBe('Rest');
  });

  it('refuses to sign a revision that has moved on', async () => {
    const { store } = t;
    const draft = await store.encounters.start(patient.id, clinician.id, clinician.id);
    await store.encounters.applyChange(draft.id, { kind: 'fields', plan: 'x' }, clinician.id);
    await expect(
      store.encounters.sign(
        draft.id,
        { revision: 0, assessment: {}, engineVersion: '1' },
        clinician.id,
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('adds addenda with author and time to signed encounters only', async () => {
    const { store } = t;
    const draft = await store.encounters.start(patient.id, clinician.id, clinician.id);
    await expect(
      store.encounters.addAddendum(draft.id, 'too early', clinician.id),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await store.encounters.sign(
      draft.id,
      { revision: 0, assessment: {}, engineVersion: '1' },
      clinician.id,
    );
    t.clock.advance(3_600_000);
    const addendum = await store.encounters.addAddendum(
      draft.id,
      'Phoned: pain settled.',
      clinician.id,
    );
    expect(addendum).toMatchObject({
      clinicianName: 'Alex Smith',
      createdAt: '2025-03-01T11:00:00.000Z',
      text: 'Phoned: pain settled.',
    });
    expect((await store.encounters.get(draft.id))?.addenda).toEqual([addendum]);
    expect(() => store.rawDatabase.prepare("UPDATE addenda SET text = 'x'").run()).toThrow(
      /APPEND_ONLY/,
    );
  });
});

describe('input the store refuses', () => {
  it('rejects lone surrogates with a clear error instead of mangling them', async () => {
    const { store } = t;
    const draft = await store.encounters.start(patient.id, clinician.id, clinician.id);
    await expect(
      store.encounters.applyChange(
        draft.id,
        { kind: 'fields', plan: 'bad \ud800 text' },
        clinician.id,
      ),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/malformed character/),
    });
    await expect(
      store.patients.create(
        {
          givenName: '\udc00',
          familyName: 'X',
          birthDate: '1990-01-01',
          sex: 'female',
          identifier: null,
          contact: null,
        },
        clinician.id,
      ),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
