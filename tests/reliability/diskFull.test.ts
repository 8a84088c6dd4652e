// Disk full, simulated with PRAGMA max_page_count: the write fails with DISK_FULL and a plain
// message, the transaction is rolled back whole (encounter, test rows and audit row), and the
// records carry on once space is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, tempStore, type TempStore } from '../unit/db/tempStore';

let t: TempStore;
beforeAll(async () => {
  t = await tempStore();
});
afterAll(async () => t.cleanup());

describe('disk full', () => {
  it('refuses the write cleanly, rolls it back, and recovers when space returns', async () => {
    const { store } = t;
    const { clinician, patient } = await seed(store);
    const encounter = await store.encounters.start(patient.id, clinician.id, clinician.id);
    await store.encounters.applyChange(
      encounter.id,
      { kind: 'fields', plan: 'before' },
      clinician.id,
    );
    const db = store.rawDatabase;
    const pages = db.pragma('page_count', { simple: true }) as number;
    const auditRows = () =>
      (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const rowsBefore = auditRows();
    db.pragma(`max_page_count = ${pages + 1}`);

    const note = 'x'.repeat(9_000);
    let error: unknown = null;
    let saved = 0;
    for (let i = 0; i < 50 && error === null; i++) {
      try {
        await store.encounters.applyChange(
          encounter.id,
          {
            kind: 'test',
            testId: 'slr',
            side: i % 2 === 0 ? 'left' : 'right',
            record: { result: 'negative', valueDeg: null, level: null, note: `${i}${note}` },
          },
          clinician.id,
        );
        saved++;
      } catch (caught) {
        error = caught;
      }
    }
    expect(error).toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringMatching(/disk is full.*nothing was saved/i),
    });
    const after = await store.encounters.get(encounter.id);
    expect(after?.revision).toBe(1 + saved);
    expect(auditRows()).toBe(rowsBefore + saved);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    await expect(
      store.patients.create(
        {
          givenName: 'No',
          familyName: 'Room',
          birthDate: '2000-01-01',
          sex: 'other',
          identifier: null,
          contact: 'y'.repeat(20_000),
        },
        clinician.id,
      ),
    ).rejects.toMatchObject({ code: 'DISK_FULL' });

    db.pragma('max_page_count = 4294967294');
    const receipt = await store.encounters.applyChange(
      encounter.id,
      { kind: 'fields', plan: 'after' },
      clinician.id,
    );
    expect(receipt.revision).toBe(2 + saved);
    expect(await store.audit.verify()).toMatchObject({ ok: true });
    console.log(
      `[reliability] disk full: ${saved} writes fitted, the next failed with DISK_FULL and rolled back; integrity ok; writes resume after space returns`,
    );
  });
});
