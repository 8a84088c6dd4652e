// auth:* — first-run setup, sign-in, sign-out and lock. These channels are public (they must work
// before sign-in and while locked), so each one checks for itself what it may do.
import type { Clinician } from '../../../shared/domain/clinician';
import type { AuthStatus } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { DEFAULT_AUTO_LOCK_MINUTES, lockSession } from '../../auth/autoLock';
import { hashPassword } from '../../auth/password';
import type { ScryptParams } from '../../auth/password';
import { PasswordChecker, sharedPasswordChecker } from '../../auth/signIn';
import { SYSTEM_ACTOR } from '../../db/store';
import type { HandlerContext, HandlerGroup } from '../types';

export interface AuthHandlerOptions {
  /** Tests pass cheaper parameters; the app uses DEFAULT_SCRYPT. */
  scrypt?: ScryptParams;
  /** Shared with the clinicians handlers so both doors count the same failures. */
  checker?: PasswordChecker;
}

async function autoLockMinutes(context: HandlerContext): Promise<number> {
  try {
    return (await context.store.settings.get()).autoLockMinutes;
  } catch {
    return DEFAULT_AUTO_LOCK_MINUTES;
  }
}

function startSession(context: HandlerContext, clinician: Clinician): void {
  context.session.clinician = clinician;
  context.session.locked = false;
  context.session.lastActivityAt = context.clock().getTime();
}

function setupDone(): AppError {
  return new AppError(
    'CONFLICT',
    'This workstation already has a clinician account. Sign in, then add colleagues in Settings.',
  );
}

export function createAuthHandlers(options: AuthHandlerOptions = {}) {
  const checker = options.checker ?? new PasswordChecker(options.scrypt);
  // One account creation at a time: two first-run windows must not both create the first account.
  let setupRunning = false;

  return {
    'auth:status': async (_request, context): Promise<AuthStatus> => ({
      needsSetup: (await context.store.clinicians.count()) === 0,
      clinician: context.session.clinician,
      locked: context.session.locked,
      autoLockMinutes: await autoLockMinutes(context),
    }),

    'auth:setup': async (request, context) => {
      // Only the very first account is created this way; later ones need a signed-in clinician.
      // The flag is set before the first await, so a second setup arriving meanwhile sees it.
      if (setupRunning) throw setupDone();
      setupRunning = true;
      try {
        if ((await context.store.clinicians.count()) > 0) throw setupDone();
        const { password, ...profile } = request;
        const secret = await hashPassword(password, checker.params);
        const clinician = await context.store.clinicians.create(
          { ...profile, passwordHash: secret.hash, salt: secret.salt },
          SYSTEM_ACTOR,
        );
        startSession(context, clinician);
        await context.store.audit.record(
          { action: 'auth.signIn', entity: 'clinician', entityId: clinician.id },
          clinician.id,
        );
        context.log.info('auth_setup', { clinicianId: clinician.id });
        return clinician;
      } finally {
        setupRunning = false;
      }
    },

    'auth:signIn': async (request, context) => {
      const clinician = await checker.signIn(context, request.username, request.password);
      const previous = context.session.clinician;
      startSession(context, clinician);
      await context.store.audit.record(
        { action: 'auth.signIn', entity: 'clinician', entityId: clinician.id },
        clinician.id,
      );
      context.log.info('auth_signed_in', {
        clinicianId: clinician.id,
        switchedUser: previous !== null && previous.id !== clinician.id,
      });
      return clinician;
    },

    'auth:signOut': async (_request, context) => {
      const clinician = context.session.clinician;
      context.session.clinician = null;
      context.session.locked = false;
      if (clinician) {
        await context.store.audit.record(
          { action: 'auth.signOut', entity: 'clinician', entityId: clinician.id },
          clinician.id,
        );
        context.log.info('auth_signed_out', { clinicianId: clinician.id });
      }
      return null;
    },

    'auth:lock': async (_request, context) => {
      lockSession(context.session);
      if (context.session.clinician) context.log.info('auth_locked', { reason: 'on_demand' });
      return null;
    },
  } satisfies HandlerGroup;
}

/** The app's auth handlers (default scrypt cost, the checker shared with clinicians:*). */
export const authHandlers = createAuthHandlers({ checker: sharedPasswordChecker });
