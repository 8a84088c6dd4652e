// A numbered schema migration. Each runs in its own transaction; `user_version` records the last one
// applied. Migrations are append-only: a released one is never edited, a fix is a new number.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
