// Patient data only behind sign-in. Before setup: FirstRunSetup; signed out: SignIn; locked: the
// workspace stays mounted (so input not yet saved survives) but hidden and inert under LockOverlay.
// The workspace is keyed by clinician: if a colleague unlocks instead, the previous clinician's
// unsaved screen is discarded rather than shown to them.
import { useCallback, type ReactNode } from 'react';
import type { Clinician } from '../../../shared/domain/clinician';
import { FirstRunSetup } from './FirstRunSetup';
import { LockOverlay } from './LockOverlay';
import { SignIn } from './SignIn';
import { useAuth } from './useAuth';

export interface AuthControls {
  clinician: Clinician;
  locked: boolean;
  autoLockMinutes: number;
  lock: () => void;
  signOut: () => void;
}

export function AuthGate({ children }: { children: (auth: AuthControls) => ReactNode }) {
  const auth = useAuth();
  const { lock: lockNow, signOut: signOutNow } = auth;
  const lock = useCallback(() => void lockNow(), [lockNow]);
  const signOut = useCallback(() => void signOutNow(), [signOutNow]);

  if (auth.state.kind === 'loading') {
    return (
      <main className="auth-screen" aria-labelledby="auth-h">
        <h1 id="auth-h">HipSpine Exam Assistant</h1>
        <p role="status">Starting…</p>
      </main>
    );
  }
  if (auth.state.kind === 'failed') {
    return (
      <main className="auth-screen" aria-labelledby="auth-h">
        <h1 id="auth-h">HipSpine Exam Assistant</h1>
        <p className="error-text" role="alert">
          {auth.state.message}
        </p>
        <button type="button" className="button" onClick={() => void auth.refresh()}>
          Try again
        </button>
      </main>
    );
  }
  const { status } = auth.state;
  if (status.needsSetup) return <FirstRunSetup onSetup={auth.setup} />;
  if (!status.clinician) {
    return (
      <main className="auth-screen" aria-labelledby="auth-h">
        <h1 id="auth-h">Sign in</h1>
        <SignIn onSignIn={auth.signIn} />
      </main>
    );
  }
  const { clinician, locked } = status;
  return (
    <>
      <div key={clinician.id} hidden={locked} inert={locked} className="auth-content">
        {children({ clinician, locked, autoLockMinutes: status.autoLockMinutes, lock, signOut })}
      </div>
      {locked && <LockOverlay clinician={clinician} onUnlock={auth.signIn} onSignOut={signOut} />}
    </>
  );
}
