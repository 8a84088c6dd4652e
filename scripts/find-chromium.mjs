// Finds a Chromium for Playwright and the browser harness: $CHROMIUM_PATH, Debian's
// /usr/bin/chromium, or Playwright's own download. Plain JS so `npm test` can run it before tsc.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const CHROMIUM_FIX =
  'No Chromium found for the end-to-end tests. Install one: `sudo apt-get install -y chromium` ' +
  '(Debian/Ubuntu), or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium ' +
  'or Chrome executable.';

/** @returns {Promise<string | null>} */
export async function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright without its browser download: fall through.
  }
  return null;
}
