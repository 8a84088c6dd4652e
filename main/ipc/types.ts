// The handler table's types. Handlers are plain async functions of (parsed request, context): the
// same table runs under Electron's ipcMain, under the browser harness and under vitest.
import type { ChannelName, ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { Session } from '../auth/session';
import type { FilePicker } from '../backup/filePicker';
import type { Store } from '../db/store';
import type { AppPaths } from '../paths';
import type { Logger } from '../log';

export interface HandlerContext {
  store: Store;
  /** Injected so tests and signed records get a controllable time. */
  clock: () => Date;
  paths: AppPaths;
  session: Session;
  log: Logger;
  app: { name: string; version: string; harness: boolean };
  /** Folder and file choices for backups (native dialogs in Electron); absent → UNSUPPORTED. */
  filePicker?: FilePicker;
}

export type Handler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
  context: HandlerContext,
) => Promise<ResponseOf<C>>;

/** One domain's handlers (patients, encounters, letters...). Groups are merged into one table. */
export type HandlerGroup = { [C in ChannelName]?: Handler<C> };
export type HandlerTable = { [C in ChannelName]: Handler<C> };
