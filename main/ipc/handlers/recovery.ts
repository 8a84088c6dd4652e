// db:listBackups — the backups the recovery screen offers when the records cannot be opened. Public,
// like db:status and db:restoreFromBackup, because nobody can sign in while the records are damaged;
// while they are fine it needs a signed-in clinician (Settings lists backups through backup:list).
//
// Only regular files directly inside the data folder's backups dir, named as the app names its
// backups, are listed: never a symbolic link (it could point anywhere) and never another folder.
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { requireClinician } from '../../auth/session';
import type { HandlerGroup } from '../types';

/** true when `path` is a regular file (not a link) whose real folder is `folder` itself. */
export function isInsideFolder(path: string, folder: string): boolean {
  try {
    if (!lstatSync(path).isFile()) return false;
    return dirname(realpathSync(path)) === realpathSync(resolve(folder));
  } catch {
    return false;
  }
}

export async function listRecoveryBackups(
  list: (folder: string) => Promise<BackupInfo[]>,
  folder: string,
): Promise<BackupInfo[]> {
  const backups = await list(folder);
  return backups.filter((backup) => isInsideFolder(backup.path, folder));
}

export const recoveryHandlers = {
  'db:listBackups': async (_request, context) => {
    if (context.store.status().state === 'ok') requireClinician(context.session);
    return listRecoveryBackups(
      (folder) => context.store.backup.list(folder),
      context.paths.backupsDir,
    );
  },
} satisfies HandlerGroup;
