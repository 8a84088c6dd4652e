// Settings end to end: reached by the header button and the `,` key (listed in the `?` help), bad
// input named field by field, a logo file read and previewed, a visible saved state that survives a
// reload, "Back up now" with the list of backups, and adding a colleague. Checked with axe.
import { test, expect } from './fixtures';
import { expectAccessible, screenshot, setUpClinician } from './consultation-helpers';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('settings: clinic details, validation, saved state, backups and colleagues', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  await app.open();
  await setUpClinician(page);

  // The `?` help lists the key; the key opens the screen.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys' })).toContainText('Settings');
  await page.keyboard.press('Escape');
  await page.keyboard.press(',');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: 'Clinic settings' });
  await expect(form.getByLabel('Clinic name')).toBeVisible();
  await expectAccessible(page, 'settings');

  // Bad input: each field says what is wrong, and nothing is saved.
  await form.getByLabel('Lock the screen after (minutes idle)').fill('0');
  await form.getByLabel('Automatic backups to keep').fill('many');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.getByText('Enter a whole number of minutes from 1 to 240.')).toBeVisible();
  await expect(form.getByText('Enter a whole number of backups from 1 to 365.')).toBeVisible();
  await expect(form.getByRole('alert')).toContainText('Not saved');
  await expect(form.getByLabel('Lock the screen after (minutes idle)')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await form.getByLabel(/^Logo/).setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('this is not an image'),
  });
  await expect(form.getByText('The logo must be a PNG or JPEG image.')).toBeVisible();
  await expectAccessible(page, 'settings with errors');

  // Good input, saved with a visible state.
  await form.getByLabel('Clinic name').fill('Harbour Street Physiotherapy');
  await form.getByLabel('Address').fill('4 Harbour Street\nPortsmouth PO1 2AB');
  await form.getByLabel('Phone').fill('023 9200 0000');
  await form.getByLabel(/^Logo/).setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await expect(form.getByRole('img', { name: 'Current clinic logo' })).toBeVisible();
  await form.getByLabel('Default referral recipient').fill('Dr Priya Nair, Harbour Medical Centre');
  await form.getByLabel('Paper size').selectOption('LETTER');
  await form.getByLabel('Lock the screen after (minutes idle)').fill('3');
  await form.getByLabel('Automatic backups to keep').fill('30');
  await expect(form.locator('[data-settings-save="dirty"]')).toHaveText('Unsaved changes.');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.locator('[data-settings-save="saved"]')).toContainText('Saved at');
  await screenshot(page, 'settings-saved');

  // Saved in main: a reload shows them again (the session survives a reload in the harness).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Find a patient' })).toBeVisible();
  await page.getByRole('button', { name: /Settings/ }).click();
  await expect(form.getByLabel('Clinic name')).toHaveValue('Harbour Street Physiotherapy');
  await expect(form.getByLabel('Paper size')).toHaveValue('LETTER');
  await expect(form.getByLabel('Lock the screen after (minutes idle)')).toHaveValue('3');
  await expect(form.getByRole('img', { name: 'Current clinic logo' })).toBeVisible();
  expect((await app.harness.runtime.context.store.settings.get()).autoLockMinutes).toBe(3);

  // Back up now: the new backup is listed.
  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByText(/Backup made at .*checked and complete/)).toBeVisible();
  await expect(backups.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toContainText([
    'made by hand',
  ]);

  // A colleague.
  const accounts = page.getByRole('region', { name: 'Clinicians' });
  const add = accounts.getByRole('form', { name: 'Add a clinician' });
  await add.getByLabel('Username').fill('bcolleague');
  await add.getByLabel('Full name').fill('Bo Colleague');
  await add.getByLabel('Registration number').fill('PH654321');
  await add.getByLabel('Password (8+ characters)').fill('another good password');
  await add.getByLabel('Repeat the password').fill('another good password');
  await add.getByRole('button', { name: 'Add clinician' }).click();
  await expect(accounts.getByText('Bo Colleague can now sign in')).toBeVisible({ timeout: 20_000 });
  await expect(accounts.getByRole('list', { name: 'Clinicians who can sign in' })).toContainText(
    'Bo Colleague',
  );
  await expectAccessible(page, 'settings saved');

  // Back to the patients.
  await page.getByRole('button', { name: '← Patients' }).click();
  await expect(page.getByRole('heading', { name: 'Find a patient' })).toBeVisible();
});
