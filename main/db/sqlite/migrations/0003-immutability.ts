// 0003: the database itself enforces what the app promises. A signed encounter, its test rows and
// addenda never change; the audit log is append-only. Signing (draft → signed) is the last update
// an encounter accepts. The RAISE messages carry codes that errors.ts maps to clear messages.
import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'immutability',
  up(db) {
    db.exec(`
      CREATE TRIGGER encounters_signed_no_update BEFORE UPDATE ON encounters
        WHEN old.status = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'SIGNED_READ_ONLY: a signed encounter cannot change');
      END;
      CREATE TRIGGER encounters_signed_no_delete BEFORE DELETE ON encounters
        WHEN old.status = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'SIGNED_READ_ONLY: a signed encounter cannot be deleted');
      END;
      CREATE TRIGGER encounters_born_draft BEFORE INSERT ON encounters
        WHEN new.status <> 'draft'
      BEGIN
        SELECT RAISE(ABORT, 'SIGNED_READ_ONLY: an encounter starts as a draft');
      END;

      CREATE TRIGGER encounter_tests_signed_no_insert BEFORE INSERT ON encounter_tests
        WHEN (SELECT status FROM encounters WHERE id = new.encounter_id) = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'SIGNED_READ_ONLY: a signed encounter cannot change');
      END;
      CREATE TRIGGER encounter_tests_signed_no_update BEFORE UPDATE ON encounter_tests
        WHEN (SELECT status FROM encounters WHERE id = old.encounter_id) = 'signed'
          OR (SELECT status FROM encounters WHERE id = new.encounter_id) = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'SIGNED_READ_ONLY: a signed encounter cannot change');
      END;
      CREATE TRIGGER encounter_tests_signed_no_delete BEFORE DELETE ON encounter_tests
        WHEN (SELECT status FROM encounters WHERE id = old.encounter_id) = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'SIGNED_READ_ONLY: a signed encounter cannot change');
      END;

      CREATE TRIGGER addenda_only_on_signed BEFORE INSERT ON addenda
        WHEN (SELECT status FROM encounters WHERE id = new.encounter_id) IS NOT 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'APPEND_ONLY: addenda are added to signed encounters');
      END;
      CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda BEGIN
        SELECT RAISE(ABORT, 'APPEND_ONLY: an addendum cannot change');
      END;
      CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda BEGIN
        SELECT RAISE(ABORT, 'APPEND_ONLY: an addendum cannot be deleted');
      END;

      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'APPEND_ONLY: the audit log cannot change');
      END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'APPEND_ONLY: the audit log cannot be deleted');
      END;

      CREATE TRIGGER letters_no_update BEFORE UPDATE ON letters BEGIN
        SELECT RAISE(ABORT, 'APPEND_ONLY: a letter record cannot change');
      END;
      CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters BEGIN
        SELECT RAISE(ABORT, 'APPEND_ONLY: a letter record cannot be deleted');
      END;
    `);
  },
};
