// One patient: who they are, their encounters, and the button that starts a new one.
import { useState } from 'react';
import { patientDisplayName } from '../../../shared/domain/patient';
import { call, errorMessage } from '../api';
import type { Navigate } from '../app/route';
import { formatDate } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { useAsync } from '../ui/useAsync';
import { EncounterList } from './EncounterList';

export function PatientScreen({ patientId, navigate }: { patientId: string; navigate: Navigate }) {
  const [state, reload] = useAsync(async () => {
    const [patient, encounters] = await Promise.all([
      call('patients:get', { id: patientId }),
      call('encounters:listForPatient', { patientId }),
    ]);
    return { patient, encounters };
  }, patientId);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setStarting(true);
    setError(null);
    try {
      const encounter = await call('encounters:start', { patientId });
      navigate({ name: 'encounter', encounterId: encounter.id, patientId });
    } catch (failure) {
      setError(errorMessage(failure));
      setStarting(false);
    }
  }

  return (
    <main className="patient-screen" aria-labelledby="patient-h">
      <nav aria-label="Back">
        <button type="button" className="button" onClick={() => navigate({ name: 'home' })}>
          ← Patients
        </button>
      </nav>
      <LoadState state={state} what="the patient" onRetry={reload} />
      {state.kind === 'ready' && (
        <>
          <h1 id="patient-h">{patientDisplayName(state.value.patient)}</h1>
          <p className="patient-facts">
            Born {formatDate(state.value.patient.birthDate)}
            {state.value.patient.identifier && ` · ${state.value.patient.identifier}`}
          </p>
          <button
            type="button"
            className="button button-primary"
            onClick={start}
            disabled={starting}
          >
            {starting ? 'Starting…' : 'Start new encounter'}
          </button>
          {error && (
            <p className="error-text" role="alert">
              Could not start the encounter: {error}
            </p>
          )}
          <section aria-labelledby="encounters-h" className="panel">
            <h2 id="encounters-h">Encounters</h2>
            <EncounterList
              encounters={state.value.encounters}
              showPatient={false}
              navigate={navigate}
            />
          </section>
        </>
      )}
      {state.kind !== 'ready' && (
        <h1 id="patient-h" className="visually-hidden">
          Patient
        </h1>
      )}
    </main>
  );
}
