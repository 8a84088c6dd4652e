// A channel pairs a request schema (checked in main before any handler runs) with a response type
// (checked at compile time in main, preload and renderer).
import type { z } from 'zod';

export interface Channel<Req extends z.ZodType, Res> {
  request: Req;
  /** Phantom: carries the response type; never read at run time. */
  response: Res;
  /** Channels that work before sign-in or while locked (sign-in itself, app info). */
  public?: boolean;
}

export function channel<Req extends z.ZodType, Res>(
  request: Req,
  options: { public?: boolean } = {},
): Channel<Req, Res> {
  return { request, response: undefined as Res, ...options };
}
