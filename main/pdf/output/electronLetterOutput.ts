// The Electron adapter of the LetterOutput port. It takes Electron's objects as arguments (only
// main/electron imports 'electron'), so the glue installs it with one line:
//   installLetterOutput(electronLetterOutput({ dialog, BrowserWindow, shell, parent, tempDir }))
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow as ElectronBrowserWindow, Dialog, Shell } from 'electron';
import type { LetterOutput } from './letterOutput';

export interface ElectronDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  BrowserWindow: typeof ElectronBrowserWindow;
  shell: Pick<Shell, 'openPath'>;
  /** The app's window, so dialogs are modal to it. */
  parent: () => ElectronBrowserWindow | null;
  /** A private folder for the file the print window loads (the app's letters folder). */
  tempDir: string;
}

export function electronLetterOutput(deps: ElectronDeps): LetterOutput {
  return {
    async saveAs(pdf, suggestedName) {
      const options = {
        title: 'Save referral letter',
        defaultPath: suggestedName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const parent = deps.parent();
      const result = parent
        ? await deps.dialog.showSaveDialog(parent, options)
        : await deps.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFile(result.filePath, pdf);
      return result.filePath;
    },
    async print(pdf, suggestedName) {
      await mkdir(deps.tempDir, { recursive: true });
      const path = join(deps.tempDir, suggestedName);
      await writeFile(path, pdf);
      // A hidden window with Chromium's PDF viewer, then the system print dialog. Where the
      // viewer cannot print (some platforms print a blank page from a plugin frame), the
      // system PDF viewer opens instead so the clinician can print from there.
      const window = new deps.BrowserWindow({
        show: false,
        webPreferences: { plugins: true, sandbox: true, contextIsolation: true },
      });
      try {
        await window.loadURL(pathToFileURL(path).href);
        await new Promise<void>((resolve, reject) => {
          window.webContents.print({ silent: false }, (success, reason) => {
            if (success || reason === 'cancelled') resolve();
            else reject(new Error(reason));
          });
        });
      } catch {
        await deps.shell.openPath(path);
      } finally {
        window.destroy();
      }
    },
  };
}
