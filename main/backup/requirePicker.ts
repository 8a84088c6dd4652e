// The context's FilePicker, or a plain refusal where there is none (a context built without a
// window, such as the command line): never a silent fallback to some folder the clinician did not
// choose.
import { AppError } from '../../shared/ipc/result';
import type { HandlerContext } from '../ipc/types';
import type { FilePicker } from './filePicker';

export function requireFilePicker(context: HandlerContext): FilePicker {
  if (!context.filePicker) {
    throw new AppError(
      'UNSUPPORTED',
      'Choosing a folder or file needs the desktop app. Use the backups in the data folder.',
    );
  }
  return context.filePicker;
}
