// The append-only audit chain. Each row's hash is sha256 over its canonical content and the hash of
// the row before, so editing or deleting a row breaks the chain from that row on. Rows live inside
// the database (and may hold what changed); they are never written to the log.
import { createHash } from 'node:crypto';
import type { AuditVerification } from '../../../shared/ipc/contract';
import type { Actor, AuditEntry, AuditEvent } from '../store';
import type { ReadDb, WriteDb } from './connection';

export const GENESIS_HASH = '0'.repeat(64);

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  changes: string;
  prev_hash: string;
  hash: string;
}

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, inner: unknown) => {
      if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(inner).sort()) {
        Object.defineProperty(sorted, key, {
          value: (inner as Record<string, unknown>)[key],
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return sorted;
    }) ?? 'null'
  );
}

/**
 * The stored columns before `hash`, in table order: both what the hash covers and the INSERT's
 * values, so the two cannot drift apart.
 */
function chainedFields(row: Omit<AuditRow, 'hash'>) {
  return [
    row.seq,
    row.at,
    row.actor,
    row.action,
    row.entity,
    row.entity_id,
    row.changes,
    row.prev_hash,
  ] as const;
}

export function auditRowHash(row: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256')
    .update(JSON.stringify(chainedFields(row)))
    .digest('hex');
}

export function appendAudit(db: WriteDb, actor: Actor, event: AuditEvent): void {
  const last = db.get<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: db.now,
    actor,
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId,
    changes: canonicalJson(event.changes ?? null),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  db.run(
    `INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, changes, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ...chainedFields(row),
    auditRowHash(row),
  );
}

/**
 * Walks the chain in order. A row whose hash does not match its content was edited; a row whose
 * sequence number skips, or whose prev_hash is not the previous row's hash, follows a deleted or
 * edited row. `firstBadRow` is the sequence number where the chain first breaks.
 */
export function verifyAuditChain(rows: Iterable<AuditRow>): AuditVerification {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (const row of rows) {
    count++;
    if (row.seq !== expectedSeq) return { ok: false, rows: count, firstBadRow: expectedSeq };
    if (row.prev_hash !== prevHash || auditRowHash(row) !== row.hash) {
      return { ok: false, rows: count, firstBadRow: row.seq };
    }
    prevHash = row.hash;
    expectedSeq++;
  }
  return { ok: true, rows: count, firstBadRow: null };
}

export function listAudit(
  db: ReadDb,
  filter: { entity?: string; entityId?: string; limit: number },
): AuditEntry[] {
  const rows = db.all<AuditRow>(
    `SELECT * FROM audit_log
     WHERE (? IS NULL OR entity = ?) AND (? IS NULL OR entity_id = ?)
     ORDER BY seq DESC LIMIT ?`,
    filter.entity ?? null,
    filter.entity ?? null,
    filter.entityId ?? null,
    filter.entityId ?? null,
    filter.limit,
  );
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    changes: JSON.parse(row.changes) as unknown,
  }));
}

export type { AuditRow };
