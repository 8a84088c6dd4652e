// The harness's stand-in for the native dialogs: its folder and file come from the environment or
// default inside the data folder; a restore file that does not exist counts as a cancelled dialog.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HARNESS_BACKUP_FOLDER_ENV,
  HARNESS_RESTORE_FILE_ENV,
  harnessChoices,
  harnessFilePicker,
} from '../../../main/backup/filePicker';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hipspine-picker-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('harness file picker', () => {
  it('defaults inside the data folder', () => {
    const data = tempDir();
    expect(harnessChoices(data)).toEqual({
      backupFolder: join(data, 'chosen-backups'),
      restoreFile: join(data, 'chosen-backups', 'restore.sqlite3'),
    });
  });

  it('takes its choices from the environment when set (empty values ignored)', () => {
    const data = tempDir();
    expect(
      harnessChoices(data, {
        [HARNESS_BACKUP_FOLDER_ENV]: '/srv/usb',
        [HARNESS_RESTORE_FILE_ENV]: '/srv/usb/x.sqlite3',
      }),
    ).toEqual({ backupFolder: '/srv/usb', restoreFile: '/srv/usb/x.sqlite3' });
    expect(harnessChoices(data, { [HARNESS_BACKUP_FOLDER_ENV]: '' }).backupFolder).toBe(
      join(data, 'chosen-backups'),
    );
  });

  it('chooses the folder, and the file only once it exists as a file', async () => {
    const data = tempDir();
    const picker = harnessFilePicker(harnessChoices(data));
    expect(await picker.chooseBackupFolder()).toBe(join(data, 'chosen-backups'));
    expect(await picker.chooseBackupFile()).toBeNull();
    mkdirSync(join(data, 'chosen-backups', 'restore.sqlite3'), { recursive: true });
    expect(await picker.chooseBackupFile()).toBeNull(); // a folder is not a file
    rmSync(join(data, 'chosen-backups', 'restore.sqlite3'), { recursive: true });
    writeFileSync(join(data, 'chosen-backups', 'restore.sqlite3'), 'x');
    expect(await picker.chooseBackupFile()).toBe(join(data, 'chosen-backups', 'restore.sqlite3'));
  });
});
