// The renderer's only door to the rest of the app: `window.api` (preload in Electron, loopback
// bridge in the browser harness), typed from the IPC contract, plus `call()` which unwraps the
// `{ ok, value | error }` result into a value or a thrown ApiError with a plain message.
import type { Api } from '../../shared/ipc/api';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { ErrorCode, IpcResult } from '../../shared/ipc/result';

declare global {
  interface Window {
    api: Api;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

/** Calls one channel and returns its value; throws ApiError on a wrapped failure. */
export async function call<C extends ChannelName>(
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const fn = window.api[channel] as (req: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
  let result: IpcResult<ResponseOf<C>>;
  try {
    result = await fn(request);
  } catch {
    // The bridge itself failed (main process gone, harness stopped): say so plainly.
    throw new ApiError('INTERNAL', 'The app could not reach its data store. Try again.');
  }
  return unwrap(result);
}

/** A message safe to show: the error's own plain message, or a generic one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Try again.';
}
