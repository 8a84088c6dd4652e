import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../main/electron/dataFolder';

describe('defaultDataDir', () => {
  it('uses %LOCALAPPDATA% on Windows, never the roaming profile', () => {
    const dir = defaultDataDir({
      platform: 'win32',
      env: {
        LOCALAPPDATA: 'C:\\Users\\pt\\AppData\\Local',
        APPDATA: 'C:\\Users\\pt\\AppData\\Roaming',
      },
      homedir: 'C:\\Users\\pt',
    });
    expect(dir).toBe('C:\\Users\\pt\\AppData\\Local\\HipSpine Exam Assistant');
    expect(defaultDataDir({ platform: 'win32', env: {}, homedir: 'C:\\Users\\pt' })).toBe(
      'C:\\Users\\pt\\AppData\\Local\\HipSpine Exam Assistant',
    );
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({ platform: 'darwin', env: {}, homedir: '/Users/pt' })).toBe(
      '/Users/pt/Library/Application Support/HipSpine Exam Assistant',
    );
  });

  it('uses $XDG_DATA_HOME or ~/.local/share on Linux, ignoring a relative XDG path', () => {
    expect(
      defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data/x' }, homedir: '/home/pt' }),
    ).toBe('/data/x/hipspine-exam-assistant');
    expect(defaultDataDir({ platform: 'linux', env: {}, homedir: '/home/pt' })).toBe(
      '/home/pt/.local/share/hipspine-exam-assistant',
    );
    expect(
      defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: 'rel' }, homedir: '/home/pt' }),
    ).toBe('/home/pt/.local/share/hipspine-exam-assistant');
  });

  it('honours HIPSPINE_DATA_DIR', () => {
    expect(
      defaultDataDir({ platform: 'linux', env: { HIPSPINE_DATA_DIR: '/tmp/d' }, homedir: '/h' }),
    ).toBe('/tmp/d');
  });
});
