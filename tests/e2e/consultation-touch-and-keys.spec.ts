// The consultation screen by touch and by key (UX.md, issue 5): large body-chart buttons in step
// with the drawing, Y / N on the red-flag questions, the suggested next test always in view and
// one press from its card, and every probability opening its reasons from the keyboard.
import { test, expect } from './fixtures';
import { expectAccessible, expectSaved, openNewEncounter } from './consultation-helpers';

const PATIENT = { given: 'Lena', family: 'Berg', birthDate: '1962-09-30', sex: 'female' } as const;

test('body chart: every region has a 44 px button that stays in step with the drawing', async ({
  app,
  page,
}) => {
  await openNewEncounter(app, page, PATIENT);
  await page.keyboard.press('2');
  const buttons = page.locator('[data-region-button]');
  await expect(buttons).toHaveCount(16);
  for (const box of await buttons.evaluateAll((all) =>
    all.map((el) => el.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })),
  )) {
    expect(box.h).toBeGreaterThanOrEqual(44);
    expect(box.w).toBeGreaterThanOrEqual(44);
  }

  const sijButton = page.getByRole('button', { name: 'Right SIJ region' });
  const sijDrawn = page.getByRole('checkbox', { name: 'Right SIJ region (back)' });
  await sijButton.click();
  await expect(sijButton).toHaveAttribute('aria-pressed', 'true');
  await expect(sijButton).toHaveText('✓ Right');
  await expect(sijDrawn).toHaveAttribute('aria-checked', 'true');

  // The drawing, by keyboard, marks the button.
  await page.getByRole('checkbox', { name: 'Left buttock (back)' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Left buttock' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('Marked: right SIJ region, left buttock')).toBeVisible();
  await expectSaved(page);
  await expectAccessible(page, 'history with region buttons');

  // Both survive a step change: they are the saved record, not local state.
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(sijDrawn).toHaveAttribute('aria-checked', 'true');
  await sijButton.click();
  await expect(sijDrawn).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByText('Marked: left buttock')).toBeVisible();
});

test('red flags: Y / N answer the current question and move on; listed in the help', async ({
  app,
  page,
}) => {
  await openNewEncounter(app, page, PATIENT);
  const questions = page.locator('.question-list > li');
  const first = questions.nth(0);
  await expect(first).toHaveAttribute('aria-current', 'step');
  await expect(first).toBeFocused();

  await page.keyboard.press('n');
  await page.keyboard.press('N');
  await expect(first.getByRole('button', { name: '✓ No' })).toHaveAttribute('aria-pressed', 'true');
  await expect(questions.nth(1).getByRole('button', { name: '✓ No' })).toBeVisible();
  await expect(questions.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(questions.nth(1)).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('ArrowDown');

  // Y on a question raises its flag: the banner appears and the cursor moves on.
  const bowel = page.locator('[data-flag="rf_ces_bowel"]');
  await expect(bowel).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('y');
  await expect(bowel.getByRole('button', { name: '✓ Yes' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('alert', { name: 'Red flag' })).toBeVisible();
  await expect(questions.nth(3)).toBeFocused();

  await expect(page.getByRole('button', { name: /No to all remaining \(20\)/ })).toBeEnabled();
  await page.getByRole('button', { name: /No to all remaining/ }).click();
  await expect(page.getByRole('button', { name: /No to all remaining \(0\)/ })).toBeDisabled();
  await expectSaved(page);
  await expectAccessible(page, 'red flags by key');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keys' });
  await expect(help.getByRole('row', { name: /Y \/ N.*Red flags: yes \/ no/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});
