// Where a letter goes after it is made: saved to a file the clinician chooses, or printed. Native
// dialogs exist only under Electron, so this is a port: the Electron glue installs its adapter at
// start-up (electronLetterOutput.ts); the browser harness and tests use the folder adapter, which
// saves into the app's exports folder and reports printing as unsupported.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc/result';

export interface LetterOutput {
  /** Asks where to save; returns the path written, or null when the clinician cancels. */
  saveAs(pdf: Uint8Array, suggestedName: string): Promise<string | null>;
  /** Opens the system print dialog for the letter. */
  print(pdf: Uint8Array, suggestedName: string): Promise<void>;
}

/** Saves into `folder` under the suggested name (no dialog); printing is not available. */
export function folderLetterOutput(folder: string): LetterOutput {
  return {
    async saveAs(pdf, suggestedName) {
      await mkdir(folder, { recursive: true });
      const path = join(folder, suggestedName);
      await writeFile(path, pdf);
      return path;
    },
    async print() {
      throw new AppError(
        'UNSUPPORTED',
        'Printing needs the desktop app. Save the letter and print it from your PDF viewer.',
      );
    },
  };
}

let installed: LetterOutput | null = null;

/** Called once by the Electron glue with the native adapter. */
export function installLetterOutput(output: LetterOutput | null): void {
  installed = output;
}

export function installedLetterOutput(): LetterOutput | null {
  return installed;
}

/**
 * A file name that carries no patient name (file names leak into recent-file lists and sync
 * logs): the letter id and the signing date.
 */
export function letterFileName(letterId: string, createdAt: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(createdAt)?.[0] ?? 'undated';
  return `referral-letter-${date}-${letterId.replace(/[^A-Za-z0-9_-]/g, '')}.pdf`;
}
