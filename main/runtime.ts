// One running app over one data folder: context, handler table, dispatcher, the session policy
// (idle auto-lock, sign-out after a restore) and the daily automatic backup. Electron's main and the
// browser harness both start exactly this, then only differ in how requests arrive (ipcMain vs the
// loopback bridge).
import { createSessionPolicy } from './auth/policy';
import { openAppContext, type OpenContextOptions } from './context';
import { startDailyBackups } from './db/dailyBackup';
import { createDispatcher, type Dispatch } from './ipc/dispatch';
import { buildHandlerTable } from './ipc/handlers/index';
import type { HandlerContext, HandlerGroup } from './ipc/types';

export interface AppRuntime {
  context: HandlerContext;
  table: HandlerGroup;
  dispatch: Dispatch;
  /** Stops timers, waits for a backup under way, then closes the database (WAL checkpointed). */
  close(): Promise<void>;
}

export interface RuntimeOptions extends OpenContextOptions {
  /** How often the daily backup checks whether it is due (default hourly; tests shorten it). */
  backupCheckMs?: number;
}

export async function startAppRuntime(options: RuntimeOptions): Promise<AppRuntime> {
  const table = buildHandlerTable();
  const context = await openAppContext(options);
  const policy = createSessionPolicy({
    store: context.store,
    session: context.session,
    clock: context.clock,
  });
  await policy.refresh();
  const stopTimer = policy.startTimer();
  const stopBackups = startDailyBackups({
    store: context.store,
    backupsDir: context.paths.backupsDir,
    log: context.log,
    ...(options.backupCheckMs ? { intervalMs: options.backupCheckMs } : {}),
  });
  // The session policy around every request: the idle auto-lock before it; after it, a new idle
  // time from Settings, and the end of the session after a restore (the accounts may have changed).
  const dispatch: Dispatch = createDispatcher(table, context, {
    beforeRequest: policy.beforeRequest,
    afterSuccess: policy.afterSuccess,
  });
  let closed = false;
  return {
    context,
    table,
    dispatch,
    async close() {
      if (closed) return;
      closed = true;
      stopTimer();
      await stopBackups();
      await context.store.close();
    },
  };
}
