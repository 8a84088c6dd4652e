// SQLite's locking is unreliable over network file systems and a shared file there corrupts, so the
// app refuses a records folder or database on a network share (ARCHITECTURE.md "Data"). The one
// place that decides it, used both when Electron picks the data folder and when the store opens the
// database. Plain Node (no 'electron'): Windows and URLs by the path; Linux by the mount that holds
// the folder, read from /proc/mounts.
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
  'afpfs',
  'afs',
  'ncpfs',
  'webdav',
  'davfs',
  'fuse.davfs2',
  'sshfs',
  'fuse.sshfs',
  '9p',
  'ceph',
  'glusterfs',
  'fuse.glusterfs',
]);

export interface MountEntry {
  mountPoint: string;
  fsType: string;
}

/**
 * A path that is certainly on a network share: UNC paths (`\\server\share`, `//server/share`,
 * `\\?\UNC\server\share`), smb://-style URLs pasted into a settings field, and macOS `/Network/`.
 * Local device paths (`\\?\C:\`, `\\.\`) are not. Mapped drive letters cannot be told from the
 * path alone; `isNetworkFsType` covers mounts where the type is known.
 */
export function isNetworkPath(path: string, platform: NodeJS.Platform = process.platform): boolean {
  const p = path.trim();
  if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(p)) return true;
  if (/^[\\/]{2}[?.][\\/]/.test(p)) return false;
  if (/^[\\/]{2}[^\\/]/.test(p)) return true;
  if (/^(smb|cifs|afp|nfs|webdav|davs?|ftp|sftp):/i.test(p)) return true;
  if (platform === 'darwin' && /^\/Network\//.test(p)) return true;
  return false;
}

export function parseMounts(text: string): MountEntry[] {
  return text
    .split('\n')
    .map((line) => line.split(' '))
    .filter((fields) => Boolean(fields[1]) && Boolean(fields[2]))
    .map((fields) => ({
      // /proc/mounts escapes spaces and tabs in mount points as octal.
      mountPoint: (fields[1] ?? '').replace(/\\([0-7]{3})/g, (_, octal: string) =>
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

const readProcMounts = (): string => readFileSync('/proc/mounts', 'utf8');

/** true when the folder (which need not exist yet) is on a network share. */
export function isFolderOnNetworkShare(
  folder: string,
  readMounts: () => string = readProcMounts,
): boolean {
  if (isNetworkPath(folder)) return true;
  if (process.platform !== 'linux') return false;
  let real = resolve(folder);
  try {
    real = realpathSync(real);
  } catch {
    // The folder may not exist yet; judge by the path as written.
  }
  let mounts: MountEntry[];
  try {
    mounts = parseMounts(readMounts());
  } catch {
    return false;
  }
  return isNetworkFsType(fsTypeOf(real, mounts));
}

/** true when the database file would live on a network share (judged by the path, then its folder). */
export function isOnNetworkShare(file: string, readMounts: () => string = readProcMounts): boolean {
  return isNetworkPath(file) || isFolderOnNetworkShare(dirname(file), readMounts);
}
