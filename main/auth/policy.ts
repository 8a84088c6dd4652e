// The session policy the dispatcher runs around every request (its `beforeRequest` and
// `afterSuccess` hooks), and the timer main starts beside it. Both read the idle time from Settings;
// the hook is synchronous, so it uses the value the timer last read (refreshed every tick, and after
// a settings change). After a restore the session ends: see endSessionAfterRestore.
import type { ChannelName } from '../../shared/ipc/contract';
import type { HandlerContext } from '../ipc/types';
import type { Store } from '../db/store';
import type { Session } from './session';
import { applyAutoLock, DEFAULT_AUTO_LOCK_MINUTES, startAutoLockTimer } from './autoLock';

/** The channels that replace the records with a backup (each answers null when nothing was chosen). */
const RESTORES: ReadonlySet<ChannelName> = new Set([
  'db:restoreFromBackup',
  'db:restoreFromChosenFile',
]);

/**
 * Channels after which the idle time in Settings may differ: the new value applies to the very
 * next request, not at the timer's next tick (a restore brings the backup's settings with it).
 */
const SETTINGS_CHANGING: ReadonlySet<ChannelName> = new Set(['settings:update', ...RESTORES]);

/** Did this successful request put a backup in place of the records? (null: dialog cancelled.) */
export function isRestore(channel: ChannelName, value: unknown): boolean {
  return RESTORES.has(channel) && value !== null;
}

/**
 * A restore replaces the clinician accounts with the backup's: the signed-in clinician may not be
 * in them (or another account may now have that id), so every later audit row could name someone
 * the records do not know. The session ends here, in main, whichever screen asked for the restore;
 * the clinician signs in again against the restored accounts. The restore itself is already in the
 * audit chain (the store's 'restore' row, by the system); no sign-out row is added, as it would
 * name the previous clinician in records that may not know them. The log keeps who it was.
 */
export function endSessionAfterRestore(context: HandlerContext): void {
  const clinician = context.session.clinician;
  context.session.clinician = null;
  context.session.locked = false;
  if (clinician) {
    context.log.info('auth_signed_out', { clinicianId: clinician.id, reason: 'restore' });
  }
}

export interface SessionPolicy {
  /** Pass as `createDispatcher(table, context, { beforeRequest })`. */
  beforeRequest: (channel: string, context: HandlerContext) => void;
  /** Pass as `createDispatcher(..., { afterSuccess })`: ends the session after a restore, re-reads
   * the idle time after a settings change. */
  afterSuccess: (channel: ChannelName, value: unknown, context: HandlerContext) => Promise<void>;
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
    afterSuccess: async (channel, value, context) => {
      // Synchronously, before the await below: no request may run under the old session.
      if (isRestore(channel, value)) endSessionAfterRestore(context);
      if (SETTINGS_CHANGING.has(channel)) await refresh();
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
