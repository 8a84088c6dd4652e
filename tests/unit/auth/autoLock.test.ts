import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyAutoLock,
  lockSession,
  markActivity,
  shouldAutoLock,
  startAutoLockTimer,
} from '../../../main/auth/autoLock';
import { newSession, requireClinician, type Session } from '../../../main/auth/session';
import type { Clinician } from '../../../shared/domain/clinician';

const clinician: Clinician = {
  id: 'c1',
  username: 'ana',
  name: 'Ana Físio',
  profession: 'Physiotherapist',
  registration: 'PT-1',
  createdAt: '2025-01-01T00:00:00.000Z',
};
const MINUTE = 60_000;

function signedIn(lastActivityAt: number): Session {
  return { clinician, locked: false, lastActivityAt };
}

afterEach(() => vi.useRealTimers());

describe('shouldAutoLock', () => {
  it('locks once the idle time is reached, not before', () => {
    expect(shouldAutoLock(signedIn(0), 5 * MINUTE - 1, 5)).toBe(false);
    expect(shouldAutoLock(signedIn(0), 5 * MINUTE, 5)).toBe(true);
    expect(shouldAutoLock(signedIn(0), 2 * MINUTE, 1)).toBe(true);
  });

  it('does nothing when nobody is signed in or the screen is already locked', () => {
    expect(shouldAutoLock(newSession(), 99 * MINUTE, 5)).toBe(false);
    expect(shouldAutoLock({ ...signedIn(0), locked: true }, 99 * MINUTE, 5)).toBe(false);
  });

  it('falls back to 5 minutes for a nonsense setting rather than never locking', () => {
    for (const minutes of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(shouldAutoLock(signedIn(0), 5 * MINUTE, minutes)).toBe(true);
      expect(shouldAutoLock(signedIn(0), 4 * MINUTE, minutes)).toBe(false);
    }
  });

  it('activity pushes the lock back', () => {
    const session = signedIn(0);
    markActivity(session, 4 * MINUTE);
    expect(shouldAutoLock(session, 8 * MINUTE, 5)).toBe(false);
    expect(shouldAutoLock(session, 9 * MINUTE, 5)).toBe(true);
  });
});

describe('locking', () => {
  it('keeps who was signed in but refuses requireClinician until sign-in again', () => {
    const session = signedIn(0);
    expect(applyAutoLock(session, 10 * MINUTE, 5)).toBe(true);
    expect(session.clinician?.id).toBe('c1');
    expect(() => requireClinician(session)).toThrowError(
      expect.objectContaining({ code: 'LOCKED' }),
    );
    expect(applyAutoLock(session, 20 * MINUTE, 5)).toBe(false); // already locked
  });

  it('does not mark a signed-out session as locked', () => {
    const session = newSession();
    lockSession(session);
    expect(session.locked).toBe(false);
  });

  it("main's timer locks an idle session with the minutes read from settings", async () => {
    vi.useFakeTimers();
    let now = 0;
    const session = signedIn(0);
    const onLock = vi.fn();
    const stop = startAutoLockTimer({
      session,
      clock: () => new Date(now),
      minutes: async () => 2,
      onLock,
      intervalMs: 1000,
    });
    now = MINUTE;
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.locked).toBe(false);
    now = 2 * MINUTE;
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.locked).toBe(true);
    expect(onLock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('locks on the default when settings cannot be read', async () => {
    vi.useFakeTimers();
    const session = signedIn(0);
    const stop = startAutoLockTimer({
      session,
      clock: () => new Date(5 * MINUTE),
      minutes: async () => {
        throw new Error('database being restored');
      },
      intervalMs: 1000,
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.locked).toBe(true);
    stop();
  });
});
