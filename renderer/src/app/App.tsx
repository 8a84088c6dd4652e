// The app: the records check (recovery screen when they cannot be opened), the sign-in gate, then
// the workspace. The workspace stays mounted under the lock overlay.
import { AuthGate } from '../auth/AuthGate';
import { RecoveryGate } from '../recovery/RecoveryGate';
import { Workspace } from './Workspace';

export function App() {
  return (
    <RecoveryGate>
      <AuthGate>
        {(auth) => (
          <Workspace
            clinician={auth.clinician}
            locked={auth.locked}
            onLock={auth.lock}
            onSignOut={auth.signOut}
          />
        )}
      </AuthGate>
    </RecoveryGate>
  );
}
