// Opens everything a handler needs for one data folder: the store (migrated), the clock, the paths,
// the session and the log. Electron's main, the browser harness, the CLI and tests all come here,
// so they run the same code against the same kind of database.
import { mkdirSync } from 'node:fs';
import { newSession } from './auth/session';
import { harnessChoices, harnessFilePicker, type FilePicker } from './backup/filePicker';
import type { Store } from './db/store';
import { openStore } from './db/sqlite/open';
import type { HandlerContext } from './ipc/types';
import { fileLogger, type Logger } from './log';
import { appPaths } from './paths';

export const APP_NAME = 'HipSpine Exam Assistant';
// Kept in step with package.json by a unit test (a JSON import would pull the whole manifest into
// every bundle).
export const APP_VERSION = '0.1.0';

export interface StoreOpenOptions {
  /** The Electron build of better-sqlite3 (main/electron/nativeBinding.ts); undefined under Node. */
  nativeBinding?: string;
  clock: () => Date;
}

export type StoreOpener = (databaseFile: string, options: StoreOpenOptions) => Promise<Store>;

const openSqliteStore: StoreOpener = (file, options) => openStore({ file, ...options });

export interface OpenContextOptions {
  dataDir: string;
  clock?: () => Date;
  /** true in the browser harness (no printing, no native dialogs). */
  harness: boolean;
  nativeBinding?: string;
  /** Tests swap the store; the app uses SQLite. */
  openStore?: StoreOpener;
  log?: Logger;
  /**
   * Native folder/file dialogs (Electron passes its adapter). Without one, the harness "chooses"
   * inside the data folder (backup/filePicker.ts); any other context has no picker.
   */
  filePicker?: FilePicker;
}

export async function openAppContext(options: OpenContextOptions): Promise<HandlerContext> {
  const paths = appPaths(options.dataDir);
  mkdirSync(paths.dataDir, { recursive: true });
  const clock = options.clock ?? (() => new Date());
  const open = options.openStore ?? openSqliteStore;
  const store = await open(paths.databaseFile, {
    clock,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const filePicker =
    options.filePicker ??
    (options.harness ? harnessFilePicker(harnessChoices(paths.dataDir)) : undefined);
  return {
    store,
    clock,
    paths,
    session: newSession(),
    log: options.log ?? fileLogger(paths.logFile),
    app: { name: APP_NAME, version: APP_VERSION, harness: options.harness },
    ...(filePicker ? { filePicker } : {}),
  };
}
