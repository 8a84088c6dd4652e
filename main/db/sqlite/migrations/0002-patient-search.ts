// 0002: the patient search index. `search_text` holds folded names and identifier (computed in
// TypeScript by searchText.ts, so the index needs no custom SQL function and the file stays usable
// by any SQLite tool); an FTS5 table indexes it with word-prefix support, kept in step by triggers.
import type { Migration } from './types';
import { patientSearchText } from '../../searchText';

export const migration0002: Migration = {
  version: 2,
  name: 'patient-search',
  up(db) {
    db.exec(`ALTER TABLE patients ADD COLUMN search_text TEXT NOT NULL DEFAULT ''`);
    // Patients stored before this version get their search text first, then the index is built
    // from it in one go (before the triggers exist, so nothing is indexed twice).
    const rows = db
      .prepare('SELECT pk, given_name, family_name, identifier FROM patients')
      .all() as {
      pk: number;
      given_name: string;
      family_name: string;
      identifier: string | null;
    }[];
    const update = db.prepare('UPDATE patients SET search_text = ? WHERE pk = ?');
    for (const row of rows) {
      const text = patientSearchText({
        givenName: row.given_name,
        familyName: row.family_name,
        identifier: row.identifier,
      });
      update.run(text, row.pk);
    }
    db.exec(`
      CREATE VIRTUAL TABLE patient_search USING fts5(
        search_text,
        content = 'patients',
        content_rowid = 'pk',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );
      INSERT INTO patient_search(patient_search) VALUES ('rebuild');

      CREATE TRIGGER patients_search_insert AFTER INSERT ON patients BEGIN
        INSERT INTO patient_search(rowid, search_text) VALUES (new.pk, new.search_text);
      END;
      CREATE TRIGGER patients_search_delete AFTER DELETE ON patients BEGIN
        INSERT INTO patient_search(patient_search, rowid, search_text)
          VALUES ('delete', old.pk, old.search_text);
      END;
      CREATE TRIGGER patients_search_update AFTER UPDATE OF search_text ON patients BEGIN
        INSERT INTO patient_search(patient_search, rowid, search_text)
          VALUES ('delete', old.pk, old.search_text);
        INSERT INTO patient_search(rowid, search_text) VALUES (new.pk, new.search_text);
      END;
    `);
  },
};
