import { describe, expect, it } from 'vitest';
import {
  fsTypeOf,
  isFolderOnNetworkShare,
  isNetworkFsType,
  isNetworkPath,
  isOnNetworkShare,
  parseMounts,
} from '../../../main/db/sqlite/networkShare';

describe('isNetworkPath', () => {
  it('knows UNC paths from local long paths', () => {
    expect(isNetworkPath('\\\\server\\share\\db.sqlite3')).toBe(true);
    expect(isNetworkPath('//server/share/db.sqlite3')).toBe(true);
    expect(isNetworkPath('\\\\?\\UNC\\server\\share\\db.sqlite3')).toBe(true);
    expect(isNetworkPath('\\\\?\\C:\\Users\\db.sqlite3')).toBe(false);
    expect(isNetworkPath('C:\\Users\\db.sqlite3')).toBe(false);
    expect(isNetworkPath('/home/me/db.sqlite3')).toBe(false);
  });

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

describe('mounts', () => {
  it('finds the file system of the deepest mount holding a path', () => {
    const mounts = parseMounts(
      [
        '/dev/vda / ext4 rw 0 0',
        '//nas/clinic /mnt/clinic cifs rw 0 0',
        'tmpfs /mnt/clinic/local tmpfs rw 0 0',
        'nas:/x /mnt/with\\040space nfs rw 0 0',
      ].join('\n'),
    );
    expect(fsTypeOf('/mnt/clinic/records', mounts)).toBe('cifs');
    expect(fsTypeOf('/mnt/clinic/local/records', mounts)).toBe('tmpfs');
    expect(fsTypeOf('/mnt/clinical', mounts)).toBe('ext4');
    expect(fsTypeOf('/mnt/with space/db', mounts)).toBe('nfs');
    expect(isNetworkFsType('cifs')).toBe(true);
    expect(isNetworkFsType('ext4')).toBe(false);
  });

  it('finds the longest matching mount and its type', () => {
    const mounts = parseMounts(
      [
        '/dev/sda1 / ext4 rw 0 0',
        '//nas/clinic /mnt/clinic cifs rw 0 0',
        'nas:/export /mnt/nfs\\040share nfs4 rw 0 0',
      ].join('\n'),
    );
    expect(fsTypeOf('/home/pt/x', mounts)).toBe('ext4');
    expect(fsTypeOf('/mnt/clinic/hipspine', mounts)).toBe('cifs');
    expect(fsTypeOf('/mnt/nfs share/db', mounts)).toBe('nfs4');
    expect(fsTypeOf('/mnt/clinicx', mounts)).toBe('ext4');
  });

  it('knows network file-system types', () => {
    expect(isNetworkFsType('cifs')).toBe(true);
    expect(isNetworkFsType('nfs4')).toBe(true);
    expect(isNetworkFsType('fuse.sshfs')).toBe(true);
    expect(isNetworkFsType('ext4')).toBe(false);
    // The union of what the data-folder check and the database open each knew before.
    expect(isNetworkFsType('fuse.davfs2')).toBe(true);
    expect(isNetworkFsType('afs')).toBe(true);
    expect(isNetworkFsType('ceph')).toBe(true);
    expect(isNetworkFsType('AFPFS')).toBe(true);
    expect(isNetworkFsType(null)).toBe(false);
  });
});

describe('judging a location', () => {
  const mounts = () => '/dev/vda / ext4 rw 0 0\nnas:/x /srv/nfs nfs rw 0 0\n';

  it('judges a file by its folder', () => {
    if (process.platform === 'linux') {
      expect(isOnNetworkShare('/srv/nfs/hipspine.sqlite3', mounts)).toBe(true);
    }
    expect(isOnNetworkShare('/home/me/hipspine.sqlite3', mounts)).toBe(false);
  });

  it('judges a data folder the same way, by path first', () => {
    if (process.platform === 'linux') {
      expect(isFolderOnNetworkShare('/srv/nfs/hipspine', mounts)).toBe(true);
    }
    expect(isFolderOnNetworkShare('/home/me/hipspine', mounts)).toBe(false);
    expect(isFolderOnNetworkShare('\\\\nas\\clinic\\hipspine', mounts)).toBe(true);
    expect(isOnNetworkShare('smb://nas/clinic/hipspine.sqlite3', mounts)).toBe(true);
  });

  it('does not call a folder remote when the mount table cannot be read', () => {
    const unreadable = () => {
      throw new Error('no /proc');
    };
    expect(isFolderOnNetworkShare('/srv/nfs/hipspine', unreadable)).toBe(false);
  });
});
