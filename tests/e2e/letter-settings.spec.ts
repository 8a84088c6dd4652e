// The letter follows Settings and warns before signing: the clinic name saved on the Settings screen
// is on the letterhead of the saved PDF, and a patient name the letter fonts cannot draw (an emoji,
// Hangul) is named in the Sign section and in the confirmation before the clinician signs.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import {
  expectAccessible,
  expectSaved,
  newEncounterFor,
  setUpClinician,
} from './consultation-helpers';
import { pdfPages } from '../unit/pdf/letterFixture';

test('letterhead from Settings; undrawable characters named before signing', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await app.open();
  await setUpClinician(page);

  await page.keyboard.press(',');
  const form = page.getByRole('form', { name: 'Clinic settings' });
  await form.getByLabel('Clinic name').fill('Harbour Street Physiotherapy');
  await form.getByLabel('Phone').fill('023 9200 0000');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.locator('[data-settings-save="saved"]')).toBeVisible();

  await page.getByRole('button', { name: '← Patients' }).click();
  await newEncounterFor(page, {
    given: 'Min-jun 🦴',
    family: '한국',
    birthDate: '1979-08-30',
    sex: 'male',
  });
  await page.getByRole('button', { name: /No to all remaining/ }).click();
  await expectSaved(page);
  await page.keyboard.press('5');
  await expect(page.getByRole('heading', { name: 'Sign', level: 3 })).toBeVisible();
  await expectSaved(page);

  const warning = page.locator('[data-glyph-warning]');
  await expect(warning).toContainText('These characters cannot be printed in the letter:');
  await expect(warning).toContainText('U+1F9B4, U+D55C, U+AD6D in patient name');
  await expectAccessible(page, 'sign with glyph warning');

  await page.getByRole('button', { name: 'Sign encounter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign this encounter?' });
  await expect(dialog.locator('[data-glyph-warning]')).toContainText('U+1F9B4');
  await expectAccessible(page, 'sign dialog with glyph warning');
  // Signing stays possible.
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(page.getByText(/Signed .* read-only/)).toBeVisible();

  await page.getByRole('button', { name: 'Create letter' }).click();
  await expect(page.getByRole('img', { name: /Letter page 1 of \d/ })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  const saved = page.getByText(/^Saved to /);
  await expect(saved).toBeVisible();
  const path = ((await saved.textContent()) ?? '').replace(/^Saved to /, '').trim();
  const pages = await pdfPages(readFileSync(path));
  expect(pages[0]).toContain('Harbour Street Physiotherapy');
  expect(pages[0]).toContain('023 9200 0000');
});
