// Reading encounters back: the encounter row, its per-test-per-side rows and its addenda, mapped to
// the shared Encounter type. JSON columns are parsed as stored (JSON.parse keeps a `__proto__` key
// as an own property, so nothing a clinician typed can reach an object's prototype).
import type { RootLevel, TestId } from '../../../shared/clinical/ids';
import type {
  Addendum,
  Encounter,
  EncounterSummary,
  RecordSide,
  RedFlagScreen,
  SideResult,
  TestRecords,
} from '../../../shared/domain/encounter';
import type { BodyRegionId } from '../../../shared/domain/bodyChart';
import type { HistoryAnswers } from '../../../shared/domain/encounter';
import type { Urgency } from '../../../shared/clinical/ids';
import { AppError } from '../../../shared/ipc/result';
import type { ReadDb } from './connection';

export interface EncounterRow {
  id: string;
  patient_id: string;
  clinician_id: string;
  status: 'draft' | 'signed';
  started_at: string;
  updated_at: string;
  signed_at: string | null;
  revision: number;
  presenting_complaint: string;
  history: string;
  body_chart: string;
  pain_score: number | null;
  red_flags: string;
  plan: string;
  referral_recipient: string;
  referral_urgency: Urgency | null;
  referral_notes: string;
  assessment: string | null;
  engine_version: string | null;
}

interface TestRow {
  test_id: TestId;
  side: RecordSide;
  result: SideResult;
  value_deg: number | null;
  level: RootLevel | null;
  note: string | null;
  recorded_at: string;
}

interface AddendumRow {
  id: string;
  encounter_id: string;
  clinician_id: string;
  clinician_name: string;
  text: string;
  created_at: string;
}

export function getEncounter(db: ReadDb, id: string): Encounter | null {
  const row = db.get<EncounterRow>('SELECT * FROM encounters WHERE id = ?', id);
  if (!row) return null;
  const tests: TestRecords = {};
  for (const test of db.all<TestRow>(
    `SELECT test_id, side, result, value_deg, level, note, recorded_at
     FROM encounter_tests WHERE encounter_id = ?`,
    id,
  )) {
    const sides = (tests[test.test_id] ??= {});
    sides[test.side] = {
      result: test.result,
      valueDeg: test.value_deg,
      level: test.level,
      note: test.note,
      recordedAt: test.recorded_at,
    };
  }
  return {
    id: row.id,
    patientId: row.patient_id,
    clinicianId: row.clinician_id,
    status: row.status,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    revision: row.revision,
    presentingComplaint: row.presenting_complaint,
    history: JSON.parse(row.history) as HistoryAnswers,
    bodyChart: JSON.parse(row.body_chart) as BodyRegionId[],
    painScore: row.pain_score,
    redFlags: JSON.parse(row.red_flags) as RedFlagScreen,
    tests,
    plan: row.plan,
    referral: {
      recipient: row.referral_recipient,
      urgency: row.referral_urgency,
      notes: row.referral_notes,
    },
    assessmentSnapshot: row.assessment === null ? null : (JSON.parse(row.assessment) as unknown),
    engineVersion: row.engine_version,
    addenda: listAddenda(db, id),
  };
}

export function requireEncounter(db: ReadDb, id: string): Encounter {
  const encounter = getEncounter(db, id);
  if (!encounter) throw new AppError('NOT_FOUND', 'This encounter is not in the records.');
  return encounter;
}

export function listAddenda(db: ReadDb, encounterId: string): Addendum[] {
  return db
    .all<AddendumRow>(
      `SELECT a.id, a.encounter_id, a.clinician_id, c.name AS clinician_name, a.text, a.created_at
       FROM addenda a JOIN clinicians c ON c.id = a.clinician_id
       WHERE a.encounter_id = ? ORDER BY a.created_at, a.rowid`,
      encounterId,
    )
    .map(toAddendum);
}

export function toAddendum(row: AddendumRow): Addendum {
  return {
    id: row.id,
    encounterId: row.encounter_id,
    clinicianId: row.clinician_id,
    clinicianName: row.clinician_name,
    text: row.text,
    createdAt: row.created_at,
  };
}

const SUMMARY_SELECT = `
  SELECT e.id, e.patient_id, p.given_name || ' ' || p.family_name AS patient_name, e.status,
         e.started_at, e.signed_at,
         json_extract(e.assessment, '$.verdict.primary_source') AS verdict
  FROM encounters e JOIN patients p ON p.id = e.patient_id`;

interface SummaryRow {
  id: string;
  patient_id: string;
  patient_name: string;
  status: 'draft' | 'signed';
  started_at: string;
  signed_at: string | null;
  verdict: string | null;
}

function toSummary(row: SummaryRow): EncounterSummary {
  return {
    id: row.id,
    patientId: row.patient_id,
    patientName: row.patient_name,
    status: row.status,
    startedAt: row.started_at,
    signedAt: row.signed_at,
    verdict: typeof row.verdict === 'string' ? row.verdict : null,
  };
}

export function listForPatient(db: ReadDb, patientId: string): EncounterSummary[] {
  return db
    .all<SummaryRow>(
      `${SUMMARY_SELECT} WHERE e.patient_id = ? ORDER BY e.started_at DESC, e.rowid DESC`,
      patientId,
    )
    .map(toSummary);
}

export function listRecent(db: ReadDb, limit: number): EncounterSummary[] {
  return db
    .all<SummaryRow>(`${SUMMARY_SELECT} ORDER BY e.started_at DESC LIMIT ?`, limit)
    .map(toSummary);
}
