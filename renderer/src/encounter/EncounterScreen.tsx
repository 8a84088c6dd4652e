// Loads one encounter and its patient, then hands them to the workspace.
import type { Navigate } from '../app/route';
import { call } from '../api';
import { LoadState } from '../ui/LoadState';
import { useAsync } from '../ui/useAsync';
import { EncounterWorkspace } from './EncounterWorkspace';

export function EncounterScreen({
  encounterId,
  patientId,
  navigate,
  locked,
}: {
  encounterId: string;
  patientId: string;
  navigate: Navigate;
  locked: boolean;
}) {
  const [state, reload] = useAsync(async () => {
    const [encounter, patient] = await Promise.all([
      call('encounters:get', { id: encounterId }),
      call('patients:get', { id: patientId }),
    ]);
    return { encounter, patient };
  }, encounterId);

  if (state.kind !== 'ready') {
    return (
      <main className="encounter-loading" aria-labelledby="enc-load-h">
        <h1 id="enc-load-h" className="visually-hidden">
          Encounter
        </h1>
        <LoadState state={state} what="the encounter" onRetry={reload} />
      </main>
    );
  }
  return (
    <EncounterWorkspace
      key={state.value.encounter.id}
      initial={state.value.encounter}
      patient={state.value.patient}
      navigate={navigate}
      locked={locked}
    />
  );
}
