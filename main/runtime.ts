// One running app over one data folder: context, handler table, dispatcher and the session policy
// (idle auto-lock). Electron's main and the browser harness both start exactly this, then only
// differ in how requests arrive (ipcMain vs the loopback bridge).
import { createSessionPolicy } from './auth/policy';
import { openAppContext, type OpenContextOptions } from './context';
import { createDispatcher, type Dispatch } from './ipc/dispatch';
import { buildHandlerTable } from './ipc/handlers/index';
import type { HandlerContext, HandlerGroup } from './ipc/types';

export interface AppRuntime {
  context: HandlerContext;
  table: HandlerGroup;
  dispatch: Dispatch;
  /** Stops timers and closes the database (WAL checkpointed by the store). */
  close(): Promise<void>;
}

export async function startAppRuntime(options: OpenContextOptions): Promise<AppRuntime> {
  const table = buildHandlerTable();
  const context = await openAppContext(options);
  const policy = createSessionPolicy({
    store: context.store,
    session: context.session,
    clock: context.clock,
  });
  await policy.refresh();
  const stopTimer = policy.startTimer();
  const dispatch = createDispatcher(table, context, { beforeRequest: policy.beforeRequest });
  let closed = false;
  return {
    context,
    table,
    dispatch,
    async close() {
      if (closed) return;
      closed = true;
      stopTimer();
      await context.store.close();
    },
  };
}
