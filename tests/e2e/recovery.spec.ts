// Recovery end to end: records with a patient and a backup, then garbage written over the records
// file while the app is closed. The app opens on the recovery screen (not sign-in), explains what
// happened, lists the backup, restores it after a confirmation, and returns to sign-in with the
// patient there. Checked with axe.
import { rmSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { addPatient, expectAccessible, screenshot, setUpClinician } from './consultation-helpers';
import { appPaths } from '../../main/paths';

test('a damaged records file: recovery screen, restore, sign-in, the patient is back', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  await app.open();
  await setUpClinician(page);
  await addPatient(page, {
    given: 'Ines',
    family: 'Restored',
    birthDate: '1980-01-01',
    sex: 'female',
  });
  await page.keyboard.press(',');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/Backup made at .*checked and complete/)).toBeVisible();

  await app.restart(() => {
    const file = appPaths(app.dataDir).databaseFile;
    writeFileSync(file, Buffer.alloc(256 * 1024, 0x5a));
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
  });
  await app.open();

  await expect(page.getByRole('heading', { name: 'The records cannot be opened' })).toBeVisible();
  await expect(page.getByText(/records file is damaged/).first()).toBeVisible();
  await expect(page.getByRole('form', { name: 'Sign in' })).toHaveCount(0);
  const choices = page.getByRole('radio');
  await expect(choices.first()).toBeChecked();
  await expect(choices.first()).toHaveAccessibleName(/made by hand/);
  await expectAccessible(page, 'recovery');
  await screenshot(page, 'recovery-screen');

  // A confirmation first; cancelling changes nothing.
  await page.getByRole('button', { name: 'Restore this backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('moved aside, not deleted');
  await expectAccessible(page, 'restore confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(app.harness.runtime.context.store.status().state).toBe('corrupt');

  await page.getByRole('button', { name: 'Restore this backup…' }).click();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/is restored/)).toBeVisible();

  await setUpClinician(page);
  await page.getByRole('searchbox').fill('Restored');
  await expect(page.getByText('Ines Restored').first()).toBeVisible();
});

test('records on a network share: explained, no restore offered', async ({ app, page }) => {
  // The store's own network-share detection is unit-tested (tests/unit/db/networkShare.test.ts);
  // here the renderer's answer to that status.
  await app.open();
  await page.route('**/__api/db%3Astatus', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: true,
        value: {
          state: 'network_share',
          message:
            'The records file is on a network share, where it can be corrupted. Choose a folder on this computer.',
        },
      }),
    }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The records cannot be opened' })).toBeVisible();
  await expect(page.getByText(/move the HipSpine data folder/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Restore/ })).toHaveCount(0);
  await expectAccessible(page, 'network share');
});
