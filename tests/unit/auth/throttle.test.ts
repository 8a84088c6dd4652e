import { describe, expect, it } from 'vitest';
import {
  lockedUntilAfterFailure,
  MAX_WAIT_SECONDS,
  secondsUntilNextAttempt,
  tooManyAttemptsMessage,
  UnknownUserThrottle,
  waitAfterFailures,
} from '../../../main/auth/throttle';

describe('growing wait after wrong passwords', () => {
  it('follows 0, 0, 0, 1, 2, 4, 8 … seconds and stops at five minutes', () => {
    const waits = Array.from({ length: 14 }, (_, i) => waitAfterFailures(i + 1));
    expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    expect(waitAfterFailures(0)).toBe(0);
    expect(waitAfterFailures(10_000)).toBe(MAX_WAIT_SECONDS);
    expect(waitAfterFailures(Number.NaN)).toBe(0);
  });

  it('computes the time until which attempts are refused', () => {
    const now = new Date('2025-03-01T10:00:00.000Z');
    expect(lockedUntilAfterFailure(0, now)).toBeNull();
    expect(lockedUntilAfterFailure(2, now)).toBeNull();
    expect(lockedUntilAfterFailure(3, now)).toBe('2025-03-01T10:00:01.000Z');
    expect(lockedUntilAfterFailure(5, now)).toBe('2025-03-01T10:00:04.000Z');
  });

  it('counts down the remaining wait, rounding up to whole seconds', () => {
    const until = '2025-03-01T10:00:08.000Z';
    expect(secondsUntilNextAttempt(until, new Date('2025-03-01T10:00:00.000Z'))).toBe(8);
    expect(secondsUntilNextAttempt(until, new Date('2025-03-01T10:00:07.500Z'))).toBe(1);
    expect(secondsUntilNextAttempt(until, new Date('2025-03-01T10:00:08.000Z'))).toBe(0);
    expect(secondsUntilNextAttempt(null, new Date())).toBe(0);
  });

  it('never asks for more than the cap, even if the clock was wrong when the failure was stored', () => {
    const now = new Date('2025-03-01T10:00:00.000Z');
    expect(secondsUntilNextAttempt('2099-01-01T00:00:00.000Z', now)).toBe(MAX_WAIT_SECONDS);
    expect(secondsUntilNextAttempt('not a date', now)).toBe(MAX_WAIT_SECONDS);
  });

  it('says how long to wait in plain words', () => {
    expect(tooManyAttemptsMessage(1)).toBe(
      'Too many wrong passwords. Please wait 1 second and try again.',
    );
    expect(tooManyAttemptsMessage(8)).toContain('8 seconds');
  });

  it('throttles unknown usernames the same way, case-insensitively, in bounded memory', () => {
    const throttle = new UnknownUserThrottle();
    const now = new Date('2025-03-01T10:00:00.000Z');
    for (let i = 0; i < 4; i++) throttle.fail('Ghost', now);
    expect(throttle.get('ghost').failedAttempts).toBe(4);
    expect(secondsUntilNextAttempt(throttle.get('GHOST').lockedUntil, now)).toBe(1);
    for (let i = 0; i < 1500; i++) throttle.fail(`name${i}`, now);
    expect(throttle.get('name0').failedAttempts).toBe(0); // forgotten, oldest first
    expect(throttle.get('name1499').failedAttempts).toBe(1);
  });
});
