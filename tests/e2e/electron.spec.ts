// The real Electron app, where its binary exists (not on the offline build machines: the install
// script that downloads it is disabled). Elsewhere the test is skipped and says why.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';

const root = resolve(import.meta.dirname, '../..');
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const hasBinary = existsSync(join(electronDir, 'path.txt'));
const hasNative = existsSync(join(root, '.electron-native', 'better_sqlite3.node'));

test.describe('Electron shell (needs the Electron binary; skipped where it is absent)', () => {
  test.skip(
    !hasBinary || !hasNative,
    'Electron binary absent (node_modules/electron/path.txt missing) or better-sqlite3 not built for ' +
      'Electron: run `npm start` once on a machine with internet to enable these tests',
  );

  test('opens one hardened window on app:// with exactly the contract channels', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hipspine-electron-'));
    const electronApp = await _electron.launch({
      args: [root],
      env: { ...process.env, HIPSPINE_DATA_DIR: dataDir },
    });
    try {
      const window = await electronApp.firstWindow();
      expect(window.url()).toBe('app://renderer/index.html');
      const shape = await window.evaluate(() => ({
        channels: Object.keys((window as unknown as { api: object }).api).sort(),
        hasRequire: 'require' in window,
      }));
      expect(shape).toEqual({ channels: [...CHANNEL_NAMES].sort(), hasRequire: false });
    } finally {
      await electronApp.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
