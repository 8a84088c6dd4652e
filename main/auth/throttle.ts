// A growing wait after repeated wrong passwords, per username. The count and the time until which
// attempts are refused are stored with the clinician's credentials, so quitting and restarting the app does not
// reset the wait. Three mistakes are free (typos happen with gloves on); then 1, 2, 4, 8 ... seconds,
// capped at five minutes so a clinician who forgot their password is slowed, never locked out for
// good. At the cap, online guessing runs at under 300 tries a day.

export const FREE_ATTEMPTS = 3;
export const MAX_WAIT_SECONDS = 300;

/** Seconds to wait before the next attempt, after `failures` consecutive wrong passwords. */
export function waitAfterFailures(failures: number): number {
  if (!Number.isFinite(failures) || failures <= FREE_ATTEMPTS) return 0;
  const exponent = Math.min(failures - FREE_ATTEMPTS - 1, 20);
  return Math.min(2 ** exponent, MAX_WAIT_SECONDS);
}

export interface FailureRecord {
  failedAttempts: number;
  /** ISO time until which attempts are refused, or null. */
  lockedUntil: string | null;
}

/** When the next attempt is allowed after one more failure, or null when it may follow at once. */
export function lockedUntilAfterFailure(failuresSoFar: number, now: Date): string | null {
  const wait = waitAfterFailures(failuresSoFar + 1);
  return wait === 0 ? null : new Date(now.getTime() + wait * 1000).toISOString();
}

/** Whole seconds still to wait before an attempt is allowed now (0 = go ahead). */
export function secondsUntilNextAttempt(lockedUntil: string | null, now: Date): number {
  if (!lockedUntil) return 0;
  const until = Date.parse(lockedUntil);
  // An unreadable value errs on the side of the longest wait rather than none.
  if (Number.isNaN(until)) return MAX_WAIT_SECONDS;
  const seconds = Math.ceil((until - now.getTime()) / 1000);
  // Capped: a clock that was set forward when the failure was stored must not lock anyone out for days.
  return Math.min(MAX_WAIT_SECONDS, Math.max(0, seconds));
}

export function tooManyAttemptsMessage(seconds: number): string {
  const unit = seconds === 1 ? 'second' : 'seconds';
  return `Too many wrong passwords. Please wait ${seconds} ${unit} and try again.`;
}

/**
 * Failures for usernames that do not exist are kept in memory only (there is no account to store
 * them with), so a guesser sees the same growing wait whether or not the name is real.
 */
export class UnknownUserThrottle {
  private readonly records = new Map<string, FailureRecord>();
  private static readonly MAX_NAMES = 1000;

  get(username: string): FailureRecord {
    return this.records.get(username.toLowerCase()) ?? { failedAttempts: 0, lockedUntil: null };
  }

  fail(username: string, now: Date): void {
    const key = username.toLowerCase();
    const prev = this.get(key);
    if (!this.records.has(key) && this.records.size >= UnknownUserThrottle.MAX_NAMES) {
      // Bounded memory: forget the oldest name rather than grow without limit.
      const oldest = this.records.keys().next().value;
      if (oldest !== undefined) this.records.delete(oldest);
    }
    this.records.delete(key); // re-insert so the map's order stays oldest-first
    this.records.set(key, {
      failedAttempts: prev.failedAttempts + 1,
      lockedUntil: lockedUntilAfterFailure(prev.failedAttempts, now),
    });
  }
}
