// First step of `npm test`: fail at once, naming the fix, when no Chromium is available, rather
// than after typecheck, lint and unit tests have run.
import { CHROMIUM_FIX, findChromium } from './find-chromium.mjs';

const path = await findChromium();
if (!path) {
  const bad = process.env.CHROMIUM_PATH
    ? ` (CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist)`
    : '';
  console.error(`${CHROMIUM_FIX}${bad}`);
  process.exit(1);
}
console.log(`Chromium: ${path}`);
