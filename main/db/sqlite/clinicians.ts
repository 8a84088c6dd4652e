// Clinicians and their credentials. Hashing and lock-out policy live in main/auth; this file only
// stores what it is given. Hashes never appear in the audit log.
import { randomUUID } from 'node:crypto';
import type { Clinician } from '../../../shared/domain/clinician';
import { AppError } from '../../../shared/ipc/result';
import type { Credentials, NewClinicianRecord } from '../store';
import { assertWellFormed, type ReadDb, type WriteDb } from './connection';

interface ClinicianRow {
  id: string;
  username: string;
  name: string;
  profession: string;
  registration: string;
  created_at: string;
}

const COLUMNS = 'id, username, name, profession, registration, created_at';

function toClinician(row: ClinicianRow): Clinician {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    profession: row.profession,
    registration: row.registration,
    createdAt: row.created_at,
  };
}

export function countClinicians(db: ReadDb): number {
  return db.get<{ n: number }>('SELECT count(*) AS n FROM clinicians')?.n ?? 0;
}

export function createClinician(db: WriteDb, input: NewClinicianRecord): Clinician {
  assertWellFormed(input, 'clinician record');
  if (db.get('SELECT 1 FROM clinicians WHERE username = ?', input.username)) {
    throw new AppError('CONFLICT', 'This username is taken; choose another.');
  }
  const id = randomUUID();
  db.run(
    `INSERT INTO clinicians (id, username, name, profession, registration, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
    id,
    input.username,
    input.name,
    input.profession,
    input.registration,
    db.now,
  );
  db.run(
    `INSERT INTO clinician_credentials (clinician_id, password_hash, salt, updated_at)
     VALUES (?, ?, ?, ?)`,
    id,
    input.passwordHash,
    input.salt,
    db.now,
  );
  db.audit({
    action: 'create',
    entity: 'clinician',
    entityId: id,
    changes: {
      username: input.username,
      name: input.name,
      profession: input.profession,
      registration: input.registration,
    },
  });
  return {
    id,
    username: input.username,
    name: input.name,
    profession: input.profession,
    registration: input.registration,
    createdAt: db.now,
  };
}

export function getClinician(db: ReadDb, id: string): Clinician | null {
  const row = db.get<ClinicianRow>(`SELECT ${COLUMNS} FROM clinicians WHERE id = ?`, id);
  return row ? toClinician(row) : null;
}

export function getClinicianByUsername(db: ReadDb, username: string): Clinician | null {
  const row = db.get<ClinicianRow>(
    `SELECT ${COLUMNS} FROM clinicians WHERE username = ?`,
    username,
  );
  return row ? toClinician(row) : null;
}

export function listClinicians(db: ReadDb): Clinician[] {
  return db
    .all<ClinicianRow>(`SELECT ${COLUMNS} FROM clinicians ORDER BY name, username`)
    .map(toClinician);
}

export function getCredentials(db: ReadDb, clinicianId: string): Credentials | null {
  const row = db.get<{
    clinician_id: string;
    password_hash: string;
    salt: string;
    failed_attempts: number;
    locked_until: string | null;
  }>('SELECT * FROM clinician_credentials WHERE clinician_id = ?', clinicianId);
  if (!row) return null;
  return {
    clinicianId: row.clinician_id,
    passwordHash: row.password_hash,
    salt: row.salt,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until,
  };
}

export function updatePassword(
  db: WriteDb,
  clinicianId: string,
  next: { passwordHash: string; salt: string },
): void {
  const result = db.run(
    `UPDATE clinician_credentials SET password_hash = ?, salt = ?, failed_attempts = 0,
       locked_until = NULL, updated_at = ? WHERE clinician_id = ?`,
    next.passwordHash,
    next.salt,
    db.now,
    clinicianId,
  );
  if (result.changes === 0) throw new AppError('NOT_FOUND', 'This clinician is not registered.');
  db.audit({
    action: 'change_password',
    entity: 'clinician',
    entityId: clinicianId,
    changes: { fields: ['password'] },
  });
}

export function recordFailedAttempt(
  db: WriteDb,
  clinicianId: string,
  lockedUntil: string | null,
): number {
  const row = db.get<{ failed_attempts: number }>(
    `UPDATE clinician_credentials SET failed_attempts = failed_attempts + 1,
       locked_until = coalesce(?, locked_until), updated_at = ?
     WHERE clinician_id = ? RETURNING failed_attempts`,
    lockedUntil,
    db.now,
    clinicianId,
  );
  if (!row) throw new AppError('NOT_FOUND', 'This clinician is not registered.');
  db.audit({
    action: 'sign_in_failed',
    entity: 'clinician',
    entityId: clinicianId,
    changes: { failedAttempts: row.failed_attempts, lockedUntil },
  });
  return row.failed_attempts;
}

export function resetFailedAttempts(db: WriteDb, clinicianId: string): void {
  const result = db.run(
    `UPDATE clinician_credentials SET failed_attempts = 0, locked_until = NULL, updated_at = ?
     WHERE clinician_id = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)`,
    db.now,
    clinicianId,
  );
  if (result.changes > 0) {
    db.audit({ action: 'sign_in_attempts_reset', entity: 'clinician', entityId: clinicianId });
  }
}
