// The schema check (main/db/sqlite/schemaCheck.ts): a file must hold exactly the objects our
// migrations make for its version. Backups of every version pass; a live file changed by another
// tool opens as 'corrupt' and is neither migrated nor written to.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkBackupFile } from '../../../main/db/sqlite/backup';
import { migrate } from '../../../main/db/sqlite/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../../main/db/sqlite/migrations';
import { openStore } from '../../../main/db/sqlite/open';
import {
  compareSchema,
  describeDifferences,
  expectedSchema,
  normaliseSql,
  readSchema,
} from '../../../main/db/sqlite/schemaCheck';
import { seed, tempDir, tempStore, type TempStore } from './tempStore';

const clock = () => new Date('2025-03-01T10:00:00.000Z');
let current: TempStore | null = null;
const dirs: string[] = [];

afterEach(async () => {
  await current?.cleanup();
  current = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fileAtVersion(version: number): string {
  const dir = tempDir();
  dirs.push(dir);
  const file = join(dir, `v${version}.sqlite3`);
  const db = new Database(file);
  migrate(db, MIGRATIONS, version);
  db.close();
  return file;
}

describe('the expected schema', () => {
  it('is built from the migrations for each version, and grows with them', () => {
    expect(expectedSchema(0)).toEqual([]);
    const sizes = MIGRATIONS.map((m) => expectedSchema(m.version).length);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]!);
    const latest = expectedSchema(LATEST_VERSION);
    expect(latest.filter((o) => o.type === 'trigger').length).toBeGreaterThan(10);
    expect(latest).toContainEqual(expect.objectContaining({ type: 'index', sql: null }));
    expect(() => expectedSchema(LATEST_VERSION + 1)).toThrow(RangeError);
  });

  it('matches a file migrated step by step with records in it (ALTER TABLE included)', async () => {
    const file = fileAtVersion(1);
    const db = new Database(file);
    db.prepare(
      `INSERT INTO patients (id, given_name, family_name, birth_date, sex, created_at, updated_at)
       VALUES ('p1', 'Zoltán', 'Kovács', '1962-05-17', 'male', 't', 't')`,
    ).run();
    db.close();
    const store = await openStore({ file, clock });
    expect(store.status().state).toBe('ok');
    await store.close();
    const reopened = new Database(file, { readonly: true });
    expect(compareSchema(readSchema(reopened), expectedSchema(LATEST_VERSION))).toEqual([]);
    reopened.close();
  });

  it('accepts a backup of every version, and refuses one whose version was forged', () => {
    for (const migration of MIGRATIONS) {
      const file = fileAtVersion(migration.version);
      expect(checkBackupFile(file), `v${migration.version}`).toMatchObject({
        ok: true,
        schemaVersion: migration.version,
      });
    }
    const forged = fileAtVersion(LATEST_VERSION);
    const db = new Database(forged);
    db.pragma('user_version = 1');
    db.close();
    expect(checkBackupFile(forged).problem).toMatch(/changed outside the app \(an added table/);
  });
});

describe('comparing schemas', () => {
  it('ignores indentation only', () => {
    expect(normaliseSql('CREATE TABLE t (\n  a INT,\n\tb TEXT\n)')).toBe(
      'CREATE TABLE t ( a INT, b TEXT )',
    );
    expect(normaliseSql(null)).toBeNull();
  });

  it('names at most three differences, and never a name that is not a plain identifier', () => {
    const expected = [{ type: 'table', name: 't', tbl_name: 't', sql: 'CREATE TABLE t (a)' }];
    const actual = [
      { type: 'table', name: 't', tbl_name: 't', sql: 'CREATE TABLE t (a, b)' },
      { type: 'trigger', name: 'Zoltán Kovács 1962-05-17', tbl_name: 't', sql: 'x' },
      { type: 'view', name: 'v1', tbl_name: 'v1', sql: 'x' },
      { type: 'view', name: 'v2', tbl_name: 'v2', sql: 'x' },
      { type: 'weird', name: 'w', tbl_name: 'w', sql: 'x' },
    ];
    const differences = compareSchema(actual, expected);
    expect(differences.map((d) => d.kind)).toEqual(['altered', 'extra', 'extra', 'extra', 'extra']);
    const text = describeDifferences(differences);
    expect(text).toBe('a changed table "t", an added trigger, an added view "v1" and 2 more');
    expect(text).not.toMatch(/Zolt|Kov|1962/);
  });
});

describe('the live records file', () => {
  it('opens as corrupt when another tool added a trigger, and is left as it was', async () => {
    current = await tempStore();
    await seed(current.store);
    await current.store.close();
    const db = new Database(current.file);
    db.exec('CREATE TRIGGER evil AFTER INSERT ON audit_log BEGIN DELETE FROM patients; END;');
    db.close();
    const before = readFileSync(current.file);
    const store = await openStore({ file: current.file, clock });
    expect(store.status()).toMatchObject({
      state: 'corrupt',
      message: expect.stringMatching(/changed by another program.*backup/),
    });
    await expect(store.patients.search('kovacs', 5)).rejects.toMatchObject({
      code: 'DATABASE_CORRUPT',
    });
    await store.close();
    expect(readFileSync(current.file).equals(before)).toBe(true);
  });

  it('opens when ANALYZE made sqlite_stat1/4 (they only steers the query planner)', async () => {
    current = await tempStore();
    await seed(current.store);
    current.store.rawDatabase.exec('ANALYZE');
    await current.store.close();
    const store = await openStore({ file: current.file, clock });
    expect(store.status().state).toBe('ok');
    expect(await store.patients.search('kovacs', 5)).toHaveLength(1);
    await store.close();
  });

  it('runs with trusted_schema off, and the app’s own triggers and FTS index still work', async () => {
    current = await tempStore();
    expect(current.store.rawDatabase.pragma('trusted_schema', { simple: true })).toBe(0);
    await seed(current.store);
    expect(await current.store.patients.search('kov', 5)).toHaveLength(1);
  });
});
