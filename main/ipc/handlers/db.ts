// db:status and db:restoreFromBackup: public, because the recovery screen must work when the records
// (and with them the clinicians who could sign in) cannot be opened. While the records are fine, a
// restore replaces everyone's work, so it then needs a signed-in clinician.
import { requireClinician } from '../../auth/session';
import type { HandlerGroup } from '../types';

export const dbHandlers = {
  'db:status': async (_request, context) => context.store.status(),
  'db:restoreFromBackup': async (request, context) => {
    if (context.store.status().state === 'ok') requireClinician(context.session);
    const info = await context.store.restoreFromBackup(request.path);
    context.log.warn('database_restored', { sizeBytes: info.sizeBytes });
    return info;
  },
} satisfies HandlerGroup;
