// The Electron adapter of the FilePicker port: native folder and file dialogs, modal to the app's
// window. It takes Electron's objects as arguments (only main/electron imports 'electron'), so the
// glue passes it to the runtime with one line:
//   filePicker: electronFilePicker({ dialog, parent: () => mainWindow })
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { FilePicker } from './filePicker';

export interface FilePickerDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  /** The app's window, so the dialog is modal to it (null before it exists or after it closed). */
  parent: () => BrowserWindow | null;
}

export const BACKUP_FOLDER_DIALOG: OpenDialogOptions = {
  title: 'Choose a folder for the backup',
  buttonLabel: 'Back up here',
  properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
};

export const BACKUP_FILE_DIALOG: OpenDialogOptions = {
  title: 'Choose a backup to restore',
  buttonLabel: 'Restore this backup',
  filters: [{ name: 'HipSpine backup', extensions: ['sqlite3'] }],
  properties: ['openFile', 'dontAddToRecent'],
};

export function electronFilePicker(deps: FilePickerDeps): FilePicker {
  async function pick(options: OpenDialogOptions): Promise<string | null> {
    const parent = deps.parent();
    const result = parent
      ? await deps.dialog.showOpenDialog(parent, options)
      : await deps.dialog.showOpenDialog(options);
    if (result.canceled) return null;
    return result.filePaths[0] ?? null;
  }
  return {
    chooseBackupFolder: () => pick(BACKUP_FOLDER_DIALOG),
    chooseBackupFile: () => pick(BACKUP_FILE_DIALOG),
  };
}
