// SQLite's locking is unreliable over network file systems and a shared file there corrupts, so the
// app refuses a database on a network share (ARCHITECTURE.md "Data"). Windows: UNC paths. Linux:
// the mount that holds the folder, read from /proc/mounts.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const NETWORK_FILESYSTEMS = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb',
  'smb2',
  'smb3',
  'smbfs',
  'ncpfs',
  'afs',
  'fuse.sshfs',
  '9p',
  'davfs',
  'fuse.davfs2',
]);

export interface MountEntry {
  mountPoint: string;
  fsType: string;
}

/** `\\server\share\...` but not the local long-path forms `\\?\C:\` and `\\.\`. */
export function isUncPath(path: string): boolean {
  if (/^\\\\[?.]\\/.test(path)) return /^\\\\\?\\UNC\\/i.test(path);
  return /^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+/.test(path);
}

export function parseMounts(text: string): MountEntry[] {
  return text
    .split('\n')
    .map((line) => line.split(' '))
    .filter((fields) => fields.length >= 3)
    .map((fields) => ({
      // /proc/mounts escapes spaces and tabs in mount points as octal.
      mountPoint: (fields[1] ?? '').replace(/\\(\d{3})/g, (_, octal: string) =>
        String.fromCharCode(parseInt(octal, 8)),
      ),
      fsType: fields[2] ?? '',
    }));
}

/** The file system type of the mount holding `path` (the longest matching mount point). */
export function fsTypeOf(path: string, mounts: readonly MountEntry[]): string | null {
  let best: MountEntry | null = null;
  for (const mount of mounts) {
    const point = mount.mountPoint.endsWith('/') ? mount.mountPoint : `${mount.mountPoint}/`;
    if (path === mount.mountPoint || path.startsWith(point) || mount.mountPoint === '/') {
      if (!best || mount.mountPoint.length > best.mountPoint.length) best = mount;
    }
  }
  return best?.fsType ?? null;
}

export function isNetworkFsType(fsType: string | null): boolean {
  return fsType !== null && NETWORK_FILESYSTEMS.has(fsType.toLowerCase());
}

/** true when the database file would live on a network share. */
export function isOnNetworkShare(
  file: string,
  readMounts: () => string = () => readFileSync('/proc/mounts', 'utf8'),
): boolean {
  if (isUncPath(file)) return true;
  if (process.platform !== 'linux') return false;
  let folder = resolve(dirname(file));
  try {
    folder = realpathSync(folder);
  } catch {
    // The folder may not exist yet; judge by the path as written.
  }
  let mounts: MountEntry[];
  try {
    mounts = parseMounts(readMounts());
  } catch {
    return false;
  }
  return isNetworkFsType(fsTypeOf(folder, mounts));
}
