// backup:create (to a chosen folder, or the app's backups folder) and backup:list. Backups use
// SQLite's online backup API and are integrity-checked before they are listed.
import { requireClinician } from '../../auth/session';
import type { HandlerGroup } from '../types';

export const backupHandlers = {
  'backup:create': async (request, context) => {
    const clinician = requireClinician(context.session);
    const info = await context.store.backup.create(request.folder ?? context.paths.backupsDir);
    await context.store.audit.record(
      { action: 'backup', entity: 'database', entityId: 'records', changes: { path: info.path } },
      clinician.id,
    );
    context.log.info('backup_created', { sizeBytes: info.sizeBytes });
    return info;
  },
  'backup:list': async (_request, context) => context.store.backup.list(context.paths.backupsDir),
} satisfies HandlerGroup;
