// Electron entry (built to out/main/index.js): lifecycle only. Everything it calls is plain Node
// or a pure policy function tested without Electron.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { restrictToOwner } from '../auth/dataFolderAccess';
import { electronFilePicker } from '../backup/electronFilePicker';
import { electronLetterOutput } from '../pdf/output/electronLetterOutput';
import { installLetterOutput } from '../pdf/output/letterOutput';
import { startAppRuntime, type AppRuntime } from '../runtime';
import { assertComplete } from '../ipc/registry';
import { isFolderOnNetworkShare } from '../db/sqlite/networkShare';
import { defaultDataDir } from './dataFolder';
import { registerIpc } from './ipc';
import { electronNativeBinding } from './nativeBinding';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { denyPermissionCheck, denyPermissionRequest } from './security';
import { createMainWindow, hardenWebContents } from './window';

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const dataDir = defaultDataDir({
  platform: process.platform,
  env: process.env,
  homedir: homedir(),
});
// Chromium's own files (cache, local storage) go beside the database, not in the roaming profile.
app.setPath('sessionData', join(dataDir, 'chromium'));

let runtime: AppRuntime | null = null;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database; hand over to the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!runtime) return;
    // Close the database before exit so the WAL is checkpointed; then quit for real.
    event.preventDefault();
    const closing = runtime;
    runtime = null;
    void closing.close().finally(() => app.quit());
  });
  app.whenReady().then(start, fatal);
}

async function start(): Promise<void> {
  if (isFolderOnNetworkShare(dataDir)) {
    dialog.showErrorBox(
      'Records folder on a network share',
      `The records folder ${dataDir} is on a network share, where the database can be damaged. ` +
        'Choose a folder on this computer (set HIPSPINE_DATA_DIR) and start again.',
    );
    app.quit();
    return;
  }
  // Owner-only files and folder, so other accounts on a shared workstation cannot read the records.
  restrictToOwner(dataDir);
  const nativeBinding = electronNativeBinding({
    appPath: app.getAppPath(),
    electronVersion: process.versions.electron,
    exists: existsSync,
  });
  runtime = await startAppRuntime({
    dataDir,
    harness: false,
    ...(nativeBinding ? { nativeBinding } : {}),
    // Folder and file dialogs for backup:createInChosenFolder / db:restoreFromChosenFile.
    filePicker: electronFilePicker({ dialog, parent: () => mainWindow }),
  });
  // The packaged app must answer every channel; a gap is a build error, not a runtime surprise.
  assertComplete(runtime.table);

  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
  session.defaultSession.setDevicePermissionHandler(denyPermissionCheck);
  registerAppProtocol(protocol, join(import.meta.dirname, '../renderer'));
  registerIpc(ipcMain, runtime.dispatch);
  // Save-as dialog and printing for letters:saveAs / letters:print (the harness saves to a folder).
  installLetterOutput(
    electronLetterOutput({
      dialog,
      BrowserWindow,
      shell,
      parent: () => mainWindow,
      tempDir: runtime.context.paths.lettersDir,
    }),
  );

  mainWindow = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function fatal(error: unknown): void {
  const name = error instanceof Error ? error.name : 'Error';
  dialog.showErrorBox(
    'HipSpine Exam Assistant could not start',
    `The app could not open its records (${name}). Restart it; if this happens again, ` +
      'restore the latest backup or contact support.',
  );
  app.exit(1);
}
