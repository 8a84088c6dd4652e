// Idle auto-lock. A clinician walks away from the workstation mid-consultation; after the idle time
// set in Settings (default 5 minutes) the session locks: the renderer hides patient data behind the
// lock overlay and main refuses every non-public request until someone signs in again.
//
// Activity is what main can see: accepted non-public requests (every click on a test autosaves, so
// an active consultation is a stream of requests). Public channels such as `auth:status`, which the
// renderer polls to learn about a lock, do not count, or the poll itself would keep the screen open.
import type { Session } from './session';

export const DEFAULT_AUTO_LOCK_MINUTES = 5;
/** How often main's timer checks for idleness; the renderer polls `auth:status` as often. */
export const AUTO_LOCK_CHECK_MS = 10_000;

/** Pure: should this session lock now? */
export function shouldAutoLock(session: Session, now: number, minutes: number): boolean {
  if (!session.clinician || session.locked) return false;
  const limit = Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_AUTO_LOCK_MINUTES;
  return now - session.lastActivityAt >= limit * 60_000;
}

/** Called by the dispatcher for each accepted non-public request. */
export function markActivity(session: Session, now: number): void {
  session.lastActivityAt = now;
}

export function lockSession(session: Session): void {
  if (session.clinician) session.locked = true;
}

/** Locks the session when it has been idle too long; returns whether it locked now. */
export function applyAutoLock(session: Session, now: number, minutes: number): boolean {
  if (!shouldAutoLock(session, now, minutes)) return false;
  lockSession(session);
  return true;
}

export interface AutoLockTimerOptions {
  session: Session;
  clock: () => Date;
  /** Read on every tick so a change in Settings applies without a restart. */
  minutes: () => Promise<number> | number;
  onLock?: () => void;
  intervalMs?: number;
}

/**
 * Main's backstop timer: locks an idle session even when the renderer sends nothing at all.
 * Plain Node (no Electron) so the browser harness and tests run the same code. Returns a stop function.
 */
export function startAutoLockTimer(options: AutoLockTimerOptions): () => void {
  const tick = async () => {
    let minutes = DEFAULT_AUTO_LOCK_MINUTES;
    try {
      minutes = await options.minutes();
    } catch {
      // Settings unreadable (e.g. database being restored): lock on the default rather than never.
    }
    if (applyAutoLock(options.session, options.clock().getTime(), minutes)) options.onLock?.();
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? AUTO_LOCK_CHECK_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}
