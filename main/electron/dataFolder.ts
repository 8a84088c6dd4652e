// Where the app keeps its database: the local, non-roaming app-data folder. Electron's default
// `userData` is roaming on Windows, and clinic IT often redirects roaming profiles to a file server
// where SQLite corrupts (ARCHITECTURE.md "Data"). Pure functions of platform, environment and home.
import { posix, win32 } from 'node:path';

export const APP_FOLDER_NAME = 'HipSpine Exam Assistant';
/** Lower-case, space-free name for the XDG data folder on Linux. */
export const APP_FOLDER_NAME_LINUX = 'hipspine-exam-assistant';
/** Overrides the folder (tests, portable installs). */
export const DATA_DIR_ENV = 'HIPSPINE_DATA_DIR';

export interface PlatformFacts {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
}

export function defaultDataDir({ platform, env, homedir }: PlatformFacts): string {
  const override = env[DATA_DIR_ENV];
  if (override) return override;
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || win32.join(homedir, 'AppData', 'Local');
    return win32.join(local, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') {
    return posix.join(homedir, 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  const xdg = env.XDG_DATA_HOME;
  // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
  const base = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(homedir, '.local', 'share');
  return posix.join(base, APP_FOLDER_NAME_LINUX);
}

/**
 * A path that is certainly on a network share: UNC paths (`\\server\share`, `//server/share`,
 * `\\?\UNC\server\share`). Local device paths (`\\?\C:\`, `\\.\`) are not. Mapped drive letters
 * cannot be told from the path alone; `isNetworkFsType` covers mounts where the type is known.
 */
export function isNetworkPath(path: string, platform: NodeJS.Platform = process.platform): boolean {
  const p = path.trim();
  if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(p)) return true;
  if (/^[\\/]{2}[?.][\\/]/.test(p)) return false;
  if (/^[\\/]{2}[^\\/]/.test(p)) return true;
  // smb://, afp://, nfs:// URLs pasted into a settings field.
  if (/^(smb|cifs|afp|nfs|webdav|davs?|ftp|sftp):/i.test(p)) return true;
  if (platform === 'darwin' && /^\/Network\//.test(p)) return true;
  return false;
}

const NETWORK_FS_TYPES = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb',
  'smb2',
  'smb3',
  'smbfs',
  'afpfs',
  'webdav',
  'davfs',
  'fuse.sshfs',
  'sshfs',
  'ncpfs',
  '9p',
  'ceph',
  'glusterfs',
  'fuse.glusterfs',
]);

export function isNetworkFsType(type: string): boolean {
  return NETWORK_FS_TYPES.has(type.toLowerCase());
}

/**
 * The file-system type of the longest mount point containing `path`, from /proc/mounts text
 * (Linux). Returns null when no mount matches.
 */
export function mountTypeFor(path: string, procMounts: string): string | null {
  let best: { mount: string; type: string } | null = null;
  for (const line of procMounts.split('\n')) {
    const [, rawMount, type] = line.split(' ');
    if (!rawMount || !type) continue;
    // /proc/mounts escapes spaces and tabs as octal.
    const mount = rawMount.replace(/\\([0-7]{3})/g, (_m, o: string) =>
      String.fromCharCode(parseInt(o, 8)),
    );
    const inside = mount === '/' || path === mount || path.startsWith(`${mount}/`);
    if (inside && (!best || mount.length > best.mount.length)) best = { mount, type };
  }
  return best?.type ?? null;
}
