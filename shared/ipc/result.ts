// What crosses the IPC boundary: a value, or an error with a code and a plain message.
export const ERROR_CODES = [
  'BAD_REQUEST', // the payload failed its schema
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER', // not the app's own main frame
  'NOT_SIGNED_IN',
  'LOCKED',
  'BAD_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'NOT_FOUND',
  'CONFLICT', // e.g. a stale revision, a duplicate
  'SIGNED_READ_ONLY', // a signed encounter cannot change; add an addendum
  'DATABASE_CORRUPT',
  'DISK_FULL',
  'UNSUPPORTED', // e.g. printing in the browser harness
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcError {
  code: ErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A failure a handler raises on purpose; anything else becomes INTERNAL with a generic message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}
