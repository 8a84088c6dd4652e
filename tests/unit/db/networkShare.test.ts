import { describe, expect, it } from 'vitest';
import {
  fsTypeOf,
  isNetworkFsType,
  isOnNetworkShare,
  isUncPath,
  parseMounts,
} from '../../../main/db/sqlite/networkShare';

describe('network share detection', () => {
  it('knows UNC paths from local long paths', () => {
    expect(isUncPath('\\\\server\\share\\db.sqlite3')).toBe(true);
    expect(isUncPath('//server/share/db.sqlite3')).toBe(true);
    expect(isUncPath('\\\\?\\UNC\\server\\share\\db.sqlite3')).toBe(true);
    expect(isUncPath('\\\\?\\C:\\Users\\db.sqlite3')).toBe(false);
    expect(isUncPath('C:\\Users\\db.sqlite3')).toBe(false);
    expect(isUncPath('/home/me/db.sqlite3')).toBe(false);
  });

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

  it('judges a file by its folder', () => {
    const mounts = () => '/dev/vda / ext4 rw 0 0\nnas:/x /srv/nfs nfs rw 0 0\n';
    if (process.platform === 'linux') {
      expect(isOnNetworkShare('/srv/nfs/hipspine.sqlite3', mounts)).toBe(true);
    }
    expect(isOnNetworkShare('/home/me/hipspine.sqlite3', mounts)).toBe(false);
  });
});
