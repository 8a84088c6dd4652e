// The session policy the dispatcher runs before every request (its `beforeRequest` hook), and the
// timer main starts beside it. Both read the idle time from Settings; the hook is synchronous, so
// it uses the value the timer last read (refreshed every tick, and after a settings change).
import type { HandlerContext } from '../ipc/types';
import type { Store } from '../db/store';
import type { Session } from './session';
import { applyAutoLock, DEFAULT_AUTO_LOCK_MINUTES, startAutoLockTimer } from './autoLock';

export interface SessionPolicy {
  /** Pass as `createDispatcher(table, context, { beforeRequest })`. */
  beforeRequest: (channel: string, context: HandlerContext) => void;
  /** Re-reads the idle time from Settings; returns it. */
  refresh: () => Promise<number>;
  /** Starts main's idle timer; returns a stop function. */
  startTimer: (onLock?: () => void, intervalMs?: number) => () => void;
  minutes: () => number;
}

export function createSessionPolicy(deps: {
  store: Store;
  session: Session;
  clock: () => Date;
}): SessionPolicy {
  let minutes = DEFAULT_AUTO_LOCK_MINUTES;
  const refresh = async () => {
    try {
      minutes = (await deps.store.settings.get()).autoLockMinutes;
    } catch {
      // Keep the last known value: a database being restored must not disable the lock.
    }
    return minutes;
  };
  return {
    beforeRequest: (_channel, context) => {
      // Checked on every request, public ones included, so `auth:status` reports a lock that is due
      // even if the timer has not ticked yet.
      applyAutoLock(context.session, context.clock().getTime(), minutes);
    },
    refresh,
    startTimer: (onLock, intervalMs) =>
      startAutoLockTimer({
        session: deps.session,
        clock: deps.clock,
        minutes: refresh,
        ...(onLock ? { onLock } : {}),
        ...(intervalMs ? { intervalMs } : {}),
      }),
    minutes: () => minutes,
  };
}
