// Changing encounters: start a draft, apply one autosaved change, sign, add an addendum. Each runs
// inside one write transaction (connection.ts). The handler refuses changes to a signed encounter
// first; the triggers of migration 0003 refuse them again if anything slips past.
import { randomUUID } from 'node:crypto';
import type { Addendum } from '../../../shared/domain/encounter';
import type { ParsedEncounterChange } from '../../../shared/domain/encounterChange';
import type { SaveReceipt } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { SignInput } from '../store';
import { assertWellFormed, type WriteDb } from './connection';
import { toAddendum } from './encounterRead';
import { requirePatient } from './patients';

export function startEncounter(db: WriteDb, patientId: string, clinicianId: string): string {
  requirePatient(db, patientId);
  const id = randomUUID();
  db.run(
    `INSERT INTO encounters (id, patient_id, clinician_id, status, started_at, updated_at)
     VALUES (?, ?, ?, 'draft', ?, ?)`,
    id,
    patientId,
    clinicianId,
    db.now,
    db.now,
  );
  db.audit({ action: 'start', entity: 'encounter', entityId: id, changes: { patientId } });
  return id;
}

function requireDraft(db: WriteDb, encounterId: string): { revision: number } {
  const row = db.get<{ status: string; revision: number }>(
    'SELECT status, revision FROM encounters WHERE id = ?',
    encounterId,
  );
  if (!row) throw new AppError('NOT_FOUND', 'This encounter is not in the records.');
  if (row.status === 'signed') throw signedError();
  return row;
}

function signedError(): AppError {
  return new AppError(
    'SIGNED_READ_ONLY',
    'This encounter is signed and cannot change. Add an addendum instead.',
  );
}

/** A JSON path to one catalogue id; ids are checked so no typed text ever becomes a path. */
function idPath(prefix: string, id: string): string {
  if (!/^[a-z0-9_]+$/.test(id)) throw new AppError('BAD_REQUEST', 'Unknown item in the change.');
  return `${prefix}."${id}"`;
}

export function applyChange(
  db: WriteDb,
  encounterId: string,
  change: ParsedEncounterChange,
): SaveReceipt {
  assertWellFormed(change, 'change');
  // The revision bump comes first and only matches a draft: one statement both checks and writes.
  const touch = 'revision = revision + 1, updated_at = ?';
  const returning = `AND status = 'draft' RETURNING revision, updated_at`;
  let receipt: { revision: number; updated_at: string } | undefined;
  switch (change.kind) {
    case 'test': {
      receipt = db.get(
        `UPDATE encounters SET ${touch} WHERE id = ? ${returning}`,
        db.now,
        encounterId,
      );
      if (!receipt) break;
      if (change.record === null) {
        db.run(
          'DELETE FROM encounter_tests WHERE encounter_id = ? AND test_id = ? AND side = ?',
          encounterId,
          change.testId,
          change.side,
        );
      } else {
        db.run(
          `INSERT INTO encounter_tests
             (encounter_id, test_id, side, result, value_deg, level, note, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (encounter_id, test_id, side) DO UPDATE SET
             result = excluded.result, value_deg = excluded.value_deg, level = excluded.level,
             note = excluded.note, recorded_at = excluded.recorded_at`,
          encounterId,
          change.testId,
          change.side,
          change.record.result,
          change.record.valueDeg,
          change.record.level,
          change.record.note,
          db.now,
        );
      }
      break;
    }
    case 'history':
      receipt = setJson(db, encounterId, 'history', idPath('$', change.id), change.value);
      break;
    case 'redFlag':
      receipt = setJson(
        db,
        encounterId,
        'red_flags',
        idPath('$.answers', change.id),
        change.present,
      );
      break;
    case 'redFlagAction':
      receipt = setJson(db, encounterId, 'red_flags', idPath('$.actions', change.id), {
        action: change.action,
        reason: change.reason,
        at: db.now,
      });
      break;
    case 'bodyChart':
      receipt = db.get(
        `UPDATE encounters SET body_chart = ?, ${touch} WHERE id = ? ${returning}`,
        JSON.stringify([...new Set(change.regions)]),
        db.now,
        encounterId,
      );
      break;
    case 'fields': {
      const sets: string[] = [];
      const values: unknown[] = [];
      const put = (column: string, value: unknown) => {
        sets.push(`${column} = ?`);
        values.push(value);
      };
      if (change.presentingComplaint !== undefined) {
        put('presenting_complaint', change.presentingComplaint);
      }
      if (change.painScore !== undefined) put('pain_score', change.painScore);
      if (change.plan !== undefined) put('plan', change.plan);
      if (change.referral !== undefined) {
        put('referral_recipient', change.referral.recipient);
        put('referral_urgency', change.referral.urgency);
        put('referral_notes', change.referral.notes);
      }
      receipt = db.get(
        `UPDATE encounters SET ${[...sets, touch].join(', ')} WHERE id = ? ${returning}`,
        ...values,
        db.now,
        encounterId,
      );
      break;
    }
  }
  if (!receipt) {
    requireDraft(db, encounterId); // throws NOT_FOUND or SIGNED_READ_ONLY
    throw signedError();
  }
  db.audit({ action: 'change', entity: 'encounter', entityId: encounterId, changes: change });
  return { revision: receipt.revision, updatedAt: receipt.updated_at };
}

