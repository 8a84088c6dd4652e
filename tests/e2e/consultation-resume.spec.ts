// A draft survives a restart: record, quit and relaunch the app on the same data folder, sign in,
// and pick the draft up from the recent encounters with every answer in place.
import { test, expect } from './fixtures';
import { expectAccessible, expectSaved, openNewEncounter, PASSWORD } from './consultation-helpers';

test('a draft is resumed after a restart', async ({ app, page }) => {
  test.setTimeout(60_000);
  await openNewEncounter(app, page, {
    given: 'Mei',
    family: 'Tanaka',
    birthDate: '1970-11-20',
    sex: 'female',
  });

  await page.getByRole('button', { name: /No to all remaining/ }).click();
  await page.keyboard.press('2');
  await page.getByRole('checkbox', { name: 'Left buttock (back)' }).click();
  await page.getByLabel('Presenting complaint').fill('Left buttock pain for 3 months');
  await page.keyboard.press('Escape');
  await page.keyboard.press('3');
  await page.keyboard.press('P'); // FADIR left positive
  await page.keyboard.press('N'); // FADIR right negative
  await expectSaved(page);

  await app.restart();
  await app.open();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page, 'sign in');
  await page.getByLabel('Username').fill('jphysio');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // The draft is listed among the recent encounters, and on the patient's page found by search.
  const recent = page.getByRole('region', { name: 'Recent encounters' });
  await expect(recent.getByRole('button', { name: /Mei Tanaka.*Draft/ })).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByLabel(/Name or identifier/)).toBeFocused();
  await page.keyboard.type('Tanak');
  await page.getByRole('list', { name: 'Matching patients' }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mei Tanaka' })).toBeVisible();
  await expectAccessible(page, 'patient page with an encounter');
  await page
    .getByRole('list', { name: 'Encounters' })
    .getByRole('button', { name: /Draft/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Red flags' })).toBeVisible();
  await expect(page.getByRole('button', { name: /No to all remaining \(0\)/ })).toBeDisabled();
  await page.keyboard.press('2');
  await expect(page.getByRole('checkbox', { name: 'Left buttock (back)' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByLabel('Presenting complaint')).toHaveValue(
    'Left buttock pain for 3 months',
  );
  await page.keyboard.press('3');
  const fadir = page.locator('[data-test-id="fadir"]');
  await expect(fadir.getByRole('button', { name: 'FADIR, left: Positive' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(fadir.getByRole('button', { name: 'FADIR, right: Negative' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The cursor resumes at the first test with a side still open.
  await expect(page.locator('[data-test-id="faber_groin"]')).toHaveClass(/current/);
});
