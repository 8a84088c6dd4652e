// Records of referral letters: who made which letter for which encounter, with the PDF's sha256 so
// a printed copy can be matched to its record. Letter records are append-only (migration 0003).
import { randomUUID } from 'node:crypto';
import type { LetterRecord } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { NewLetterRecord } from '../store';
import { assertWellFormed, type ReadDb, type WriteDb } from './connection';

interface LetterRow {
  id: string;
  encounter_id: string;
  recipient: string;
  urgency: string;
  created_at: string;
  sha256: string;
  page_count: number;
}

const COLUMNS = 'id, encounter_id, recipient, urgency, created_at, sha256, page_count';

function toLetter(row: LetterRow): LetterRecord {
  return {
    id: row.id,
    encounterId: row.encounter_id,
    recipient: row.recipient,
    urgency: row.urgency,
    createdAt: row.created_at,
    sha256: row.sha256,
    pageCount: row.page_count,
  };
}

export function createLetter(
  db: WriteDb,
  input: NewLetterRecord,
  clinicianId: string,
): LetterRecord {
  assertWellFormed({ recipient: input.recipient, urgency: input.urgency }, 'letter');
  if (!db.get('SELECT 1 FROM encounters WHERE id = ?', input.encounterId)) {
    throw new AppError('NOT_FOUND', 'This encounter is not in the records.');
  }
  const id = randomUUID();
  db.run(
    `INSERT INTO letters (id, encounter_id, clinician_id, recipient, urgency, created_at, sha256,
       page_count, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    id,
    input.encounterId,
    clinicianId,
    input.recipient,
    input.urgency,
    db.now,
    input.sha256,
    input.pageCount,
    input.pdf ? Buffer.from(input.pdf) : null,
  );
  db.audit({
    action: 'create',
    entity: 'letter',
    entityId: id,
    changes: {
      encounterId: input.encounterId,
      recipient: input.recipient,
      urgency: input.urgency,
      sha256: input.sha256,
    },
  });
  return {
    id,
    encounterId: input.encounterId,
    recipient: input.recipient,
    urgency: input.urgency,
    createdAt: db.now,
    sha256: input.sha256,
    pageCount: input.pageCount,
  };
}

export function getLetter(db: ReadDb, id: string): LetterRecord | null {
  const row = db.get<LetterRow>(`SELECT ${COLUMNS} FROM letters WHERE id = ?`, id);
  return row ? toLetter(row) : null;
}

export function getLetterPdf(db: ReadDb, id: string): Uint8Array | null {
  const row = db.get<{ pdf: Buffer | null }>('SELECT pdf FROM letters WHERE id = ?', id);
  return row?.pdf ? new Uint8Array(row.pdf) : null;
}

export function listLetters(db: ReadDb, encounterId: string): LetterRecord[] {
  return db
    .all<LetterRow>(
      `SELECT ${COLUMNS} FROM letters WHERE encounter_id = ? ORDER BY created_at DESC, rowid DESC`,
      encounterId,
    )
    .map(toLetter);
}
