import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBinding } from '../../../main/electron/nativeBinding';

describe('electronNativeBinding', () => {
  const everything = () => true;

  it('is undefined under plain Node (vitest, CLI): better-sqlite3 loads its Node build', () => {
    expect(
      electronNativeBinding({ appPath: '/app', electronVersion: undefined, exists: everything }),
    ).toBeUndefined();
  });

  it('points at .electron-native in development', () => {
    expect(
      electronNativeBinding({ appPath: '/src/app', electronVersion: '41.7.1', exists: everything }),
    ).toBe(join('/src/app', '.electron-native', 'better_sqlite3.node'));
  });

  it('looks beside the asar archive when packaged', () => {
    expect(
      electronNativeBinding({
        appPath: '/opt/HipSpine/resources/app.asar',
        electronVersion: '41.7.1',
        exists: everything,
      }),
    ).toBe(
      join('/opt/HipSpine/resources/app.asar.unpacked', '.electron-native', 'better_sqlite3.node'),
    );
  });

  it('is undefined when the Electron build was never prepared', () => {
    expect(
      electronNativeBinding({
        appPath: '/src/app',
        electronVersion: '41.7.1',
        exists: () => false,
      }),
    ).toBeUndefined();
  });
});
