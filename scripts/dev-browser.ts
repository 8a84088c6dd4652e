// `npm run dev:browser -- --data DIR`: builds the renderer, serves it through the browser harness
// (the real handler table over a real SQLite file in DIR) and opens it in Chromium. Use it where
// the Electron binary is not available; everything except printing and native dialogs works.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { RENDERER_OUT_DIR, rendererConfig } from '../electron.config';
import { startHarness } from '../main/harness/server';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const dataDir = resolve(option('--data') ?? '.data/dev');
const port = Number(option('--port') ?? 0);
const noBrowser = process.argv.includes('--no-browser');

await build(rendererConfig);
const harness = await startHarness({ dataDir, rendererDir: RENDERER_OUT_DIR, port });
console.log(
  `HipSpine Exam Assistant (browser harness)\n  data: ${dataDir}\n  url:  ${harness.url}`,
);

const chromium = noBrowser ? null : await findChromium();
if (chromium) {
  // A throwaway profile keeps the harness apart from the user's own browsing.
  const profile = mkdtempSync(join(tmpdir(), 'hipspine-chromium-'));
  // Chromium's sandbox only has to go when running as root (containers, CI).
  const args = CHROMIUM_ARGS.filter((arg) => arg !== '--no-sandbox' || process.getuid?.() === 0);
  const browser = spawn(chromium, [...args, `--user-data-dir=${profile}`, `--app=${harness.url}`], {
    stdio: 'ignore',
  });
  browser.on('exit', () => void shutdown());
} else if (!noBrowser) {
  console.log('No Chromium found: open the url above in any Chromium-based browser.');
}
console.log('Press Ctrl+C to stop.');

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await harness.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
