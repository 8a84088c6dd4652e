// clinicians:* — a signed-in clinician lists colleagues, adds one, and changes their own password.
// Each write names the signed-in clinician as the actor of its audit row.
import { AppError } from '../../../shared/ipc/result';
import { requireClinician } from '../../auth/session';
import { hashPassword } from '../../auth/password';
import { PasswordChecker, sharedPasswordChecker } from '../../auth/signIn';
import type { AuthHandlerOptions } from './auth';
import type { HandlerGroup } from '../types';

export function createClinicianHandlers(options: AuthHandlerOptions = {}) {
  const checker = options.checker ?? new PasswordChecker(options.scrypt);

  return {
    'clinicians:list': async (_request, context) => {
      requireClinician(context.session);
      return context.store.clinicians.list();
    },

    'clinicians:add': async (request, context) => {
      const actor = requireClinician(context.session);
      const { password, ...profile } = request;
      // Checked before hashing so a taken name costs no scrypt time (the store checks again).
      if (await context.store.clinicians.getByUsername(profile.username)) {
        throw new AppError('CONFLICT', 'This username is taken; choose another.');
      }
      const secret = await hashPassword(password, checker.params);
      const clinician = await context.store.clinicians.create(
        { ...profile, passwordHash: secret.hash, salt: secret.salt },
        actor.id,
      );
      context.log.info('clinician_added', { clinicianId: clinician.id, by: actor.id });
      return clinician;
    },

    'clinicians:changePassword': async (request, context) => {
      const me = requireClinician(context.session);
      await checker.confirm(context, me, request.current);
      if (request.next === request.current) {
        throw new AppError('BAD_REQUEST', 'The new password must differ from the current one.');
      }
      const secret = await hashPassword(request.next, checker.params);
      await context.store.clinicians.updatePassword(
        me.id,
        { passwordHash: secret.hash, salt: secret.salt },
        me.id,
      );
      context.log.info('clinician_password_changed', { clinicianId: me.id });
      return null;
    },
  } satisfies HandlerGroup;
}

/** The app's clinicians handlers (shares the sign-in checker, so failures count across both). */
export const clinicianHandlers = createClinicianHandlers({ checker: sharedPasswordChecker });