/** Sets (or, for null, removes) one key of a JSON column and bumps the revision. */
function setJson(
  db: WriteDb,
  encounterId: string,
  column: 'history' | 'red_flags',
  path: string,
  value: unknown,
): { revision: number; updated_at: string } | undefined {
  if (value === null) {
    return db.get(
      `UPDATE encounters SET ${column} = json_remove(${column}, ?),
         revision = revision + 1, updated_at = ? WHERE id = ? AND status = 'draft'
       RETURNING revision, updated_at`,
      path,
      db.now,
      encounterId,
    );
  }
  return db.get(
    `UPDATE encounters SET ${column} = json_set(${column}, ?, json(?)),
       revision = revision + 1, updated_at = ? WHERE id = ? AND status = 'draft'
     RETURNING revision, updated_at`,
    path,
    JSON.stringify(value),
    db.now,
    encounterId,
  );
}

export function signEncounter(db: WriteDb, encounterId: string, input: SignInput): void {
  const draft = requireDraft(db, encounterId);
  if (draft.revision !== input.revision) {
    throw new AppError(
      'CONFLICT',
      'The encounter changed while it was being signed. Check it, then sign again.',
    );
  }
  db.run(
    `UPDATE encounters SET status = 'signed', signed_at = ?, assessment = ?, engine_version = ?,
       revision = revision + 1, updated_at = ?
     WHERE id = ?`,
    db.now,
    JSON.stringify(input.assessment ?? null),
    input.engineVersion,
    db.now,
    encounterId,
  );
  db.audit({
    action: 'sign',
    entity: 'encounter',
    entityId: encounterId,
    changes: { revision: input.revision, engineVersion: input.engineVersion },
  });
}

export function addAddendum(
  db: WriteDb,
  encounterId: string,
  text: string,
  clinicianId: string,
): Addendum {
  assertWellFormed(text, 'addendum');
  const row = db.get<{ status: string }>('SELECT status FROM encounters WHERE id = ?', encounterId);
  if (!row) throw new AppError('NOT_FOUND', 'This encounter is not in the records.');
  if (row.status !== 'signed') {
    throw new AppError(
      'CONFLICT',
      'Addenda are for signed encounters; this one is still a draft, so edit it directly.',
    );
  }
  const clinician = db.get<{ name: string }>(
    'SELECT name FROM clinicians WHERE id = ?',
    clinicianId,
  );
  if (!clinician) throw new AppError('NOT_SIGNED_IN', 'Please sign in first.');
  const id = randomUUID();
  db.run(
    'INSERT INTO addenda (id, encounter_id, clinician_id, text, created_at) VALUES (?, ?, ?, ?, ?)',
    id,
    encounterId,
    clinicianId,
    text,
    db.now,
  );
  db.audit({
    action: 'addendum',
    entity: 'encounter',
    entityId: encounterId,
    changes: { id, text },
  });
  return toAddendum({
    id,
    encounter_id: encounterId,
    clinician_id: clinicianId,
    clinician_name: clinician.name,
    text,
    created_at: db.now,
  });
}
