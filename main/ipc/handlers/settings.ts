// settings:get, settings:update (clinic details printed on letters, auto-lock, backups to keep).
import { requireClinician } from '../../auth/session';
import type { HandlerGroup } from '../types';

export const settingsHandlers = {
  'settings:get': async (_request, context) => context.store.settings.get(),
  'settings:update': async (request, context) => {
    const clinician = requireClinician(context.session);
    return context.store.settings.update(request, clinician.id);
  },
} satisfies HandlerGroup;
