// Where the app keeps its files. All live under one data folder: local, never roaming (see
// electron/dataFolder.ts for how Electron picks it, and the harness for how tests pick it).
import { join } from 'node:path';

export interface AppPaths {
  dataDir: string;
  databaseFile: string;
  backupsDir: string;
  lettersDir: string;
  exportsDir: string;
  logFile: string;
}

export function appPaths(dataDir: string): AppPaths {
  return {
    dataDir,
    databaseFile: join(dataDir, 'hipspine.sqlite3'),
    backupsDir: join(dataDir, 'backups'),
    lettersDir: join(dataDir, 'letters'),
    exportsDir: join(dataDir, 'exports'),
    logFile: join(dataDir, 'hipspine.log'),
  };
}
