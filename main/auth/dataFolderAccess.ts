// Other people's accounts on a shared workstation must not read the records. On Linux and macOS the
// app makes everything it creates owner-only: umask 077 for new files (database, WAL, backups,
// letters, exports, log) and mode 700 on the data folder, so a home folder left world-readable (an
// older distribution default) does not expose them. On Windows the folder lives in %LOCALAPPDATA%,
// whose inherited ACL already grants only the user, SYSTEM and administrators: nothing to change.
import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface AccessResult {
  applied: boolean;
  /** Files or folders whose mode was tightened (already-existing data from an older version). */
  tightened: string[];
}

export function restrictToOwner(
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): AccessResult {
  if (platform === 'win32') return { applied: false, tightened: [] };
  process.umask(0o077);
  const tightened: string[] = [];
  const tighten = (path: string, mode: number) => {
    const current = statSync(path).mode & 0o777;
    if ((current & 0o077) !== 0) {
      chmodSync(path, mode & current);
      tightened.push(path);
    }
  };
  if (!existsSync(dataDir)) return { applied: true, tightened };
  tighten(dataDir, 0o700);
  // One level down: the database and its WAL/SHM, the log, and the backups/letters/exports folders.
  for (const name of readdirSync(dataDir)) {
    const path = join(dataDir, name);
    tighten(path, statSync(path).isDirectory() ? 0o700 : 0o600);
  }
  return { applied: true, tightened };
}
