// db:status, db:restoreFromBackup and db:restoreFromChosenFile: public, because the recovery screen
// must work when the records (and with them the clinicians who could sign in) cannot be opened.
// While the records are fine, a restore replaces everyone's work, so it then needs a signed-in
// clinician. Both restores go through restoreRecords, so a file picked in a dialog gets exactly the
// checks of a listed backup (the store's restoreFromBackup: schema, version, integrity_check).
// After a successful restore main ends the session (the dispatcher's afterSuccess hook, in
// main/auth/policy.ts): the restored accounts may not include whoever was signed in.
import type { BackupInfo } from '../../../shared/ipc/contract';
import { requireClinician } from '../../auth/session';
import { requireFilePicker } from '../../backup/requirePicker';
import type { HandlerContext, HandlerGroup } from '../types';

async function restoreRecords(path: string, context: HandlerContext): Promise<BackupInfo> {
  const info = await context.store.restoreFromBackup(path);
  context.log.warn('database_restored', { sizeBytes: info.sizeBytes });
  return info;
}

export const dbHandlers = {
  'db:status': async (_request, context) => context.store.status(),
  'db:restoreFromBackup': async (request, context) => {
    if (context.store.status().state === 'ok') requireClinician(context.session);
    return restoreRecords(request.path, context);
  },
  'db:restoreFromChosenFile': async (_request, context) => {
    // Checked before the dialog opens, and again after: the records may have changed meanwhile.
    if (context.store.status().state === 'ok') requireClinician(context.session);
    const path = await requireFilePicker(context).chooseBackupFile();
    if (path === null) return null;
    if (context.store.status().state === 'ok') requireClinician(context.session);
    return restoreRecords(path, context);
  },
} satisfies HandlerGroup;
