// Patients: create, read, and search as you type through the FTS5 index of migration 0002.
import { randomUUID } from 'node:crypto';
import type { Patient } from '../../../shared/domain/patient';
import { AppError } from '../../../shared/ipc/result';
import { parsePatientQuery, patientSearchText } from '../searchText';
import type { PatientInput } from '../store';
import { assertWellFormed, type ReadDb, type WriteDb } from './connection';

export interface PatientRow {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  sex: Patient['sex'];
  identifier: string | null;
  contact: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS =
  'p.id, p.given_name, p.family_name, p.birth_date, p.sex, p.identifier, p.contact, p.created_at, p.updated_at';

export function toPatient(row: PatientRow): Patient {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    sex: row.sex,
    identifier: row.identifier,
    contact: row.contact,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createPatient(db: WriteDb, input: PatientInput): Patient {
  assertWellFormed(input, 'patient record');
  const id = randomUUID();
  db.run(
    `INSERT INTO patients (id, given_name, family_name, birth_date, sex, identifier, contact,
       created_at, updated_at, search_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    id,
    input.givenName,
    input.familyName,
    input.birthDate,
    input.sex,
    input.identifier,
    input.contact,
    db.now,
    db.now,
    patientSearchText(input),
  );
  db.audit({ action: 'create', entity: 'patient', entityId: id, changes: input });
  return { id, ...input, createdAt: db.now, updatedAt: db.now };
}

export function getPatient(db: ReadDb, id: string): Patient | null {
  const row = db.get<PatientRow>(`SELECT ${COLUMNS} FROM patients p WHERE p.id = ?`, id);
  return row ? toPatient(row) : null;
}

export function requirePatient(db: ReadDb, id: string): Patient {
  const patient = getPatient(db, id);
  if (!patient) throw new AppError('NOT_FOUND', 'This patient is not in the records.');
  return patient;
}

/** Every word must start a word of the name or identifier; a typed date must be the birth date. */
export function searchPatients(db: ReadDb, query: string, limit: number): Patient[] {
  const { words, birthDate } = parsePatientQuery(query);
  if (words.length === 0 && birthDate === null) return [];
  if (words.length === 0) {
    return db
      .all<PatientRow>(
        `SELECT ${COLUMNS} FROM patients p WHERE p.birth_date = ?
         ORDER BY p.family_name, p.given_name LIMIT ?`,
        birthDate,
        limit,
      )
      .map(toPatient);
  }
  // No ORDER BY in SQL: ranking every match of a one-letter prefix among 100k patients costs
  // ~15 ms, so the index hands over its first candidates (it stops early) and they are ranked here.
  const rows = db.all<PatientRow>(
    `SELECT ${COLUMNS} FROM patient_search s JOIN patients p ON p.pk = s.rowid
     WHERE patient_search MATCH ? AND (? IS NULL OR p.birth_date = ?)
     LIMIT ?`,
    matchExpression(words),
    birthDate,
    birthDate,
    Math.max(limit, CANDIDATES),
  );
  return rankPatients(rows.map(toPatient), words).slice(0, limit);
}

/** How many index matches are ranked; past this, the clinician is still typing. */
const CANDIDATES = 100;
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Whole-word matches first (typing "ann" prefers Ann to Anna), then by family and given name. */
export function rankPatients(patients: Patient[], words: readonly string[]): Patient[] {
  const wholeWords = (patient: Patient) => {
    const own = new Set(patientSearchText(patient).split(' '));
    return words.filter((word) => own.has(word)).length;
  };
  return patients
    .map((patient) => ({ patient, score: wholeWords(patient) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        collator.compare(a.patient.familyName, b.patient.familyName) ||
        collator.compare(a.patient.givenName, b.patient.givenName),
    )
    .map((entry) => entry.patient);
}

/**
 * FTS5 query: each folded word as a quoted prefix, all required. An identifier typed in pieces
 * ("943 476 5919") also matches its stored compact form.
 */
export function matchExpression(words: readonly string[]): string {
  const all = words.map((word) => `"${word}"*`).join(' AND ');
  if (words.length > 1 && words.every((word) => /^[0-9a-z]+$/.test(word) && /\d/.test(word))) {
    return `(${all}) OR "${words.join('')}"*`;
  }
  return all;
}
