// settings:get, settings:update (clinic details printed on letters, auto-lock, backups to keep).
// The schema bounds every field; a logo must also really be a PNG or JPEG (the same check the
// letterhead makes), so a clinic learns at once that its logo would not print.
import { AppError } from '../../../shared/ipc/result';
import { requireClinician } from '../../auth/session';
import { logoBytes } from '../../pdf/layout/letterhead';
import type { HandlerGroup } from '../types';

export const settingsHandlers = {
  'settings:get': async (_request, context) => context.store.settings.get(),
  'settings:update': async (request, context) => {
    const clinician = requireClinician(context.session);
    if (typeof request.clinicLogo === 'string' && logoBytes(request.clinicLogo) === null) {
      throw new AppError('BAD_REQUEST', 'The logo must be a PNG or JPEG image.');
    }
    return context.store.settings.update(request, clinician.id);
  },
} satisfies HandlerGroup;
