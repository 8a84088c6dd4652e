import { describe, expect, it } from 'vitest';
import {
  defaultDataDir,
  isNetworkFsType,
  isNetworkPath,
  mountTypeFor,
} from '../../../main/electron/dataFolder';

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

describe('isNetworkPath', () => {
  it.each([
    '\\\\server\\share\\hipspine',
    '//server/share/hipspine',
    '\\\\?\\UNC\\server\\share',
    'smb://nas/clinic',
    'afp://mac/share',
  ])('refuses %s', (path) => {
    expect(isNetworkPath(path, 'win32')).toBe(true);
  });

  it.each([
    'C:\\Users\\pt\\AppData\\Local',
    '\\\\?\\C:\\data',
    '\\\\.\\C:\\data',
    '/home/pt',
    'D:/x',
  ])('accepts local %s', (path) => {
    expect(isNetworkPath(path, 'win32')).toBe(false);
  });

  it('treats /Network on macOS as remote', () => {
    expect(isNetworkPath('/Network/Servers/nas/x', 'darwin')).toBe(true);
  });
});

describe('mountTypeFor', () => {
  const mounts = [
    '/dev/sda1 / ext4 rw 0 0',
    '//nas/clinic /mnt/clinic cifs rw 0 0',
    'nas:/export /mnt/nfs\\040share nfs4 rw 0 0',
  ].join('\n');

  it('finds the longest matching mount and its type', () => {
    expect(mountTypeFor('/home/pt/x', mounts)).toBe('ext4');
    expect(mountTypeFor('/mnt/clinic/hipspine', mounts)).toBe('cifs');
    expect(mountTypeFor('/mnt/nfs share/db', mounts)).toBe('nfs4');
    expect(mountTypeFor('/mnt/clinicx', mounts)).toBe('ext4');
  });

  it('knows network file-system types', () => {
    expect(isNetworkFsType('cifs')).toBe(true);
    expect(isNetworkFsType('nfs4')).toBe(true);
    expect(isNetworkFsType('fuse.sshfs')).toBe(true);
    expect(isNetworkFsType('ext4')).toBe(false);
  });
});
