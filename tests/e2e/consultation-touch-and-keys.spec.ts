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

test('the suggested next test is always in view and opens its card, by click or Enter, in either order', async ({
  app,
  page,
}) => {
  await openNewEncounter(app, page, PATIENT);
  const panel = page.getByRole('complementary', { name: 'Live assessment' });
  const next = panel.getByRole('button', { name: /^Next: ★/ });
  const header = page.locator('.encounter-header');

  /** The next-test button and its reason are on screen, below the sticky header. */
  async function expectNextInView(where: string) {
    await expect(next, where).toBeInViewport({ ratio: 1 });
    await expect(panel.locator('.next-why'), where).toBeInViewport({ ratio: 1 });
    await expect(panel.locator('.next-why'), where).toContainText(/^Why: \S/);
    const headerBox = await header.boundingBox();
    const nextBox = await next.boundingBox();
    expect(nextBox!.y, where).toBeGreaterThanOrEqual(headerBox!.y + headerBox!.height);
  }

  await page.getByRole('button', { name: /No to all remaining/ }).click();
  await expectNextInView('red flags');
  await page.keyboard.press('2');
  await expectNextInView('history');

  // From the history step, a click opens the tests at the suggested card, focused, ready for keys.
  const suggested = await panel.locator('.next-test').getAttribute('data-next');
  await next.click();
  await expect(page.getByRole('heading', { name: 'Tests', level: 2 })).toBeVisible();
  const card = page.locator(`[data-test-id="${suggested}"]`);
  await expect(card).toBeFocused();
  await expect(card).toHaveClass(/suggested/);
  await expect(card).toBeInViewport();
  await page.keyboard.press('P');
  await expect(
    card.getByRole('button', { name: /, (left|right|midline): Positive$/ }).first(),
  ).toHaveAttribute('aria-pressed', 'true');

  // Record down the list, then jump back by keyboard in the by-position order.
  for (let i = 0; i < 10; i += 1) await page.keyboard.press('N');
  await expectNextInView('tests, after recording');
  await page.getByRole('radio', { name: /By patient position/ }).click();
  const again = await panel.locator('.next-test').getAttribute('data-next');
  await next.focus();
  await page.keyboard.press('Enter');
  const positionCard = page.locator(`[data-test-id="${again}"]`);
  await expect(positionCard).toBeFocused();
  await expect(positionCard).toBeInViewport();
  await expectAccessible(page, 'tests by position after a jump');

  // A red-flag banner makes the header taller; the panel (and its next test) stays below it.
  await page.keyboard.press('1');
  await page.locator('[data-flag="rf_fever_systemic_illness"]').click();
  await page.keyboard.press('y');
  await expect(page.getByRole('alert', { name: 'Red flag' })).toBeVisible();
  await page.keyboard.press('3');
  await page.mouse.wheel(0, 2000);
  await expectNextInView('tests with a banner, scrolled');
  await expectSaved(page);
});

test('each probability shows its basis and opens its reasons and sources by keyboard', async ({
  app,
  page,
}) => {
  await openNewEncounter(app, page, PATIENT);
  await page.getByRole('button', { name: /No to all remaining/ }).click();
  await page.keyboard.press('2');
  await page.getByRole('button', { name: 'Right groin / anterior thigh' }).click();
  await page.keyboard.press('3');
  await page.keyboard.press('N'); // FADIR left
  await page.keyboard.press('P'); // FADIR right
  await page.keyboard.press('N'); // FABER left
  await page.keyboard.press('P'); // FABER right
  await page.keyboard.press('N'); // scour left
  await page.keyboard.press('P'); // scour right
  await expectSaved(page);

  const panel = page.getByRole('complementary', { name: 'Live assessment' });
  const hip = panel.locator('[data-source="hip_joint"]');
  await expect(hip.locator('.source-basis')).toHaveText(
    /^✓ groin pain with 2\+ positive hip tests; .+, LR[+−] [\d.∞]+ · .+ \d{4}/,
  );
  await expect(panel.locator('[data-source="piriformis"] .source-basis')).toHaveText(
    /^prior only \(\d+%\)$/,
  );

  // Enter on a focused figure opens its reasons (and does not open the current test's details).
  const currentCard = page.locator('.test-card.current');
  await hip.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(hip).toHaveAttribute('open', '');
  await expect(hip.locator('.reasons')).toBeVisible();
  await expect(hip.locator('.reasons')).toContainText(/Starts from \d+%/);
  await expect(hip.locator('.reasons')).toContainText(/LR\+ [\d.]+ — \S+ \d{4}/);
  await expect(hip.locator('.reasons')).toContainText('✓ Rule-supported:');
  await expect(currentCard.getByRole('button', { name: 'Details' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expectAccessible(page, 'panel with a figure open');
  await page.keyboard.press('Space');
  await expect(hip).not.toHaveAttribute('open', '');

  // Rules open the same way, to their criteria and source.
  const rule = panel.locator('details[data-rule]').first();
  await rule.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(rule.locator('.reasons')).toContainText(/Source: \S+/);

  // Enter away from the panel still opens the current test's details.
  await currentCard.focus();
  await page.keyboard.press('Enter');
  await expect(currentCard.getByRole('button', { name: 'Hide details' })).toBeVisible();
});
