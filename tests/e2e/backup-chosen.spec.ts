// Backups to a chosen folder and restores from a chosen file, end to end through the browser
// harness. There is no native dialog here: the harness "chooses" <data>/chosen-backups for a backup
// and <data>/chosen-backups/restore.sqlite3 for a restore (main/backup/filePicker.ts), so a missing
// restore file is a cancelled dialog. Also the recovery screen for records saved by a newer version
// of the app. Checked with axe (no serious or critical finding).
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, expect } from './fixtures';
import { addPatient, expectAccessible, setUpClinician } from './consultation-helpers';
import { appPaths } from '../../main/paths';
import { harnessChoices } from '../../main/backup/filePicker';

test('back up to a chosen folder, then restore that backup from a chosen file', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  const choices = harnessChoices(app.dataDir);
  await app.open();
  await setUpClinician(page);
  await addPatient(page, { given: 'Ada', family: 'Kept', birthDate: '1970-05-01', sex: 'female' });
  await page.keyboard.press(',');
  await expect(page.getByRole('button', { name: 'Back up to a folder…' })).toBeVisible();
  await expectAccessible(page, 'settings backups');

  await page.getByRole('button', { name: 'Back up to a folder…' }).click();
  const made = page.getByText(/Backup made at .*checked and complete: /);
  await expect(made).toBeVisible();
  const text = (await made.textContent()) ?? '';
  const backupPath = text.slice(text.indexOf(': ') + 2);
  expect(dirname(backupPath)).toBe(choices.backupFolder);
  expect(existsSync(backupPath)).toBe(true);

  // Work after the backup, which the restore must take away again.
  await page.getByRole('button', { name: '← Patients' }).click();
  await addPatient(page, { given: 'Bo', family: 'Later', birthDate: '1980-01-01', sex: 'male' });
  const store = () => app.harness.runtime.context.store;
  expect(await store().patients.search('Later', 5)).toHaveLength(1);
  await page.keyboard.press(',');

  // Nothing at the harness's restore path yet: the "dialog" is cancelled and nothing changes.
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore from a backup file?' });
  await expect(confirm).toContainText('kept aside in the data folder (moved, not deleted)');
  await expectAccessible(page, 'restore from a file confirmation');
  await confirm.getByRole('button', { name: 'Choose the backup file…' }).click();
  await expect(page.getByText('No file was chosen. Nothing was changed.')).toBeVisible();
  expect(store().status().state).toBe('ok');
  expect(await store().patients.search('Later', 5)).toHaveLength(1);

  copyFileSync(backupPath, choices.restoreFile);
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await confirm.getByRole('button', { name: 'Choose the backup file…' }).click();
  await expect(page.getByText(/restored from the backup of .*Sign in again/)).toBeVisible();
  // Signed out, so sign-in uses the accounts in the restored records.
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible({ timeout: 10_000 });
  await setUpClinician(page);
  await page.getByRole('searchbox').fill('Kept');
  await expect(page.getByText('Ada Kept').first()).toBeVisible();
  expect(await store().patients.search('Later', 5)).toEqual([]);
  // The records that were replaced are kept aside beside the restored file.
  const aside = readdirSync(app.dataDir).filter((name) => name.includes('.before-restore-'));
  expect(aside.length).toBeGreaterThan(0);
});

test('records saved by a newer version: update first, restore only behind a second step', async ({
  app,
  page,
}) => {
  await app.open();
  await setUpClinician(page);
  await page.keyboard.press(',');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/Backup made at .*checked and complete/)).toBeVisible();

  await app.restart(() => {
    const db = new Database(appPaths(app.dataDir).databaseFile);
    db.pragma(`user_version = ${(db.pragma('user_version', { simple: true }) as number) + 50}`);
    db.close();
  });
  await app.open();
  await expect(page.getByRole('heading', { name: 'Update the app' })).toBeVisible();
  await expect(page.getByText(/saved by a newer version/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore this backup…' })).toHaveCount(0);
  await expectAccessible(page, 'newer version');

  await page.getByRole('button', { name: 'Restore an older backup instead…' }).click();
  await page.getByRole('button', { name: 'Restore this backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('all the work saved by the newer version');
  await expectAccessible(page, 'newer version restore confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(app.harness.runtime.context.store.status().state).toBe('newer_version');
  expect(existsSync(join(app.dataDir, 'hipspine.sqlite3'))).toBe(true);
});
