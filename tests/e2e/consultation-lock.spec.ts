// Ctrl+L locks the screen over the consultation; after unlocking, what was on screen is still there.
import { test, expect } from './fixtures';
import { expectAccessible, expectSaved, openNewEncounter, PASSWORD } from './consultation-helpers';

test('locking keeps the consultation as it was', async ({ app, page }) => {
  test.setTimeout(60_000);
  await openNewEncounter(app, page, {
    given: 'Ola',
    family: 'Nordmann',
    birthDate: '1966-05-05',
    sex: 'male',
  });
  await page.keyboard.press('2');
  await page.getByLabel('Presenting complaint').fill('Right groin pain on stairs');
  await page.keyboard.press('Escape');
  await expectSaved(page);

  await page.keyboard.press('Control+l');
  const unlock = page.getByRole('dialog');
  await expect(unlock.getByLabel(/Password/)).toBeVisible();
  // The consultation stays mounted but hidden from sight and from assistive technology.
  await expect(page.locator('.workspace')).toHaveAttribute('aria-hidden', 'true');
  await expectAccessible(page, 'locked');
  await unlock.getByLabel(/Password/).fill(PASSWORD);
  await unlock.getByRole('button', { name: /Unlock|Sign in/ }).click();
  await expect(unlock).toHaveCount(0);
  await expect(page.getByLabel('Presenting complaint')).toHaveValue('Right groin pain on stairs');
  await expect(page.getByRole('heading', { name: 'History', level: 2 })).toBeVisible();
});
