// Brings a database up to the latest schema: each pending migration in its own transaction, with
// `user_version` set inside it, so a crash leaves the file at a whole version, never between two.
import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

/** "HSEA" — marks the file as this app's (PRAGMA application_id), checked at open and restore. */
export const APPLICATION_ID = 0x48534541;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  target = migrations.length,
): number {
  let version = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= version || migration.version > target) continue;
    if (migration.version !== version + 1) {
      throw new Error(`migration ${migration.version} found where ${version + 1} was expected`);
    }
    db.transaction(() => {
      migration.up(db);
      if (version === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    })();
    version = migration.version;
  }
  return version;
}
