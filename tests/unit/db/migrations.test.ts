// Each migration is tested from a database holding data at the version before it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ID, migrate, schemaVersion } from '../../../main/db/sqlite/migrate';
import { MIGRATIONS } from '../../../main/db/sqlite/migrations';
import { tempDir } from './tempStore';

let dir: string;
let db: Database.Database;

beforeEach(() => {
  dir = tempDir();
  db = new Database(join(dir, 'm.sqlite3'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const T = '2025-01-01T00:00:00.000Z';

function insertV1Records(): void {
  db.prepare(
    `INSERT INTO clinicians (id, username, name, profession, registration, created_at)
     VALUES ('c1', 'asmith', 'Alex Smith', 'Physiotherapist', 'PH1', ?)`,
  ).run(T);
  db.prepare(
    `INSERT INTO patients (id, given_name, family_name, birth_date, sex, created_at, updated_at)
     VALUES ('p1', 'Zoltán', 'Kovács', '1962-05-17', 'male', ?, ?),
            ('p2', 'Anna', 'Kowalska', '1980-02-01', 'female', ?, ?)`,
  ).run(T, T, T, T);
  db.prepare(
    `INSERT INTO encounters (id, patient_id, clinician_id, status, started_at, updated_at)
     VALUES ('e1', 'p1', 'c1', 'draft', ?, ?), ('e2', 'p2', 'c1', 'draft', ?, ?)`,
  ).run(T, T, T, T);
  db.prepare(
    `INSERT INTO encounter_tests (encounter_id, test_id, side, result, recorded_at)
     VALUES ('e1', 'fadir', 'left', 'positive', ?), ('e2', 'slr', 'right', 'negative', ?)`,
  ).run(T, T);
}

describe('migration 0001 (initial)', () => {
  it('creates strict tables with foreign keys and marks the file as ours', () => {
    expect(schemaVersion(db)).toBe(0);
    migrate(db, MIGRATIONS, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    insertV1Records();
    // STRICT: a number where text belongs is refused, not coerced.
    expect(() =>
      db.prepare("UPDATE encounters SET pain_score = 'eleven' WHERE id = 'e1'").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    // Foreign keys: an encounter needs its patient.
    expect(() =>
      db
        .prepare(
          `INSERT INTO encounters (id, patient_id, clinician_id, status, started_at, updated_at)
           VALUES ('e9', 'nobody', 'c1', 'draft', ?, ?)`,
        )
        .run(T, T),
    ).toThrow(/FOREIGN KEY/);
  });

  it('rolls back a failing migration whole, leaving user_version where it was', () => {
    migrate(db, MIGRATIONS, 1);
    const broken = {
      version: 2,
      name: 'broken',
      up: (d: Database.Database) => {
        d.exec('CREATE TABLE half_done (x TEXT) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [MIGRATIONS[0]!, broken])).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    expect(
      db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'half_done'").get(),
    ).toBeUndefined();
  });
});

describe('migration 0002 (patient search)', () => {
  it('indexes patients stored at version 1 so they are found by partial, accent-free names', () => {
    migrate(db, MIGRATIONS, 1);
    insertV1Records();
    migrate(db, MIGRATIONS, 2);
    expect(schemaVersion(db)).toBe(2);
    const find = (q: string) =>
      db
        .prepare(
          `SELECT p.id FROM patient_search s JOIN patients p ON p.pk = s.rowid
           WHERE patient_search MATCH ? ORDER BY p.id`,
        )
        .all(q)
        .map((r) => (r as { id: string }).id);
    expect(find('"zolt"*')).toEqual(['p1']);
    expect(find('"kow"* AND "an"*')).toEqual(['p2']);
    expect(find('"ko"*')).toEqual(['p1', 'p2']);
    // The encounters of version 1 are untouched.
    expect(db.prepare('SELECT count(*) AS n FROM encounter_tests').get()).toEqual({ n: 2 });
  });
});

describe('migration 0003 (immutability)', () => {
  it('freezes encounters signed at version 2, and makes the audit log append-only', () => {
    migrate(db, MIGRATIONS, 2);
    insertV1Records();
    db.prepare(
      "UPDATE encounters SET status = 'signed', signed_at = ?, assessment = '{}' WHERE id = 'e1'",
    ).run(T);
    db.prepare(
      `INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, changes, prev_hash, hash)
       VALUES (1, ?, 'c1', 'sign', 'encounter', 'e1', 'null', '0', 'h')`,
    ).run(T);
    migrate(db, MIGRATIONS, 3);
    expect(schemaVersion(db)).toBe(3);

    expect(() => db.prepare("UPDATE encounters SET plan = 'x' WHERE id = 'e1'").run()).toThrow(
      /SIGNED_READ_ONLY/,
    );
    expect(() => db.prepare("DELETE FROM encounters WHERE id = 'e1'").run()).toThrow(
      /SIGNED_READ_ONLY/,
    );
    expect(() =>
      db.prepare("UPDATE encounter_tests SET result = 'negative' WHERE encounter_id = 'e1'").run(),
    ).toThrow(/SIGNED_READ_ONLY/);
    expect(() => db.prepare("DELETE FROM encounter_tests WHERE encounter_id = 'e1'").run()).toThrow(
      /SIGNED_READ_ONLY/,
    );
    expect(() =>
      db
        .prepare(
          `INSERT INTO encounter_tests (encounter_id, test_id, side, result, recorded_at)
           VALUES ('e1', 'slr', 'left', 'negative', ?)`,
        )
        .run(T),
    ).toThrow(/SIGNED_READ_ONLY/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/APPEND_ONLY/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/APPEND_ONLY/);

    // The draft from version 2 still takes changes.
    db.prepare("UPDATE encounters SET plan = 'rest' WHERE id = 'e2'").run();
    db.prepare("DELETE FROM encounter_tests WHERE encounter_id = 'e2'").run();
    expect(db.prepare("SELECT plan FROM encounters WHERE id = 'e2'").get()).toEqual({
      plan: 'rest',
    });
  });
});
