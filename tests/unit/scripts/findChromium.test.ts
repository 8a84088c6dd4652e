import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_FIX, findChromium } from '../../../scripts/find-chromium.mjs';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it exists', async () => {
    expect(await findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('does not fall back when CHROMIUM_PATH names a missing file (the setting is wrong)', async () => {
    expect(await findChromium({ CHROMIUM_PATH: '/no/such/chromium' })).toBeNull();
  });

  it('names the fix and runs Chromium without network chatter', () => {
    expect(CHROMIUM_FIX).toMatch(/apt-get install -y chromium/);
    expect(CHROMIUM_FIX).toMatch(/CHROMIUM_PATH/);
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--disable-background-networking', '--disable-component-update']),
    );
  });
});
