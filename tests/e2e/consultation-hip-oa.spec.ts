// A standard exam to a signed encounter: a 68-year-old with right hip osteoarthritis. Red flags in
// one action, a short history with the body chart, the twelve hip-rotation tests on both sides by
// key, then plan and sign. Prints the interaction count and the record-to-panel time; saves a
// screenshot of each step; checks every screen with axe.
import { test, expect } from './fixtures';
import {
  addPatient,
  expectAccessible,
  expectSaved,
  InteractionCounter,
  screenshot,
  setUpClinician,
  startEncounter,
} from './consultation-helpers';

/** Left negative, right as listed (P/N), in the on-screen order of the hip-rotation group. */
const RIGHT_HIP_OA: [string, 'P' | 'N'][] = [
  ['FADIR', 'P'],
  ['FABER (groin)', 'P'],
  ['scour', 'P'],
  ['log roll', 'N'],
  ['Stinchfield', 'N'],
  ['IR', 'P'],
  ['flexion', 'P'],
  ['IR pain', 'P'],
  ['flexion lateral', 'P'],
  ['extension', 'P'],
  ['percussion', 'N'],
  ['hop', 'N'],
];

test('hip osteoarthritis: a standard exam to a signed encounter', async ({ app, page }) => {
  test.setTimeout(150_000);
  await app.open();
  await setUpClinician(page);
  await expectAccessible(page, 'home');
  await screenshot(page, 'consultation-0-home');
  await addPatient(page, {
    given: 'Ada',
    family: 'Lovelace',
    birthDate: '1957-03-14',
    sex: 'female',
  });
  await expectAccessible(page, 'patient page');
  await startEncounter(page);

  const act = new InteractionCounter(page);

  // 1. Red flags: all absent in one action.
  await act.click(page.getByRole('button', { name: /No to all remaining/ }));
  await expect(page.getByRole('button', { name: /No to all remaining \(0\)/ })).toBeDisabled();
  await expectSaved(page);
  await expect(page.getByRole('alert', { name: 'Red flag' })).toHaveCount(0);
  await expectAccessible(page, 'red flags');
  await screenshot(page, 'consultation-1-red-flags');

  // 2. History.
  await act.press('2');
  await expect(page.getByRole('heading', { name: 'History', level: 2 })).toBeVisible();
  await act.click(page.getByRole('checkbox', { name: 'Right groin / anterior thigh (front)' }));
  await act.click(page.getByRole('checkbox', { name: 'Right lateral hip (front)' }));
  for (const item of ['Worse squatting', 'Worse walking', 'Trouble with shoes and socks', 'Limp']) {
    await act.click(page.getByRole('group', { name: item }).getByRole('button', { name: 'Yes' }));
  }
  await act.click(page.getByLabel('Morning stiffness (minutes)'));
  await act.type('20');
  await act.click(page.getByLabel('Duration (weeks)'));
  await act.type('40');
  await act.click(page.getByRole('radio', { name: '6' }));
  await expectSaved(page);
  await expect(page.getByRole('checkbox', { name: 'Right lateral hip (front)' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expectAccessible(page, 'history');
  await screenshot(page, 'consultation-2-history');

  // 3. Tests: twelve tests, both sides, one key each; the cursor moves by itself.
  await act.press('3');
  await expect(page.getByRole('heading', { name: 'Tests', level: 2 })).toBeVisible();
  for (const [, right] of RIGHT_HIP_OA) {
    await act.press('N'); // left
    await act.press(right); // right
  }
  await expectSaved(page);
  const fadir = page.locator('[data-test-id="fadir"]');
  await expect(fadir.getByRole('button', { name: 'FADIR, right: Positive' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(fadir.getByRole('button', { name: 'FADIR, left: Negative' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const panel = page.getByRole('complementary', { name: 'Live assessment' });
  await expect(panel.locator('.verdict-line')).toContainText('Hip joint');
  await expect(panel.locator('[data-rule="cpr_sutlive_hip_oa"]')).toContainText('5/5');
  await expect(panel.locator('[data-source="hip_joint"]')).toContainText('Sutlive');
  // The suggested next test and its reason are in view without scrolling the panel (UX.md).
  await expect(panel.getByRole('button', { name: /^Next: ★/ })).toBeInViewport({ ratio: 1 });
  await expect(panel.locator('.next-why')).toBeInViewport({ ratio: 1 });
  await expectAccessible(page, 'tests');
  await screenshot(page, 'consultation-3-tests');

  const perf = await page.evaluate(
    () =>
      (globalThis as { __hipspinePerf?: { recordToPanelMs: number[] } }).__hipspinePerf
        ?.recordToPanelMs ?? [],
  );
  expect(perf.length).toBeGreaterThanOrEqual(24);

  // The same records in the by-position order.
  await page.getByRole('radio', { name: /By patient position/ }).click();
  await expect(page.getByRole('heading', { name: 'Supine', level: 3 })).toBeVisible();
  await expect(
    page.locator('[data-test-id="fadir"]').getByRole('button', { name: 'FADIR, right: Positive' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.test-card.suggested')).toHaveCount(1);
  await expectAccessible(page, 'tests by position');
  await page.getByRole('radio', { name: /By question/ }).click();

  // 4. Assessment.
  await page.keyboard.press('4');
  await expect(page.getByRole('heading', { name: 'Assessment', level: 2 })).toBeVisible();
  await expect(page.locator('.verdict-big')).toContainText('Hip joint');
  await expectAccessible(page, 'assessment');
  await screenshot(page, 'consultation-4-assessment');

  // 5. Plan and sign.
  await act.press('5');
  await expect(page.getByLabel('Urgency')).toHaveValue('routine');
  await expectSaved(page);
  await act.click(page.getByRole('button', { name: 'Sign encounter…' }));
  await expectAccessible(page, 'sign dialog');
  await act.click(page.getByRole('dialog').getByRole('button', { name: 'Sign', exact: true }));
  await expect(page.getByText(/Signed .* read-only/)).toBeVisible();
  await expect(page.locator('[data-save="signed"]')).toBeVisible();
  await expectAccessible(page, 'signed');

  // The letter: created by main from the signed record, its pages drawn in the preview.
  await page.getByRole('button', { name: 'Create letter' }).click();
  await expect(page.getByRole('img', { name: /Letter page 1 of \d/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: 'Print…' })).toBeVisible();
  await expectAccessible(page, 'letter');
  await page.getByRole('img', { name: /Letter page 1 of/ }).scrollIntoViewIfNeeded();
  await screenshot(page, 'consultation-5-letter');

  // Addenda are the only way to add to a signed encounter.
  await page.getByLabel('New addendum').fill('Patient phoned: pain settled on walking aid.');
  await page.getByRole('button', { name: 'Add addendum' }).click();
  await expect(page.getByText('Patient phoned: pain settled on walking aid.')).toBeVisible();

  // Read-only: a key no longer records.
  await page.keyboard.press('3');
  await expect(
    page.locator('[data-test-id="fadir"]').getByRole('button', { name: 'FADIR, left: Positive' }),
  ).toBeDisabled();

  const sorted = [...perf].sort((a, b) => a - b);
  const p50 = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const max = sorted[sorted.length - 1] ?? NaN;
  console.log(`standard exam interactions: ${act.count}`);
  console.log(`record-to-panel ms: ${p50.toFixed(2)}`);
  console.log(`record-to-panel ms (max of ${sorted.length}): ${max.toFixed(2)}`);
  expect(act.count).toBeLessThanOrEqual(80);
  expect(p50).toBeLessThan(16);
});
