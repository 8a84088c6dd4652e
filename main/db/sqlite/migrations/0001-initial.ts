// 0001: the core record tables. STRICT tables and foreign keys throughout; times are ISO-8601 UTC
// text, JSON columns hold the parts of an encounter that are shaped by the clinical catalogue.
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE clinicians (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL COLLATE NOCASE UNIQUE,
        name TEXT NOT NULL,
        profession TEXT NOT NULL,
        registration TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Kept apart from clinicians so that listing clinicians never reads a hash.
      CREATE TABLE clinician_credentials (
        clinician_id TEXT PRIMARY KEY REFERENCES clinicians(id),
        password_hash TEXT NOT NULL,
        salt TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- pk is a stable integer key for the search index (a plain rowid may change on VACUUM).
      CREATE TABLE patients (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        given_name TEXT NOT NULL,
        family_name TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
        identifier TEXT,
        contact TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX patients_birth_date ON patients(birth_date);

      CREATE TABLE encounters (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        clinician_id TEXT NOT NULL REFERENCES clinicians(id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_at TEXT,
        revision INTEGER NOT NULL DEFAULT 0,
        presenting_complaint TEXT NOT NULL DEFAULT '',
        history TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(history)),
        body_chart TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(body_chart)),
        pain_score INTEGER CHECK (pain_score BETWEEN 0 AND 10),
        red_flags TEXT NOT NULL DEFAULT '{"answers":{},"actions":{}}' CHECK (json_valid(red_flags)),
        plan TEXT NOT NULL DEFAULT '',
        referral_recipient TEXT NOT NULL DEFAULT '',
        referral_urgency TEXT,
        referral_notes TEXT NOT NULL DEFAULT '',
        assessment TEXT CHECK (assessment IS NULL OR json_valid(assessment)),
        engine_version TEXT,
        CHECK ((status = 'signed') = (signed_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX encounters_patient ON encounters(patient_id, started_at);
      CREATE INDEX encounters_started ON encounters(started_at);

      -- One row per test and side, as the clinician records it.
      CREATE TABLE encounter_tests (
        encounter_id TEXT NOT NULL REFERENCES encounters(id),
        test_id TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'midline')),
        result TEXT NOT NULL CHECK (result IN ('positive', 'negative', 'skipped')),
        value_deg REAL,
        level TEXT,
        note TEXT,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (encounter_id, test_id, side)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE addenda (
        id TEXT PRIMARY KEY,
        encounter_id TEXT NOT NULL REFERENCES encounters(id),
        clinician_id TEXT NOT NULL REFERENCES clinicians(id),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX addenda_encounter ON addenda(encounter_id, created_at);

      CREATE TABLE letters (
        id TEXT PRIMARY KEY,
        encounter_id TEXT NOT NULL REFERENCES encounters(id),
        clinician_id TEXT NOT NULL,
        recipient TEXT NOT NULL,
        urgency TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        page_count INTEGER NOT NULL,
        pdf BLOB
      ) STRICT;
      CREATE INDEX letters_encounter ON letters(encounter_id, created_at);

      -- Append-only; each row carries the hash of the one before (see audit.ts). No secondary
      -- index: every autosave appends here, and an index would add a page write to each commit;
      -- listing by entity is rare and may scan.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        changes TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
  },
};
