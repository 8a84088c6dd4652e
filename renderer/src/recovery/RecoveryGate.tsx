// Before sign-in: are the records usable? `db:status` is public and cheap, so it is read first and
// then as often as the session is; when it is not ok the recovery screen replaces everything else
// (damage found mid-session switches the store to corrupt, and every record call fails anyway).
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { DatabaseStatus } from '../../../shared/ipc/contract';
import { call, errorMessage } from '../api';
import { AUTH_POLL_MS } from '../auth/useAuth';
import { RecoveryScreen } from './RecoveryScreen';

type GateState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; status: DatabaseStatus };

async function readStatus(): Promise<GateState> {
  try {
    return { kind: 'ready', status: await call('db:status', {}) };
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
}

export function RecoveryGate({
  children,
  pollMs = AUTH_POLL_MS,
}: {
  children: ReactNode;
  pollMs?: number;
}) {
  const [state, setState] = useState<GateState>({ kind: 'loading' });
  const refresh = useCallback(() => readStatus().then(setState), []);

  useEffect(() => {
    let live = true;
    const update = () => void readStatus().then((next) => live && setState(next));
    update();
    const timer = window.setInterval(update, pollMs);
    window.addEventListener('focus', update);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener('focus', update);
    };
  }, [pollMs]);

  if (state.kind === 'loading') {
    return (
      <main className="auth-screen" aria-labelledby="gate-h">
        <h1 id="gate-h">HipSpine Exam Assistant</h1>
        <p role="status">Opening the records…</p>
      </main>
    );
  }
  if (state.kind === 'failed') {
    return (
      <main className="auth-screen" aria-labelledby="gate-h">
        <h1 id="gate-h">HipSpine Exam Assistant</h1>
        <p className="error-text" role="alert">
          {state.message}
        </p>
        <button type="button" className="button" onClick={() => void refresh()}>
          Try again
        </button>
      </main>
    );
  }
  if (state.status.state !== 'ok') {
    return <RecoveryScreen status={state.status} onRecovered={() => void refresh()} />;
  }
  return <>{children}</>;
}
