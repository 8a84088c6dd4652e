// Where a backup goes and which backup file a restore reads, when the clinician chooses. Native
// folder and file dialogs exist only under Electron, so this is a port on the handler context: the
// Electron glue passes its adapter (electronFilePicker.ts) to the runtime; the browser harness and
// tests use harnessFilePicker, which "chooses" what its configuration names, so the whole flow
// (choose, back up, restore, cancel) runs without a dialog.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface FilePicker {
  /** Asks for a folder to write a backup into; null when the clinician cancels. */
  chooseBackupFolder(): Promise<string | null>;
  /** Asks for a backup file to restore from; null when the clinician cancels. */
  chooseBackupFile(): Promise<string | null>;
}

export interface HarnessChoices {
  /** The folder "chosen" for a backup (created by the backup if missing). */
  backupFolder: string;
  /** The file "chosen" for a restore; when no such file exists the choice counts as cancelled. */
  restoreFile: string;
}

/** Environment variables that set the harness's choices (`npm run dev:browser`, Playwright). */
export const HARNESS_BACKUP_FOLDER_ENV = 'HIPSPINE_HARNESS_BACKUP_FOLDER';
export const HARNESS_RESTORE_FILE_ENV = 'HIPSPINE_HARNESS_RESTORE_FILE';

/**
 * The harness's choices: the environment's, else inside the data folder, `chosen-backups/` for
 * backups and `chosen-backups/restore.sqlite3` for a restore (absent until someone puts a backup
 * there, so a restore is "cancelled" by default and never happens by accident).
 */
export function harnessChoices(
  dataDir: string,
  env: Readonly<Record<string, string | undefined>> = {},
): HarnessChoices {
  const backupFolder = resolve(env[HARNESS_BACKUP_FOLDER_ENV] || join(dataDir, 'chosen-backups'));
  const restoreFile = resolve(
    env[HARNESS_RESTORE_FILE_ENV] || join(dataDir, 'chosen-backups', 'restore.sqlite3'),
  );
  return { backupFolder, restoreFile };
}

/** No dialog: returns the configured folder, and the configured file only if it is a file. */
export function harnessFilePicker(choices: HarnessChoices): FilePicker {
  return {
    async chooseBackupFolder() {
      return choices.backupFolder;
    },
    async chooseBackupFile() {
      // A real open-file dialog only returns a file that exists; anything else is "cancelled".
      try {
        return existsSync(choices.restoreFile) && statSync(choices.restoreFile).isFile()
          ? choices.restoreFile
          : null;
      } catch {
        return null;
      }
    },
  };
}
