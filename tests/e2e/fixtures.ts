// Playwright fixture: each test gets the browser harness on a throwaway data folder, and can
// restart it on the same folder (a quit and relaunch) to check that data survives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { startHarness, type Harness } from '../../main/harness/server';

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

export interface AppUnderTest {
  dataDir: string;
  harness: Harness;
  /** Loads the app in the test's page. */
  open(page?: Page): Promise<void>;
  /**
   * Closes the app (database included) and starts it again on the same data folder; `whileClosed`
   * runs in between (e.g. to damage the records file).
   */
  restart(whileClosed?: () => void | Promise<void>): Promise<void>;
}

export const test = base.extend<{ app: AppUnderTest }>({
  app: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hipspine-e2e-'));
    let harness = await startHarness({ dataDir, rendererDir: RENDERER_DIR });
    const app: AppUnderTest = {
      dataDir,
      get harness() {
        return harness;
      },
      async open(target = page) {
        await target.goto(harness.url);
      },
      async restart(whileClosed) {
        await harness.close();
        await whileClosed?.();
        harness = await startHarness({ dataDir, rendererDir: RENDERER_DIR });
      },
    };
    await use(app);
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
