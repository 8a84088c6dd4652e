// Backups through SQLite's online backup API (never a file copy of a live database), each opened
// read-only and integrity-checked before it gets its final name: a file named like a backup passed
// its check when it was made. Restore validates the chosen file the same way, and also compares its
// schema with the one its version must have (schemaCheck.ts).
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { LATEST_VERSION } from './migrations';
import { APPLICATION_ID } from './migrate';
import { schemaProblem } from './schemaCheck';

const BACKUP_NAME = /^hipspine-(auto|backup)-(\d{8})-(\d{6})(\d{3})\.sqlite3$/;

export type BackupKind = 'auto' | 'backup';

function stamp(at: Date): string {
  const iso = at.toISOString(); // 2025-01-31T14:05:09.123Z
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}${iso.slice(20, 23)}`;
}

export function backupFileName(kind: BackupKind, at: Date): string {
  return `hipspine-${kind}-${stamp(at)}.sqlite3`;
}

/** The time a backup was made, from its name (UTC), or null for a file that is not a backup. */
export function backupTime(name: string): string | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, , day = '', time = '', ms = ''] = match;
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${ms}Z`;
}

export interface BackupCheck {
  ok: boolean;
  /** 'ok', or what is wrong, in words a clinician can act on. */
  problem: string;
  schemaVersion: number;
}

/** Opens a file read-only and checks it is a whole, readable HipSpine database. */
export function checkBackupFile(path: string, nativeBinding?: string): BackupCheck {
  let db: Database.Database | null = null;
  const bad = (problem: string): BackupCheck => ({ ok: false, problem, schemaVersion: 0 });
  try {
    if (!existsSync(path) || !statSync(path).isFile()) return bad('the file does not exist');
    db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    // Before anything reads the schema: SQL functions and virtual tables named in the file's own
    // schema (triggers, views, CHECKs) may not run unless SQLite marks them harmless, and every
    // b-tree cell's size is checked as it is read (https://www.sqlite.org/security.html).
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      return bad('it is not a HipSpine records file');
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      return bad('it was made by a newer version of the app; update the app, then restore it');
    }
    if (version < 1) return bad('it was made by a different version of the app');
    // Cheap (a few dozen rows), so before the full read of integrity_check.
    const altered = schemaProblem(db, version, nativeBinding);
    if (altered) return bad(altered);
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
      return bad('it is damaged (integrity check failed)');
    }
    return { ok: true, problem: 'ok', schemaVersion: version };
  } catch {
    return bad('it cannot be read as a database');
  } finally {
    if (db?.open) db.close();
  }
}

export async function createBackup(
  db: Database.Database,
  folder: string,
  kind: BackupKind,
  at: Date,
  nativeBinding?: string,
): Promise<BackupInfo> {
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    throw new AppError('INTERNAL', 'The backup folder cannot be created. Choose another folder.');
  }
  const name = backupFileName(kind, at);
  const final = join(folder, name);
  const partial = `${final}.partial`;
  try {
    await db.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_FULL') {
      throw new AppError(
        'DISK_FULL',
        'The backup disk is full. Free some space or choose another folder.',
      );
    }
    throw new AppError('INTERNAL', 'The backup could not be written. Choose another folder.');
  }
  try {
    // A backup is a single self-contained file: rollback journal mode, no -wal/-shm beside it.
    const copy = new Database(partial, nativeBinding ? { nativeBinding } : {});
    copy.pragma('journal_mode = DELETE');
    copy.close();
  } catch {
    rmSync(partial, { force: true });
    throw new AppError('INTERNAL', 'The backup could not be finished. Choose another folder.');
  }
  const check = checkBackupFile(partial, nativeBinding);
  if (!check.ok) {
    rmSync(partial, { force: true });
    throw new AppError('INTERNAL', `The backup failed its check (${check.problem}); try again.`);
  }
  renameSync(partial, final);
  return {
    path: final,
    createdAt: at.toISOString(),
    sizeBytes: statSync(final).size,
    integrity: 'ok',
  };
}

export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  const backups: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    const createdAt = backupTime(name);
    if (!createdAt) continue;
    const path = join(folder, name);
    try {
      backups.push({ path, createdAt, sizeBytes: statSync(path).size, integrity: 'ok' });
    } catch {
      // Removed while listing.
    }
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Removes all but the newest `keep` automatic backups (backups made by hand are never pruned). */
export function pruneAutoBackups(folder: string, keep: number): string[] {
  const autos = listBackups(folder).filter((b) => basename(b.path).startsWith('hipspine-auto-'));
  const removed = autos.slice(keep).map((b) => b.path);
  for (const path of removed) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }
  return removed;
}

/** true when no automatic backup was made on the same UTC day as `now`. */
export function dailyBackupDue(folder: string, now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return !listBackups(folder).some(
    (b) => basename(b.path).startsWith('hipspine-auto-') && b.createdAt.slice(0, 10) === today,
  );
}
