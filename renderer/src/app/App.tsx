// The app: sign-in gate, then the workspace. The workspace stays mounted under the lock overlay.
import { AuthGate } from '../auth/AuthGate';
import { Workspace } from './Workspace';

export function App() {
  return (
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
  );
}
