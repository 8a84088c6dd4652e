// The last encounters across all patients, so a draft interrupted earlier is one click away.
import { call } from '../api';
import type { Navigate } from '../app/route';
import { LoadState } from '../ui/LoadState';
import { useAsync } from '../ui/useAsync';
import { EncounterList } from '../patient/EncounterList';

export function RecentEncounters({ navigate }: { navigate: Navigate }) {
  const [state, reload] = useAsync(() => call('encounters:listRecent', { limit: 10 }), 'recent');
  return (
    <section aria-labelledby="recent-h" className="panel">
      <h2 id="recent-h">Recent encounters</h2>
      <LoadState state={state} what="recent encounters" onRetry={reload} />
      {state.kind === 'ready' && (
        <EncounterList encounters={state.value} showPatient navigate={navigate} />
      )}
    </section>
  );
}
