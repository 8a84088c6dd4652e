// The one door into the handler table. Electron's ipcMain, the browser harness and tests all call
// the same dispatcher, so the checks below hold everywhere: known channel, signed in (unless the
// channel is public), payload parsed by its schema, and every failure turned into a plain
// { code, message } that never echoes what was sent (payloads carry patient data).
import type { z } from 'zod';
import { contract, type ChannelName } from '../../shared/ipc/contract';
import { AppError, fail, ok, type IpcResult } from '../../shared/ipc/result';
import { requireClinician } from '../auth/session';
import type { Handler, HandlerContext, HandlerGroup } from './types';

export type Dispatch = (channel: string, payload: unknown) => Promise<IpcResult<unknown>>;

export interface DispatchOptions {
  /**
   * Runs before the sign-in check on every known channel: the place for session policy such as the
   * idle auto-lock (it may set `context.session.locked`). Throw an AppError to refuse.
   */
  beforeRequest?: (channel: ChannelName, context: HandlerContext) => void;
  /**
   * Runs after a handler succeeded, before its value is returned: the place for what must follow
   * a request whatever screen sent it (a restore ends the session). Only microtasks separate it
   * from the handler's last step, so no other request can slip in between. It should not throw: a
   * throw turns the finished work into a failure the clinician would retry.
   */
  afterSuccess?: (channel: ChannelName, value: unknown, context: HandlerContext) => Promise<void>;
}

const GENERIC_FAILURE =
  'Something went wrong and this action was not completed. Please try again; if it keeps happening, ' +
  'note the time and contact support.';

export function isChannelName(channel: string): channel is ChannelName {
  // Own keys only: 'constructor' or '__proto__' must not reach a handler lookup.
  return Object.prototype.hasOwnProperty.call(contract, channel);
}

export function createDispatcher(
  table: HandlerGroup,
  context: HandlerContext,
  options: DispatchOptions = {},
): Dispatch {
  return async (channel, payload) => {
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      return fail('UNKNOWN_CHANNEL', 'The app asked for something it does not know how to do.');
    }
    const entry = contract[channel];
    try {
      options.beforeRequest?.(channel, context);
      if (entry.public !== true) {
        requireClinician(context.session);
        // Only accepted non-public requests count as activity: the renderer's polling of public
        // channels such as auth:status must not keep an idle screen unlocked (main/auth/autoLock.ts).
        context.session.lastActivityAt = context.clock().getTime();
      }

      const parsed = (entry.request as z.ZodType).safeParse(payload);
      if (!parsed.success) {
        context.log.warn('ipc_bad_request', { channel, issues: parsed.error.issues.length });
        return fail('BAD_REQUEST', describeIssues(parsed.error.issues));
      }
      const handler = table[channel] as Handler<ChannelName> | undefined;
      if (!handler) {
        context.log.warn('ipc_not_implemented', { channel });
        return fail('UNSUPPORTED', 'This part of the app is not available in this version.');
      }
      const value = await handler(parsed.data as never, context);
      await options.afterSuccess?.(channel, value, context);
      return ok(value);
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      context.log.error('ipc_handler_failed', { channel, ...errorIdentity(error) });
      return fail('INTERNAL', GENERIC_FAILURE);
    }
  };
}

/**
 * "birthDate: Invalid ISO date; sex: Invalid option" — field paths and the schema's own wording,
 * never the offending value. Unrecognised keys are counted, not named (a key could be anything).
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, 5).map((issue) => {
    const where = issue.path.map(safeSegment).join('.') || 'request';
    const what =
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.length} unexpected field${issue.keys.length === 1 ? '' : 's'}`
        : issue.message;
    return `${where}: ${what}`;
  });
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `The request was not valid. ${parts.join('; ')}${more}`;
}

function safeSegment(segment: PropertyKey): string {
  if (typeof segment === 'number') return String(segment);
  // Schema field names are short identifiers; anything else may be user text used as a key.
  if (typeof segment === 'string' && /^[A-Za-z][A-Za-z0-9_]{0,40}$/.test(segment)) return segment;
  return '?';
}

/** What is safe to log about a failure: its class name and code, never its message. */
function errorIdentity(error: unknown): { errorName: string; errorCode: string | null } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { errorName: error.name, errorCode: typeof code === 'string' ? code : null };
  }
  return { errorName: typeof error, errorCode: null };
}
