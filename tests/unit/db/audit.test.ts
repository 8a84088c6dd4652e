import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRowHash, canonicalJson } from '../../../main/db/sqlite/audit';
import { seed, tempStore, type TempStore } from './tempStore';

let t: TempStore;

beforeEach(async () => {
  t = await tempStore();
  const { clinician, patient } = await seed(t.store);
  const draft = await t.store.encounters.start(patient.id, clinician.id, clinician.id);
  for (let i = 0; i < 5; i++) {
    await t.store.encounters.applyChange(
      draft.id,
      { kind: 'fields', plan: `plan ${i}` },
      clinician.id,
    );
  }
});
afterEach(async () => t.cleanup());

describe('audit chain', () => {
  it('leaves one row per write with who, when, what and the change itself', async () => {
    const rows = await t.store.audit.list({ limit: 100 });
    // clinician, patient, start, 5 changes
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({
      seq: 8,
      action: 'change',
      entity: 'encounter',
      changes: { kind: 'fields', plan: 'plan 4' },
    });
    expect(rows.at(-1)).toMatchObject({ seq: 1, actor: 'system', entity: 'clinician' });
    expect(JSON.stringify(rows.at(-1))).not.toMatch(/hash|salt/);
    expect(await t.store.audit.verify()).toEqual({ ok: true, rows: 8, firstBadRow: null });
  });

  it('is append-only: the triggers refuse UPDATE and DELETE', () => {
    const raw = t.store.rawDatabase;
    expect(() => raw.prepare("UPDATE audit_log SET actor = 'someone' WHERE seq = 3").run()).toThrow(
      /APPEND_ONLY/,
    );
    expect(() => raw.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/APPEND_ONLY/);
  });

  it('detects a row edited after the trigger was dropped', async () => {
    const raw = t.store.rawDatabase;
    raw.exec('DROP TRIGGER audit_no_update');
    raw
      .prepare(`UPDATE audit_log SET changes = '{"kind":"fields","plan":"forged"}' WHERE seq = 5`)
      .run();
    expect(await t.store.audit.verify()).toEqual({ ok: false, rows: 5, firstBadRow: 5 });
  });

  it('detects a deleted row, and a forged hash that does not chain', async () => {
    const raw = t.store.rawDatabase;
    raw.exec('DROP TRIGGER audit_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    expect(await t.store.audit.verify()).toMatchObject({ ok: false, firstBadRow: 4 });
  });

  it('detects a deleted row even when the later rows were renumbered', async () => {
    const raw = t.store.rawDatabase;
    raw.exec('DROP TRIGGER audit_no_delete; DROP TRIGGER audit_no_update');
    raw.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    raw.prepare('UPDATE audit_log SET seq = seq - 1 WHERE seq > 4').run();
    expect(await t.store.audit.verify()).toMatchObject({ ok: false, firstBadRow: 4 });
  });

  it('hashes canonical JSON, so key order does not matter and __proto__ stays a plain key', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    const tricky = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as unknown;
    expect(canonicalJson(tricky)).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it("keeps the row hash format, so chains already in users' files still verify", async () => {
    // Pinned: sha256 over the JSON array of the columns before `hash`, in table order.
    const row = {
      seq: 3,
      at: '2025-03-01T10:00:00.000Z',
      actor: 'clin-1',
      action: 'create',
      entity: 'patient',
      entity_id: 'p-1',
      changes: '{"a":1}',
      prev_hash: '0'.repeat(64),
    };
    expect(auditRowHash(row)).toBe(
      '90d50fe0b5b3518a092cde98c6b3afe12017bb0291c4353cbd08329d875561aa',
    );
    // And what appendAudit stored is what the hash covers, row by row.
    const stored = t.store.rawDatabase
      .prepare('SELECT * FROM audit_log ORDER BY seq')
      .all() as (typeof row & { hash: string })[];
    for (const { hash, ...rest } of stored) expect(auditRowHash(rest)).toBe(hash);
  });
});
