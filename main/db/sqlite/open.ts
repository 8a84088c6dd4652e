// The entry point of the SQLite adapter: `openStore` always returns a Store. When the file cannot be
// used (damaged, unreadable, on a network share), the Store reports why through `status()` and
// refuses record calls with DATABASE_CORRUPT, so the app can draw its recovery screen.
import type { Store } from '../store';
import type { OpenDatabaseOptions } from './connect';
import { SqliteStore } from './sqliteStore';

export type OpenStoreOptions = OpenDatabaseOptions;

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  return SqliteStore.open(options);
}
