// backup:create (to a given folder, or the app's backups folder), backup:createInChosenFolder (to a
// folder the clinician picks in main's dialog) and backup:list. Backups use SQLite's online backup
// API and are integrity-checked before they get their name (main/db/sqlite/backup.ts).
import type { BackupInfo } from '../../../shared/ipc/contract';
import { requireClinician } from '../../auth/session';
import { requireFilePicker } from '../../backup/requirePicker';
import type { HandlerContext, HandlerGroup } from '../types';

async function backUpInto(folder: string, context: HandlerContext): Promise<BackupInfo> {
  const clinician = requireClinician(context.session);
  const info = await context.store.backup.create(folder);
  await context.store.audit.record(
    { action: 'backup', entity: 'database', entityId: 'records', changes: { path: info.path } },
    clinician.id,
  );
  context.log.info('backup_created', { sizeBytes: info.sizeBytes });
  return info;
}

export const backupHandlers = {
  'backup:create': async (request, context) =>
    backUpInto(request.folder ?? context.paths.backupsDir, context),
  'backup:createInChosenFolder': async (_request, context) => {
    // Signed in before the dialog opens (no dialog for a locked screen), and still after it.
    requireClinician(context.session);
    const folder = await requireFilePicker(context).chooseBackupFolder();
    return folder === null ? null : backUpInto(folder, context);
  },
  'backup:list': async (_request, context) => context.store.backup.list(context.paths.backupsDir),
} satisfies HandlerGroup;
