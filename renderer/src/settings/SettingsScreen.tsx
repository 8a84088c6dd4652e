// Settings: the clinic's letterhead and letters, the workstation (auto-lock, backups kept),
// backups, and the clinicians who can sign in here.
import type { Clinician } from '../../../shared/domain/clinician';
import { call } from '../api';
import type { Navigate } from '../app/route';
import { ClinicianAccounts } from '../auth/ClinicianAccounts';
import { LoadState } from '../ui/LoadState';
import { useAsync } from '../ui/useAsync';
import { BackupsPanel } from './BackupsPanel';
import { ClinicSettingsForm } from './ClinicSettingsForm';

export function SettingsScreen({ me, navigate }: { me: Clinician; navigate: Navigate }) {
  const [state, reload] = useAsync(() => call('settings:get', {}), 'settings');
  return (
    <main className="settings-screen" aria-labelledby="settings-h">
      <nav aria-label="Back">
        <button type="button" className="button" onClick={() => navigate({ name: 'home' })}>
          ← Patients
        </button>
      </nav>
      <h1 id="settings-h">Settings</h1>
      <div className="settings-columns">
        <section className="panel" aria-labelledby="clinic-h">
          <h2 id="clinic-h">Clinic and letters</h2>
          <LoadState state={state} what="the settings" onRetry={reload} />
          {state.kind === 'ready' && <ClinicSettingsForm initial={state.value} />}
        </section>
        <div>
          <BackupsPanel />
          <div className="panel">
            <ClinicianAccounts me={me} />
          </div>
        </div>
      </div>
    </main>
  );
}
