// Suspected cauda equina: two "yes" answers raise the emergency banner, which stays on every step
// and blocks signing until an action is recorded.
import { test, expect } from './fixtures';
import {
  expectAccessible,
  expectSaved,
  openNewEncounter,
  screenshot,
} from './consultation-helpers';

test('cauda equina: the emergency banner stays on every step until resolved', async ({
  app,
  page,
}) => {
  test.setTimeout(60_000);
  await openNewEncounter(app, page, {
    given: 'Sam',
    family: 'Okafor',
    birthDate: '1981-07-02',
    sex: 'male',
  });

  const question = (text: RegExp) => page.getByRole('group', { name: text });
  await question(/trouble starting to pass urine/)
    .getByRole('button', { name: 'Yes' })
    .click();
  await question(/numbness around the back passage/)
    .getByRole('button', { name: 'Yes' })
    .click();
  await page.getByRole('button', { name: /No to all remaining/ }).click();
  await expectSaved(page);

  const banner = page.getByRole('alert', { name: 'Red flag' });
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('data-urgency', 'emergency');
  await expect(banner).toContainText('EMERGENCY');
  await expect(banner).toContainText('Cauda equina');
  await expectAccessible(page, 'red-flag banner');
  await screenshot(page, 'consultation-cauda-equina-banner');

  for (const key of ['2', '3', '4', '5']) {
    await page.keyboard.press(key);
    await expect(banner).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Sign encounter…' })).toBeDisabled();
  await expect(page.getByLabel('Urgency')).toHaveValue('emergency');

  // Resolve both flags with a recorded action.
  for (let i = 0; i < 2; i += 1) {
    await banner.getByRole('button', { name: 'Record action…' }).first().click();
    const form = banner.getByRole('form', { name: 'Record action' });
    await form.getByLabel('Action').selectOption('referred');
    await form.getByLabel(/What was done/).fill('Sent to ED for emergency MRI');
    await form.getByRole('button', { name: 'Save action' }).click();
    await expectSaved(page);
  }
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign encounter…' })).toBeEnabled();
});
