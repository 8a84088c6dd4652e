import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../../main/db/sqlite/open';
import { LATEST_VERSION } from '../../../main/db/sqlite/migrations';
import { tempDir, tempStore, type TempStore } from './tempStore';

const clock = () => new Date('2025-03-01T10:00:00.000Z');
let current: TempStore | null = null;

afterEach(async () => {
  await current?.cleanup();
  current = null;
});

describe('openStore', () => {
  it('creates a new database with durable pragmas, the latest schema and quick_check passed', async () => {
    current = await tempStore();
    const db = current.store.rawDatabase;
    expect(current.store.status().state).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const strict = db
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'patient_search%'",
      )
      .all();
    expect(strict).toEqual([]);
  });

  it('reports a file that is not SQLite as corrupt and leaves it untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'hipspine.sqlite3');
    writeFileSync(file, 'this is not a database, but it is someone’s file');
    const before = readFileSync(file);
    const store = await openStore({ file, clock });
    expect(store.status().state).toBe('corrupt');
    expect(store.status().message).toMatch(/backup/);
    await expect(store.patients.search('a', 5)).rejects.toMatchObject({ code: 'DATABASE_CORRUPT' });
    expect(readFileSync(file).equals(before)).toBe(true);
    await store.close();
  });

  it('reports another program’s SQLite file as unreadable, without migrating it', async () => {
    const dir = tempDir();
    const file = join(dir, 'other.sqlite3');
    const other = new Database(file);
    other.exec('CREATE TABLE notes (x TEXT)');
    other.close();
    const store = await openStore({ file, clock });
    expect(store.status().state).toBe('unreadable');
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    check.close();
  });

  it('refuses a database written by a newer version of the app, in a state of its own', async () => {
    current = await tempStore();
    current.store.rawDatabase.pragma(`user_version = ${LATEST_VERSION + 1}`);
    await current.store.close();
    const store = await openStore({ file: current.file, clock });
    // Not 'unreadable': the recovery screen tells the clinician to update the app, not to restore.
    expect(store.status()).toMatchObject({
      state: 'newer_version',
      message: expect.stringMatching(/newer version of the app\. Update the app/),
    });
    await expect(store.patients.search('a', 5)).rejects.toMatchObject({ code: 'DATABASE_CORRUPT' });
    await store.close();
    const check = new Database(current.file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    check.close();
  });

  it('refuses a UNC path and a folder on an NFS or CIFS mount', async () => {
    const unc = await openStore({ file: '\\\\server\\share\\hipspine.sqlite3', clock });
    expect(unc.status().state).toBe('network_share');
    const mounts = 'server:/export /mnt/clinic nfs4 rw 0 0\n/dev/vda / ext4 rw 0 0\n';
    const nfs = await openStore({
      file: '/mnt/clinic/records/hipspine.sqlite3',
      clock,
      readMounts: () => mounts,
    });
    expect(nfs.status()).toMatchObject({
      state: 'network_share',
      message: expect.stringMatching(/network share/),
    });
  });

  it('detects a damaged b-tree page with quick_check at open', async () => {
    current = await tempStore();
    const { store, file } = current;
    for (let i = 0; i < 200; i++) {
      await store.patients.create(
        {
          givenName: `Given${i}`,
          familyName: `Family${i}`,
          birthDate: '1970-01-01',
          sex: 'female',
          identifier: null,
          contact: null,
        },
        'system',
      );
    }
    const root = store.rawDatabase
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'patients'")
      .get() as { rootpage: number };
    await store.close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // The page-type byte of the table's root page: a flipped bit makes it an invalid b-tree page.
    const at = (root.rootpage - 1) * pageSize;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
    const copy = join(current.dir, 'flipped.sqlite3');
    writeFileSync(copy, bytes);
    const reopened = await openStore({ file: copy, clock });
    expect(reopened.status().state).toBe('corrupt');
    await reopened.close();
  });
});
