// Checking a password against the stored credentials, with the growing wait of throttle.ts. Used by
// sign-in (by username) and by password change (the signed-in clinician's current password), so both
// doors share one count: a walk-up at an unlocked screen cannot guess faster through the other one.
import type { Clinician } from '../../shared/domain/clinician';
import { AppError } from '../../shared/ipc/result';
import type { Store } from '../db/store';
import type { Logger } from '../log';
import { DEFAULT_SCRYPT, needsRehash, verifyPassword, hashPassword } from './password';
import type { ScryptParams } from './password';
import {
  lockedUntilAfterFailure,
  secondsUntilNextAttempt,
  tooManyAttemptsMessage,
  UnknownUserThrottle,
} from './throttle';

export const WRONG_CREDENTIALS = 'The username or password is not right.';

export interface PasswordCheckDeps {
  store: Store;
  clock: () => Date;
  log: Logger;
  scrypt?: ScryptParams;
}

/**
 * One check at a time: concurrent attempts would all read the failure count before any of them
 * stored its failure, slipping past the wait. It also keeps scrypt's 128 MiB to one copy.
 */
export class PasswordChecker {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly unknownUsers = new UnknownUserThrottle();

  constructor(private readonly scrypt: ScryptParams = DEFAULT_SCRYPT) {}

  get params(): ScryptParams {
    return this.scrypt;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves to the clinician when username and password match; throws BAD_CREDENTIALS or TOO_MANY_ATTEMPTS. */
  signIn(deps: PasswordCheckDeps, username: string, password: string): Promise<Clinician> {
    return this.serial(async () => {
      const now = deps.clock();
      const clinician = await deps.store.clinicians.getByUsername(username);
      if (!clinician) {
        const wait = secondsUntilNextAttempt(this.unknownUsers.get(username).lockedUntil, now);
        if (wait > 0) throw new AppError('TOO_MANY_ATTEMPTS', tooManyAttemptsMessage(wait));
        this.unknownUsers.fail(username, now);
        deps.log.warn('auth_sign_in_failed', { reason: 'unknown_user' });
        throw new AppError('BAD_CREDENTIALS', WRONG_CREDENTIALS);
      }
      await this.check(deps, clinician, password, WRONG_CREDENTIALS);
      return clinician;
    });
  }

  /** For a password change: the signed-in clinician's current password, same throttle. */
  confirm(deps: PasswordCheckDeps, clinician: Clinician, password: string): Promise<void> {
    return this.serial(() =>
      this.check(deps, clinician, password, 'The current password is not right.'),
    );
  }

  private async check(
    deps: PasswordCheckDeps,
    clinician: Clinician,
    password: string,
    wrongMessage: string,
  ): Promise<void> {
    const now = deps.clock();
    const credentials = await deps.store.clinicians.getCredentials(clinician.id);
    if (!credentials) throw new AppError('BAD_CREDENTIALS', wrongMessage);
    const wait = secondsUntilNextAttempt(credentials.lockedUntil, now);
    if (wait > 0) throw new AppError('TOO_MANY_ATTEMPTS', tooManyAttemptsMessage(wait));

    const stored = { hash: credentials.passwordHash, salt: credentials.salt };
    if (!(await verifyPassword(password, stored))) {
      const lockedUntil = lockedUntilAfterFailure(credentials.failedAttempts, now);
      const failures = await deps.store.clinicians.recordFailedAttempt(clinician.id, lockedUntil);
      deps.log.warn('auth_password_rejected', { clinicianId: clinician.id, failures });
      const next = secondsUntilNextAttempt(lockedUntil, now);
      throw new AppError(
        'BAD_CREDENTIALS',
        next > 0 ? `${wrongMessage} ${tooManyAttemptsMessage(next)}` : wrongMessage,
      );
    }
    if (credentials.failedAttempts > 0)
      await deps.store.clinicians.resetFailedAttempts(clinician.id);
    if (needsRehash(credentials.passwordHash, this.scrypt)) {
      // Parameters were raised since this password was set: upgrade it while we have it.
      const next = await hashPassword(password, this.scrypt);
      await deps.store.clinicians.updatePassword(
        clinician.id,
        { passwordHash: next.hash, salt: next.salt },
        clinician.id,
      );
    }
  }
}

/** The app's one checker: sign-in and password change share its queue and unknown-name counts. */
export const sharedPasswordChecker = new PasswordChecker();
