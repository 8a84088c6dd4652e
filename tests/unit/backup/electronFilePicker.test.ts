// The Electron folder/file dialogs, with a fake `dialog` (the Electron binary is not installed, and
// the adapter takes Electron's objects as arguments precisely so it can be tested like this).
import { describe, expect, it } from 'vitest';
import type { BrowserWindow, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import {
  BACKUP_FILE_DIALOG,
  BACKUP_FOLDER_DIALOG,
  electronFilePicker,
} from '../../../main/backup/electronFilePicker';

interface Shown {
  parent: unknown;
  options: OpenDialogOptions;
}

function fakeDialog(answer: OpenDialogReturnValue) {
  const shown: Shown[] = [];
  const dialog = {
    showOpenDialog: (async (...args: unknown[]) => {
      const [first, second] = args;
      shown.push(
        second === undefined
          ? { parent: null, options: first as OpenDialogOptions }
          : { parent: first, options: second as OpenDialogOptions },
      );
      return answer;
    }) as never,
  };
  return { dialog, shown };
}

const WINDOW = { id: 1 } as unknown as BrowserWindow;

describe('electronFilePicker', () => {
  it('returns the folder chosen, from a folder dialog modal to the app window', async () => {
    const { dialog, shown } = fakeDialog({ canceled: false, filePaths: ['/media/usb/backups'] });
    const picker = electronFilePicker({ dialog, parent: () => WINDOW });
    expect(await picker.chooseBackupFolder()).toBe('/media/usb/backups');
    expect(shown).toHaveLength(1);
    expect(shown[0]?.parent).toBe(WINDOW);
    expect(shown[0]?.options).toBe(BACKUP_FOLDER_DIALOG);
    expect(BACKUP_FOLDER_DIALOG.properties).toContain('openDirectory');
    expect(BACKUP_FOLDER_DIALOG.properties).not.toContain('openFile');
  });

  it('returns the file chosen, from an open-file dialog filtered to .sqlite3', async () => {
    const { dialog, shown } = fakeDialog({
      canceled: false,
      filePaths: ['D:\\Backups\\hipspine-backup-20250303-080000000.sqlite3'],
    });
    const picker = electronFilePicker({ dialog, parent: () => WINDOW });
    expect(await picker.chooseBackupFile()).toBe(
      'D:\\Backups\\hipspine-backup-20250303-080000000.sqlite3',
    );
    const options = shown[0]?.options;
    expect(options?.properties).toContain('openFile');
    expect(options?.properties).not.toContain('openDirectory');
    expect(options?.properties).not.toContain('multiSelections');
    expect(options?.filters).toEqual([{ name: 'HipSpine backup', extensions: ['sqlite3'] }]);
    expect(options).toBe(BACKUP_FILE_DIALOG);
  });

  it('returns null when the clinician cancels either dialog', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePaths: [] });
    const picker = electronFilePicker({ dialog, parent: () => WINDOW });
    expect(await picker.chooseBackupFolder()).toBeNull();
    expect(await picker.chooseBackupFile()).toBeNull();
  });

  it('returns null for a dialog that closes without a path (canceled false, no paths)', async () => {
    const { dialog } = fakeDialog({ canceled: false, filePaths: [] });
    const picker = electronFilePicker({ dialog, parent: () => WINDOW });
    expect(await picker.chooseBackupFile()).toBeNull();
  });

  it('opens an unparented dialog when the window is gone', async () => {
    const { dialog, shown } = fakeDialog({ canceled: false, filePaths: ['/tmp/x'] });
    const picker = electronFilePicker({ dialog, parent: () => null });
    expect(await picker.chooseBackupFolder()).toBe('/tmp/x');
    expect(shown[0]).toEqual({ parent: null, options: BACKUP_FOLDER_DIALOG });
  });
});
