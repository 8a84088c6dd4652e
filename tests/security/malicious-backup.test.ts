// A malicious file opened as a backup (docs/security.md): the restore path must refuse anything that
// is not a whole HipSpine database, keep the current records, and never crash or answer INTERNAL.
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/db/sqlite/migrate';
import { startAppRuntime, type AppRuntime } from '../../main/runtime';

let dir = '';
let runtime: AppRuntime;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hipspine-malicious-'));
  runtime = await startAppRuntime({ dataDir: join(dir, 'data'), harness: true });
  const setup = await runtime.dispatch('auth:setup', {
    username: 'owner',
    name: 'Owner',
    profession: 'Physiotherapist',
    registration: 'PT-1',
    password: 'owner-password',
  });
  expect(setup.ok).toBe(true);
  const patient = await runtime.dispatch('patients:create', {
    givenName: 'Kept',
    familyName: 'Record',
    birthDate: '1990-01-01',
    sex: 'other',
  });
  expect(patient.ok).toBe(true);
});

afterAll(async () => {
  await runtime?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function sqliteFile(name: string, build: (db: Database.Database) => void): string {
  const path = join(dir, name);
  const db = new Database(path);
  build(db);
  db.close();
  return path;
}

describe('a malicious file opened as a backup', () => {
  it('is refused with a plain message, and the current records stay', async () => {
    const files = {
      notSqlite: join(dir, 'photo.sqlite3'),
      truncated: join(dir, 'truncated.sqlite3'),
      foreignDb: sqliteFile('foreign.sqlite3', (db) => db.exec('CREATE TABLE t (x)')),
      forgedFuture: sqliteFile('future.sqlite3', (db) => {
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma('user_version = 9999');
        db.exec('CREATE TABLE patients (x)');
      }),
      directory: dir,
      devNull: '/dev/null',
      traversal: join(dir, '..', '..', 'etc', 'passwd'),
    };
    writeFileSync(files.notSqlite, Buffer.from('\x89PNG\r\n\x1a\n' + 'x'.repeat(5000), 'latin1'));
    copyFileSync(files.foreignDb, files.truncated);
    writeFileSync(files.truncated, Buffer.from('SQLite format 3\0'.padEnd(600, '\0'), 'latin1'));

    for (const [label, path] of Object.entries(files)) {
      const result = await runtime.dispatch('db:restoreFromBackup', { path });
      expect(result.ok, label).toBe(false);
      if (!result.ok) {
        expect(result.error.code, label).not.toBe('INTERNAL');
        expect(result.error.message.length, label).toBeGreaterThan(10);
      }
    }
    const search = await runtime.dispatch('patients:search', { query: 'Record' });
    expect(search.ok && (search.value as unknown[]).length).toBe(1);
  });

  it('cannot be restored by someone who is not signed in while the records are fine', async () => {
    await runtime.dispatch('auth:lock', {});
    const result = await runtime.dispatch('db:restoreFromBackup', { path: join(dir, 'x.sqlite3') });
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await runtime.dispatch('auth:signIn', { username: 'owner', password: 'owner-password' });
  });

  // Found by this suite: application_id, user_version and integrity_check can all be forged, so a
  // real backup with an added trigger used to be accepted (and the trigger then ran with the app's
  // rights on every write). The restore check now compares the backup's sqlite_master with the
  // schema the migrations produce for its version (main/db/sqlite/schemaCheck.ts).
  const tampering: [string, RegExp, (db: Database.Database) => void][] = [
    [
      'an added trigger',
      /added trigger "evil"/,
      (db) =>
        db.exec('CREATE TRIGGER evil AFTER INSERT ON patients BEGIN DELETE FROM patients; END;'),
    ],
    [
      'an added view',
      /added view "everyone"/,
      (db) => db.exec('CREATE VIEW everyone AS SELECT given_name, family_name FROM patients'),
    ],
    [
      'an added column',
      /changed table "patients"/,
      (db) => db.exec("ALTER TABLE patients ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
    ],
    [
      'a table whose CHECK was edited in sqlite_master (integrity_check still passes)',
      /changed table "patients"/,
      (db) => {
        db.unsafeMode(true);
        db.pragma('writable_schema = ON');
        db.prepare('UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?').run(
          "CHECK (sex IN ('female', 'male', 'other', 'unknown'))",
          '',
          'patients',
        );
      },
    ],
    [
      'a dropped index',
      /missing index "patients_birth_date"/,
      (db) => db.exec('DROP INDEX patients_birth_date'),
    ],
    [
      'a dropped trigger that kept signed encounters read-only',
      /missing trigger "encounters_signed_no_update"/,
      (db) => db.exec('DROP TRIGGER encounters_signed_no_update'),
    ],
  ];

  it.each(tampering)(
    'refuses a real backup with %s, and the records stay',
    async (label, message, tamper) => {
      const backup = await runtime.dispatch('backup:create', {});
      expect(backup.ok).toBe(true);
      const evil = join(dir, `${label.replace(/\W+/g, '-')}.sqlite3`);
      copyFileSync((backup as { value: { path: string } }).value.path, evil);
      const db = new Database(evil);
      tamper(db);
      db.close();
      // The forgery keeps everything the old check looked at.
      const forged = new Database(evil, { readonly: true });
      expect(forged.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(forged.pragma('integrity_check', { simple: true })).toBe('ok');
      forged.close();

      const result = await runtime.dispatch('db:restoreFromBackup', { path: evil });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST', message: expect.stringMatching(message) },
      });
      expect(runtime.context.store.status().state).toBe('ok');
      const search = await runtime.dispatch('patients:search', { query: 'Record' });
      expect(search.ok && (search.value as unknown[]).length).toBe(1);
    },
  );

  it('restores the same backup untouched (the check refuses tampering, not backups)', async () => {
    const backup = await runtime.dispatch('backup:create', {});
    expect(backup.ok).toBe(true);
    const result = await runtime.dispatch('db:restoreFromBackup', {
      path: (backup as { value: { path: string } }).value.path,
    });
    expect(result.ok).toBe(true);
    // A restore ends the session (the accounts are the backup's): sign in again against them.
    const signIn = await runtime.dispatch('auth:signIn', {
      username: 'owner',
      password: 'owner-password',
    });
    expect(signIn.ok).toBe(true);
    const search = await runtime.dispatch('patients:search', { query: 'Record' });
    expect(search.ok && (search.value as unknown[]).length).toBe(1);
  });
});
