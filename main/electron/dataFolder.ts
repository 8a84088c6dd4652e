// Where the app keeps its database: the local, non-roaming app-data folder. Electron's default
// `userData` is roaming on Windows, and clinic IT often redirects roaming profiles to a file server
// where SQLite corrupts (ARCHITECTURE.md "Data"). Pure functions of platform, environment and home.
// Whether a folder is on a network share is decided in db/sqlite/networkShare.ts (one rule for both).
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
