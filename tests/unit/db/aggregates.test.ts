// Clinicians with credentials (for main/auth), letter records (for main/pdf) and settings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { seed, tempStore, type TempStore } from './tempStore';

let t: TempStore;
afterEach(async () => t.cleanup());
beforeEach(async () => {
  t = await tempStore();
});

describe('clinicians', () => {
  it('stores credentials apart and counts failed attempts', async () => {
    const { store } = t;
    expect(await store.clinicians.count()).toBe(0);
    const { clinician } = await seed(store);
    expect(await store.clinicians.count()).toBe(1);
    expect(await store.clinicians.getByUsername('ASMITH')).toEqual(clinician);
    expect(await store.clinicians.list()).toEqual([clinician]);
    expect(JSON.stringify(clinician)).not.toMatch(/hash|salt/);
    await expect(
      store.clinicians.create(
        { ...clinician, username: 'AsMith', passwordHash: 'h', salt: 's' },
        'system',
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    expect(await store.clinicians.recordFailedAttempt(clinician.id, null)).toBe(1);
    expect(
      await store.clinicians.recordFailedAttempt(clinician.id, '2025-03-01T10:15:00.000Z'),
    ).toBe(2);
    expect(await store.clinicians.getCredentials(clinician.id)).toEqual({
      clinicianId: clinician.id,
      passwordHash: 'hash',
      salt: 'salt',
      failedAttempts: 2,
      lockedUntil: '2025-03-01T10:15:00.000Z',
    });
    await store.clinicians.resetFailedAttempts(clinician.id);
    await store.clinicians.updatePassword(
      clinician.id,
      { passwordHash: 'h2', salt: 's2' },
      clinician.id,
    );
    expect(await store.clinicians.getCredentials(clinician.id)).toMatchObject({
      passwordHash: 'h2',
      failedAttempts: 0,
      lockedUntil: null,
    });
    const audit = await store.audit.list({ entity: 'clinician', limit: 10 });
    expect(audit.map((a) => a.action)).toEqual([
      'change_password',
      'sign_in_attempts_reset',
      'sign_in_failed',
      'sign_in_failed',
      'create',
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/h2|"s2"/);
  });
});

describe('letters', () => {
  it('records a letter with its hash and PDF, append-only', async () => {
    const { store } = t;
    const { clinician, patient } = await seed(store);
    const encounter = await store.encounters.start(patient.id, clinician.id, clinician.id);
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    const letter = await store.letters.create(
      {
        encounterId: encounter.id,
        recipient: 'Dr Jones',
        urgency: 'routine',
        sha256: 'ab'.repeat(32),
        pageCount: 1,
        pdf,
      },
      clinician.id,
    );
    expect(await store.letters.get(letter.id)).toEqual(letter);
    expect(await store.letters.getPdf(letter.id)).toEqual(pdf);
    expect(await store.letters.listForEncounter(encounter.id)).toEqual([letter]);
    expect(() => store.rawDatabase.prepare("UPDATE letters SET sha256 = 'x'").run()).toThrow(
      /APPEND_ONLY/,
    );
    await expect(
      store.letters.create(
        { encounterId: 'nope', recipient: '', urgency: 'none', sha256: '', pageCount: 1 },
        clinician.id,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('settings', () => {
  it('starts from the defaults and keeps updates', async () => {
    const { store } = t;
    expect(await store.settings.get()).toEqual(DEFAULT_SETTINGS);
    const updated = await store.settings.update(
      { clinicName: 'Hill Street Physio', backupsToKeep: 7 },
      'system',
    );
    expect(updated).toEqual({
      ...DEFAULT_SETTINGS,
      clinicName: 'Hill Street Physio',
      backupsToKeep: 7,
    });
    expect(await store.settings.get()).toEqual(updated);
  });
});
