import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backupTime, checkBackupFile } from '../../../main/db/sqlite/backup';
import { seed, tempStore, type TempStore } from './tempStore';

let t: TempStore;

beforeEach(async () => {
  t = await tempStore();
  await seed(t.store);
});
afterEach(async () => t.cleanup());

const DAY = 24 * 3_600_000;

describe('backups', () => {
  it('makes an online backup that opens read-only and passes integrity_check', async () => {
    const folder = join(t.dir, 'chosen');
    const info = await t.store.backup.create(folder);
    expect(info).toMatchObject({ integrity: 'ok', createdAt: '2025-03-01T10:00:00.000Z' });
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect(backupTime(basename(info.path))).toBe(info.createdAt);
    expect(checkBackupFile(info.path)).toMatchObject({ ok: true });
    const copy = new Database(info.path, { readonly: true });
    expect(copy.prepare('SELECT given_name FROM patients').all()).toEqual([
      { given_name: 'Zoltán' },
    ]);
    copy.close();
    expect(await t.store.backup.list(folder)).toEqual([info]);
  });

  it('makes one automatic backup a day and keeps only the newest N', async () => {
    const folder = join(t.dir, 'backups');
    expect(await t.store.backup.runDailyIfDue(folder, 3)).not.toBeNull();
    t.clock.advance(3_600_000);
    expect(await t.store.backup.runDailyIfDue(folder, 3)).toBeNull();
    for (let day = 1; day <= 4; day++) {
      t.clock.advance(DAY);
      expect(await t.store.backup.runDailyIfDue(folder, 3)).not.toBeNull();
    }
    // A backup made by hand in the same folder is never pruned.
    await t.store.backup.create(folder);
    const names = readdirSync(folder).sort();
    expect(names.filter((n) => n.startsWith('hipspine-auto-'))).toHaveLength(3);
    expect(names.filter((n) => n.startsWith('hipspine-backup-'))).toHaveLength(1);
    expect((await t.store.backup.list(folder))[0]?.createdAt).toBe(t.clock.now.toISOString());
  });

  it('restores a chosen backup after moving the current file aside', async () => {
    const info = await t.store.backup.create(join(t.dir, 'b'));
    await t.store.patients.create(
      {
        givenName: 'Later',
        familyName: 'Patient',
        birthDate: '2000-01-01',
        sex: 'other',
        identifier: null,
        contact: null,
      },
      'system',
    );
    expect(await t.store.patients.search('later', 5)).toHaveLength(1);
    t.clock.advance(1000);
    const restored = await t.store.restoreFromBackup(info.path);
    expect(restored).toMatchObject({ path: info.path, integrity: 'ok' });
    expect(t.store.status().state).toBe('ok');
    expect(await t.store.patients.search('later', 5)).toHaveLength(0);
    expect(await t.store.patients.search('zoltan', 5)).toHaveLength(1);
    const aside = readdirSync(t.dir).filter((n) => n.includes('.before-restore-'));
    expect(aside.length).toBeGreaterThan(0);
    const old = new Database(
      join(
        t.dir,
        aside.find((n) => !n.endsWith('-wal') && !n.endsWith('-shm'))!,
      ),
      { readonly: true },
    );
    expect(
      old.prepare("SELECT count(*) AS n FROM patients WHERE given_name = 'Later'").get(),
    ).toEqual({ n: 1 });
    old.close();
    expect(await t.store.audit.verify()).toMatchObject({ ok: true });
  });

  it('refuses to restore a file that is not a sound HipSpine backup, changing nothing', async () => {
    const junk = join(t.dir, 'junk.sqlite3');
    writeFileSync(junk, 'not a database at all, just text'.repeat(200));
    await expect(t.store.restoreFromBackup(junk)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const foreign = join(t.dir, 'foreign.sqlite3');
    const db = new Database(foreign);
    db.exec('CREATE TABLE x (y TEXT)');
    db.close();
    await expect(t.store.restoreFromBackup(foreign)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/not a HipSpine records file/),
    });
    await expect(t.store.restoreFromBackup(t.file)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(t.store.status().state).toBe('ok');
    expect(await t.store.patients.search('zoltan', 5)).toHaveLength(1);
    expect(existsSync(t.file)).toBe(true);
  });

  it('recovers a corrupt database from the recovery screen’s restore', async () => {
    const info = await t.store.backup.create(join(t.dir, 'b'));
    await t.store.close();
    writeFileSync(t.file, 'garbage'.repeat(1000));
    const { openStore } = await import('../../../main/db/sqlite/open');
    const broken = await openStore({ file: t.file, clock: () => t.clock.now });
    expect(broken.status().state).toBe('corrupt');
    await broken.restoreFromBackup(info.path);
    expect(broken.status().state).toBe('ok');
    expect(await broken.patients.search('kovacs', 5)).toHaveLength(1);
    await broken.close();
  });
});
