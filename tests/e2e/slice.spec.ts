// The first vertical slice in Chromium, through the browser harness and the real handler table:
// create a patient, start an encounter, record one provocation test result, quit, start again on
// the same data folder, and find it all. The clinician account is created through window.api (the
// sign-in screens have their own spec); everything else goes through the screens.
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const CLINICIAN = {
  username: 'asmith',
  name: 'Alex Smith',
  profession: 'Physiotherapist',
  registration: 'PH123456',
  password: 'correct horse battery',
};

async function callApi(page: Page, channel: string, request: unknown): Promise<unknown> {
  return page.evaluate(
    async ([name, payload]) => {
      const api = (window as unknown as { api: Record<string, (r: unknown) => Promise<unknown>> })
        .api;
      const fn = api[name as string];
      if (!fn) throw new Error(`window.api has no ${String(name)}`);
      return fn(payload);
    },
    [channel, request] as const,
  );
}

test('a patient, an encounter and a test result survive a restart', async ({ page, app }) => {
  await app.open();
  expect(await callApi(page, 'auth:setup', CLINICIAN)).toMatchObject({ ok: true });
  await page.reload();

  // Create the patient on the home screen.
  const form = page.getByRole('form', { name: 'New patient' });
  await form.getByLabel('Given name').fill('Zofia');
  await form.getByLabel('Family name').fill('Łukasiewicz');
  await form.getByLabel('Date of birth').fill('1961-04-12');
  await form.getByLabel('Sex').selectOption('female');
  await form.getByRole('button').last().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zofia Łukasiewicz', exact: true }),
  ).toBeVisible();

  // Start an encounter and record FADIR positive on the right.
  await page.getByRole('button', { name: 'Start new encounter' }).click();
  await page
    .getByRole('navigation', { name: 'Consultation steps' })
    .getByRole('button', { name: /Tests/ })
    .click();
  const positive = page.getByRole('button', { name: /^FADIR, right: Positive$/ });
  await positive.click();
  await expect(positive).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/saved/i).first()).toBeVisible();

  // Quit and start again on the same data folder.
  await app.restart();
  await app.open();
  const signIn = page.getByRole('form', { name: 'Sign in' });
  await signIn.getByLabel('Username').fill(CLINICIAN.username);
  await signIn.getByLabel('Password').fill(CLINICIAN.password);
  await signIn.getByRole('button', { name: 'Sign in' }).click();

  // Find the patient, open the encounter, and the result is still there.
  await page.getByRole('searchbox').first().fill('lukasiewicz');
  await page
    .getByRole('list', { name: 'Matching patients' })
    .getByRole('button', { name: /Zofia Łukasiewicz/ })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zofia Łukasiewicz', exact: true }),
  ).toBeVisible();
  await page.getByRole('list', { name: 'Encounters' }).getByRole('button').first().click();
  await page
    .getByRole('navigation', { name: 'Consultation steps' })
    .getByRole('button', { name: /Tests/ })
    .click();
  await expect(page.getByRole('button', { name: /^FADIR, right: Positive$/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
