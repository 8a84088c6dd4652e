// When a backup passes the file check but the records then refuse to open it (here: the file check
// is stubbed to say yes to a tampered file, so the open's own schema check is the one that refuses),
// the current records go back in place, with no -wal or -shm of the refused copy left beside them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type * as BackupModule from '../../../main/db/sqlite/backup';
import { seed, tempStore, type TempStore } from './tempStore';

vi.mock('../../../main/db/sqlite/backup', async (importOriginal) => {
  const original = await importOriginal<typeof BackupModule>();
  return {
    ...original,
    checkBackupFile: () => ({ ok: true, problem: 'ok', schemaVersion: 3 }),
  };
});

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
  await seed(t.store);
});
afterEach(async () => t.cleanup());

describe('a restore the records refuse to open', () => {
  it('puts the current records back and says so', async () => {
    const info = await t.store.backup.create(join(t.dir, 'b'));
    const db = new Database(info.path);
    db.exec('CREATE TRIGGER evil AFTER INSERT ON audit_log BEGIN DELETE FROM patients; END;');
    db.close();
    await expect(t.store.restoreFromBackup(info.path)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/current records were put back/),
    });
    expect(t.store.status().state).toBe('ok');
    expect(await t.store.patients.search('kovacs', 5)).toHaveLength(1);
    const leftovers = readdirSync(t.dir).filter((n) => n.includes('.before-restore-'));
    expect(leftovers).toEqual([]);
    expect(existsSync(`${t.file}.restoring`)).toBe(false);
  });
});
