// The lock screen. The workspace stays mounted underneath (unsaved input survives) but is hidden
// and inert (AuthGate), so no patient data shows while locked; this overlay covers the window.
import type { Clinician } from '../../../shared/domain/clinician';
import { SignIn } from './SignIn';

export interface LockOverlayProps {
  clinician: Clinician;
  onUnlock: (username: string, password: string) => Promise<unknown>;
  onSignOut: () => void;
}

export function LockOverlay({ clinician, onUnlock, onSignOut }: LockOverlayProps) {
  return (
    <div className="overlay lock-overlay" role="dialog" aria-modal="true" aria-labelledby="lock-h">
      <div className="dialog">
        <h1 id="lock-h">Locked</h1>
        <p>
          Signed in as {clinician.name}. Enter the password to continue where you left off; another
          clinician can sign in with their own username.
        </p>
        <SignIn
          onSignIn={onUnlock}
          username={clinician.username}
          action="Unlock"
          headingId="lock-h"
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onSignOut}>
            Sign out (unsaved input is discarded)
          </button>
        </div>
      </div>
    </div>
  );
}
