// The renderer's view of the session: who is signed in, whether the screen is locked, and the
// actions (setup, sign in, lock, sign out). Main is the authority: it locks an idle session on its
// own, so this hook polls `auth:status` (a public channel that does not count as activity) and
// re-reads it when the window regains focus or when any screen reports LOCKED / NOT_SIGNED_IN
// through `reportAuthProblem()`.
import { useCallback, useEffect, useState } from 'react';
import type { Clinician, NewClinician } from '../../../shared/domain/clinician';
import type { AuthStatus } from '../../../shared/ipc/contract';
import { ApiError, call, errorMessage } from '../api';

/** As often as main's idle timer checks (main/auth/autoLock.ts AUTO_LOCK_CHECK_MS). */
export const AUTH_POLL_MS = 10_000;
const AUTH_EVENT = 'hipspine:auth-changed';

/** Call when a request fails with LOCKED or NOT_SIGNED_IN: the gate re-reads the session at once. */
export function reportAuthProblem(error?: unknown): void {
  if (error === undefined || isAuthError(error)) window.dispatchEvent(new Event(AUTH_EVENT));
}

export function isAuthError(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'LOCKED' || error.code === 'NOT_SIGNED_IN');
}

export type AuthState =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; status: AuthStatus };

export interface Auth {
  state: AuthState;
  refresh: () => Promise<void>;
  setup: (clinician: NewClinician) => Promise<Clinician>;
  signIn: (username: string, password: string) => Promise<Clinician>;
  lock: () => Promise<void>;
  signOut: () => Promise<void>;
}

async function readStatus(): Promise<AuthState> {
  try {
    return { kind: 'ready', status: await call('auth:status', {}) };
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
}

export function useAuth(pollMs: number = AUTH_POLL_MS): Auth {
  const [state, setState] = useState<AuthState>({ kind: 'loading' });

  const refresh = useCallback(() => readStatus().then(setState), []);

  useEffect(() => {
    let live = true;
    const update = () => {
      void readStatus().then((next) => live && setState(next));
    };
    update();
    const timer = window.setInterval(update, pollMs);
    window.addEventListener('focus', update);
    window.addEventListener(AUTH_EVENT, update);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener('focus', update);
      window.removeEventListener(AUTH_EVENT, update);
    };
  }, [pollMs]);

  const setup = useCallback(
    async (clinician: NewClinician) => {
      const created = await call('auth:setup', clinician);
      await refresh();
      return created;
    },
    [refresh],
  );
  const signIn = useCallback(
    async (username: string, password: string) => {
      const clinician = await call('auth:signIn', { username, password });
      await refresh();
      return clinician;
    },
    [refresh],
  );
  // Lock first on screen, then tell main: the data must leave the screen even if main is slow.
  const lock = useCallback(async () => {
    setState((s) =>
      s.kind === 'ready' && s.status.clinician
        ? { ...s, status: { ...s.status, locked: true } }
        : s,
    );
    await call('auth:lock', {}).catch(() => undefined);
    await refresh();
  }, [refresh]);
  const signOut = useCallback(async () => {
    await call('auth:signOut', {}).catch(() => undefined);
    await refresh();
  }, [refresh]);

  return { state, refresh, setup, signIn, lock, signOut };
}
