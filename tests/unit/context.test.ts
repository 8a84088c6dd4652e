import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NAME, APP_VERSION, openAppContext } from '../../main/context';

describe('openAppContext', () => {
  it('states the version package.json states', () => {
    const manifest = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    ) as { version: string; productName: string };
    expect(APP_VERSION).toBe(manifest.version);
    expect(APP_NAME).toBe(manifest.productName);
  });

  it('creates the data folder and opens a migrated database in it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hipspine-context-'));
    const dataDir = join(root, 'nested', 'data');
    const now = new Date('2025-05-05T09:00:00.000Z');
    const context = await openAppContext({ dataDir, harness: true, clock: () => now });
    try {
      expect(context.store.status().state).toBe('ok');
      expect(existsSync(context.paths.databaseFile)).toBe(true);
      expect(context.clock()).toBe(now);
      expect(context.session).toEqual({ clinician: null, locked: false, lastActivityAt: 0 });
      expect(context.app).toEqual({ name: APP_NAME, version: APP_VERSION, harness: true });
    } finally {
      await context.store.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
