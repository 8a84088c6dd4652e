// Turns driver failures into the app's { code, message } errors with a plain message a clinician can
// act on. The messages never carry patient data (the driver's own message may quote values).
import { AppError } from '../../shared/ipc/result';

/** The prefix our triggers put in RAISE() messages, so a refusal by the database keeps its meaning. */
export const SIGNED_TRIGGER_MESSAGE = 'SIGNED_READ_ONLY';
export const APPEND_ONLY_TRIGGER_MESSAGE = 'APPEND_ONLY';

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (message.includes(SIGNED_TRIGGER_MESSAGE)) {
    return new AppError(
      'SIGNED_READ_ONLY',
      'This encounter is signed and cannot change. Add an addendum instead.',
    );
  }
  if (message.includes(APPEND_ONLY_TRIGGER_MESSAGE)) {
    return new AppError('CONFLICT', 'This record is append-only and cannot be changed.');
  }
  if (typeof code === 'string') {
    if (code === 'SQLITE_FULL') {
      return new AppError(
        'DISK_FULL',
        'The disk is full: nothing was saved. Free some space, then try again.',
      );
    }
    if (
      code === 'SQLITE_CORRUPT' ||
      code.startsWith('SQLITE_CORRUPT_') ||
      code === 'SQLITE_NOTADB'
    ) {
      return new AppError(
        'DATABASE_CORRUPT',
        'The records file is damaged. Restore it from a backup (Settings → Backups).',
      );
    }
    if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED') {
      return new AppError('CONFLICT', 'The records are busy in another window. Try again.');
    }
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      return new AppError(
        'CONFLICT',
        'This would duplicate or orphan a record; nothing was saved.',
      );
    }
    if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_') || code === 'SQLITE_CANTOPEN') {
      return new AppError(
        'INTERNAL',
        'The records file could not be read or written. Check the disk, then restart the app.',
      );
    }
  }
  // The driver's error stays attached for debugging in main; it never crosses IPC or reaches the log.
  return Object.assign(
    new AppError('INTERNAL', 'Something went wrong with the records. Nothing was changed.'),
    { cause: error },
  );
}
