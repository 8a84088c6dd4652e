// Shared steps for the consultation end-to-end tests: first-run setup, a new patient, a new
// encounter (or all three from a fresh app), axe checks, step screenshots, and an interaction
// counter for the standard exam.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, type AppUnderTest } from './fixtures';

export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');
export const PASSWORD = 'correct horse battery';

export async function setUpClinician(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'First-run setup' });
  const signIn = page.getByRole('form', { name: 'Sign in' });
  await expect(form.or(signIn)).toBeVisible();
  if (await signIn.isVisible()) {
    await signIn.getByLabel('Username').fill('jphysio');
    await signIn.getByLabel('Password').fill(PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
  } else {
    await form.getByLabel('Username').fill('jphysio');
    await form.getByLabel('Full name').fill('Jo Physio');
    await form.getByLabel('Registration number').fill('PH123456');
    await form.getByLabel('Password (8+ characters)').fill(PASSWORD);
    await form.getByLabel('Repeat the password').fill(PASSWORD);
    await form.getByRole('button', { name: /Create/ }).click();
  }
  await expect(page.getByRole('heading', { name: 'Find a patient' })).toBeVisible();
}

export interface NewPatient {
  given: string;
  family: string;
  birthDate: string;
  sex: 'female' | 'male';
}

export async function addPatient(page: Page, patient: NewPatient): Promise<void> {
  const form = page.getByRole('form', { name: 'New patient' });
  await form.getByLabel('Given name').fill(patient.given);
  await form.getByLabel('Family name').fill(patient.family);
  await form.getByLabel('Date of birth').fill(patient.birthDate);
  await form.getByLabel('Sex').selectOption(patient.sex);
  await form.getByRole('button', { name: 'Add patient' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `${patient.given} ${patient.family}` }),
  ).toBeVisible();
}

export async function startEncounter(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start new encounter' }).click();
  await expect(page.getByRole('heading', { name: 'Red flags' })).toBeVisible();
}

/** Adds the patient and starts their encounter, which opens on the Red flags step. */
export async function newEncounterFor(page: Page, patient: NewPatient): Promise<void> {
  await addPatient(page, patient);
  await startEncounter(page);
}

/** From a fresh app to a new encounter: open, set up or sign in, add the patient, start. */
export async function openNewEncounter(
  app: AppUnderTest,
  page: Page,
  patient: NewPatient,
): Promise<void> {
  await app.open();
  await setUpClinician(page);
  await newEncounterFor(page, patient);
}

/** No serious or critical axe violation on what is on screen now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    bad.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: false });
}

/** Counts the clinician's key presses and clicks, as the "standard exam interactions". */
export class InteractionCounter {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }
  /** Typing a value counts one press per character. */
  async type(text: string): Promise<void> {
    for (const char of text) await this.press(char);
  }
  async click(locator: Locator): Promise<void> {
    this.count += 1;
    await locator.click();
  }
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save="saved"]')).toBeVisible({ timeout: 20_000 });
}
