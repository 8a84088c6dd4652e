// Fixtures for bench/records.ts: 100,000 patients or encounters written fast (one transaction,
// prepared statements) straight into a migrated records file, shaped like real ones: accented
// names, identifiers, per-side test rows, JSON history, signed snapshots and audit rows.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { auditRowHash, GENESIS_HASH } from '../main/db/sqlite/audit';
import { patientSearchText } from '../main/db/searchText';

const GIVEN = [
  'Anna',
  'Zoltán',
  'José',
  'Łucja',
  'Søren',
  'Mária',
  'Oliver',
  'Amelia',
  'Mohammed',
  'Aoife',
  'Björn',
  'Chloé',
  'Dmitri',
  'Emeka',
  'Fatima',
  'Grzegorz',
  'Hannah',
  'Ingrid',
  'Jürgen',
  'Kateřina',
  'Liam',
  'Noémie',
  'Oğuz',
  'Priya',
  'Rhys',
  'Siobhán',
  'Tomás',
  'Ulla',
  'Véronique',
  'Wojciech',
];
const FAMILY = [
  'Kowalska',
  'Kovács',
  "O'Neill",
  'García',
  'Smith',
  'Jones',
  'Nguyen',
  'Müller',
  'Dubois',
  'Rossi',
  'Novák',
  'Andersson',
  'Jensen',
  'Popescu',
  'Horváth',
  'Papadopoulos',
  'Yılmaz',
  'Ivanova',
  'Costa',
  'Silva',
  'Murphy',
  'Walsh',
  'Byrne',
  'Taylor',
  'Brown',
  'Wilson',
  'Evans',
  'Thomas',
  'Roberts',
  'Lewis',
];

/** A deterministic pseudo-random sequence, so every run builds the same fixtures. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface FixturePatient {
  givenName: string;
  familyName: string;
  birthDate: string;
  identifier: string;
}

export function fixturePatient(i: number, random: () => number): FixturePatient {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  // Suffixes make 100k distinct names from the lists while keeping them realistic to type.
  const family = `${pick(FAMILY)}${i % 7 === 0 ? '' : `-${pick(FAMILY)}`}`;
  const year = 1930 + Math.floor(random() * 90);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  return {
    givenName: pick(GIVEN),
    familyName: family,
    birthDate: `${year}-${month}-${day}`,
    identifier: String(4_000_000_000 + i * 7919),
  };
}

export function insertPatients(db: Database.Database, count: number, seed = 1): string[] {
  const random = seeded(seed);
  const ids: string[] = [];
  const at = '2025-01-01T00:00:00.000Z';
  const insert = db.prepare(
    `INSERT INTO patients (id, given_name, family_name, birth_date, sex, identifier, contact,
       created_at, updated_at, search_text) VALUES (?, ?, ?, ?, 'female', ?, NULL, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const p = fixturePatient(i, random);
      const id = randomUUID();
      insert.run(
        id,
        p.givenName,
        p.familyName,
        p.birthDate,
        p.identifier,
        at,
        at,
        patientSearchText(p),
      );
      ids.push(id);
    }
  })();
  return ids;
}

const TESTS = ['fadir', 'faber_groin', 'slr', 'slump', 'hip_ir_rom', 'thigh_thrust', 'gaenslen'];

/**
 * `count` encounters over `patients` patients: four test sides each, history JSON, 80% signed with
 * an assessment snapshot, and an audit chain of three rows per encounter (start, change, sign).
 */
export function insertEncounters(
  db: Database.Database,
  count: number,
  patientIds: readonly string[],
  clinicianId: string,
): void {
  const random = seeded(2);
  const at = '2025-02-01T09:00:00.000Z';
  const history = JSON.stringify({
    agg_walking: true,
    loc_buttock: true,
    morning_stiffness_minutes: 20,
  });
  const snapshot = JSON.stringify({
    engine_version: '1.0.0',
    verdict: { primary_source: 'hip_joint', urgency: 'none' },
    sources: [
      { id: 'hip_joint', probability: 0.81, evidence: [{ finding: 'hip_ir_rom', lr: 2.6 }] },
    ],
  });
  const encounter = db.prepare(
    `INSERT INTO encounters (id, patient_id, clinician_id, status, started_at, updated_at, revision,
       presenting_complaint, history, plan) VALUES (?, ?, ?, 'draft', ?, ?, 4, ?, ?, ?)`,
  );
  const sign = db.prepare(
    `UPDATE encounters SET status = 'signed', signed_at = ?, assessment = ?, engine_version = '1.0.0'
     WHERE id = ?`,
  );
  const test = db.prepare(
    `INSERT INTO encounter_tests (encounter_id, test_id, side, result, value_deg, level, note, recorded_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const audit = db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, changes, prev_hash, hash)
     VALUES (?, ?, ?, ?, 'encounter', ?, ?, ?, ?)`,
  );
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  let seq = last?.seq ?? 0;
  let prev = last?.hash ?? GENESIS_HASH;
  const appendAudit = (action: string, entityId: string, changes: string) => {
    seq++;
    const row = {
      seq,
      at,
      actor: clinicianId,
      action,
      entity: 'encounter',
      entity_id: entityId,
      changes,
      prev_hash: prev,
    };
    prev = auditRowHash(row);
    audit.run(seq, at, clinicianId, action, entityId, changes, row.prev_hash, prev);
  };
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const patientId = patientIds[i % patientIds.length] as string;
      encounter.run(
        id,
        patientId,
        clinicianId,
        at,
        at,
        'Buttock pain for 6 weeks, worse sitting',
        history,
        'Exercises; review in 2 weeks',
      );
      for (let k = 0; k < 4; k++) {
        const testId = TESTS[(i + k) % TESTS.length] as string;
        const side = k % 2 === 0 ? 'left' : 'right';
        test.run(
          id,
          testId,
          side,
          random() < 0.4 ? 'positive' : 'negative',
          testId === 'hip_ir_rom' ? 20 : null,
          k === 0 ? 'familiar pain' : null,
          at,
        );
      }
      appendAudit('start', id, `{"patientId":"${patientId}"}`);
      appendAudit('change', id, '{"kind":"fields","plan":"Exercises; review in 2 weeks"}');
      if (i % 5 !== 0) {
        sign.run(at, snapshot, id);
        appendAudit('sign', id, '{"engineVersion":"1.0.0","revision":4}');
      }
    }
  })();
}
