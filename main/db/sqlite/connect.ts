// Connecting to the records file. Pragmas for durability (WAL + synchronous=FULL: a committed write
// survives a crash or power cut), foreign keys, a busy timeout, then quick_check, the schema check
// (schemaCheck.ts) and migrations.
// Anything wrong becomes a DatabaseStatus for the recovery screen: never a crash, and never a new
// empty database silently made over an existing file that could not be read.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseStatus } from '../../../shared/ipc/contract';
import { LATEST_VERSION } from './migrations';
import { APPLICATION_ID, migrate, schemaVersion } from './migrate';
import { isOnNetworkShare } from './networkShare';
import { schemaProblem } from './schemaCheck';

export interface OpenDatabaseOptions {
  file: string;
  clock: () => Date;
  /** Path to a better-sqlite3 .node built for Electron's ABI (TOOLCHAIN.md). */
  nativeBinding?: string;
  busyTimeoutMs?: number;
  /** For tests: the text of /proc/mounts. */
  readMounts?: () => string;
}

export const OK_STATUS: DatabaseStatus = { state: 'ok', message: 'The records are open.' };

const SQLITE_HEADER = 'SQLite format 3\0';

export type OpenResult =
  | { status: DatabaseStatus & { state: 'ok' }; db: Database.Database }
  | { status: DatabaseStatus; db: null };

function failure(state: DatabaseStatus['state'], message: string): OpenResult {
  return { status: { state, message }, db: null };
}

const CORRUPT_MESSAGE =
  'The records file is damaged and cannot be opened safely. Restore it from a backup; the damaged file is kept.';

const ALTERED_MESSAGE =
  'The records file was changed by another program and cannot be opened safely. Restore it from a backup; the changed file is kept.';

/** Reads the first bytes: a file that is not SQLite at all must not be opened (or overwritten). */
function headerOk(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return read === 16 && buffer.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

export function openDatabase(options: OpenDatabaseOptions): OpenResult {
  const { file } = options;
  if (isOnNetworkShare(file, options.readMounts)) {
    return failure(
      'network_share',
      'The records file is on a network share, where it can be corrupted. Choose a folder on this computer.',
    );
  }
  let exists = false;
  try {
    exists = existsSync(file) && statSync(file).size > 0;
    if (exists && !headerOk(file)) return failure('corrupt', CORRUPT_MESSAGE);
    if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  } catch {
    return failure('unreadable', 'The records file cannot be read. Check the folder permissions.');
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(file, {
      fileMustExist: exists,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    // Functions and virtual tables named in the file's schema run only if SQLite marks them harmless
    // (ours are: json_valid, FTS5); set before the schema is first read.
    db.pragma('trusted_schema = OFF');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw Object.assign(new Error('no WAL'), { code: 'SQLITE_CANTOPEN' });
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const problem = checkIdentity(db);
    if (problem) {
      db.close();
      return { status: problem, db: null };
    }
    const check = db.pragma('quick_check') as { quick_check: string }[];
    if (check.length !== 1 || check[0]?.quick_check !== 'ok') {
      db.close();
      return failure('corrupt', CORRUPT_MESSAGE);
    }
    // A schema that is not exactly what our migrations made for this version (say, a trigger added
    // with another tool) is treated as damage: never migrated, never written to.
    if (schemaProblem(db, schemaVersion(db), options.nativeBinding)) {
      db.close();
      return failure('corrupt', ALTERED_MESSAGE);
    }
    migrate(db);
    return { status: { state: 'ok', message: OK_STATUS.message }, db };
  } catch (error) {
    if (db?.open) db.close();
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
      return failure('corrupt', CORRUPT_MESSAGE);
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return failure(
        'unreadable',
        'The records are open in another program. Close it, then retry.',
      );
    }
    return failure(
      'unreadable',
      'The records file cannot be opened. Check the disk and folder permissions, then restart.',
    );
  }
}

export const NEWER_VERSION_MESSAGE =
  'These records were saved by a newer version of the app. Update the app to open them.';

/**
 * A file with tables that is not ours (unreadable), or from a newer version of the app
 * (newer_version: a state of its own, because the answer is to update the app, not to restore an
 * older backup over newer records), is left untouched.
 */
function checkIdentity(db: Database.Database): DatabaseStatus | null {
  const version = schemaVersion(db);
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
  if (applicationId !== APPLICATION_ID && (version > 0 || tables.n > 0)) {
    return {
      state: 'unreadable',
      message:
        'This file is not a HipSpine records file. Choose the right file or restore a backup.',
    };
  }
  if (version > LATEST_VERSION) return { state: 'newer_version', message: NEWER_VERSION_MESSAGE };
  return null;
}
