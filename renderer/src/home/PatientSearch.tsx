// Search as you type (name or identifier). `/` anywhere in the app lands here.
import { useEffect, useId, useState } from 'react';
import type { Patient } from '../../../shared/domain/patient';
import { patientDisplayName } from '../../../shared/domain/patient';
import { call, errorMessage } from '../api';
import type { Navigate } from '../app/route';
import { formatDate } from '../ui/format';

type Results =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; patients: Patient[] }
  | { kind: 'failed'; message: string };

export function PatientSearch({ navigate }: { navigate: Navigate }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ kind: 'idle' });
  const inputId = useId();

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') return;
    let live = true;
    // A short pause so a burst of typing is one search.
    const timer = window.setTimeout(() => {
      setResults({ kind: 'loading' });
      call('patients:search', { query: trimmed, limit: 20 }).then(
        (patients) => live && setResults({ kind: 'ready', patients }),
        (error: unknown) => live && setResults({ kind: 'failed', message: errorMessage(error) }),
      );
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  const shown = query.trim() === '' ? { kind: 'idle' as const } : results;

  return (
    <section aria-labelledby={`${inputId}-h`} className="panel">
      <h2 id={`${inputId}-h`}>Find a patient</h2>
      <label htmlFor={inputId} className="field-label">
        Name or identifier <kbd>/</kbd>
      </label>
      <input
        id={inputId}
        data-patient-search
        className="text-input"
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div aria-live="polite">
        {shown.kind === 'loading' && <p className="status-line">Searching…</p>}
        {shown.kind === 'failed' && (
          <p className="error-text" role="alert">
            Search failed: {shown.message}
          </p>
        )}
        {shown.kind === 'ready' && shown.patients.length === 0 && (
          <p className="status-line">No patient matches “{query.trim()}”.</p>
        )}
        {shown.kind === 'ready' && shown.patients.length > 0 && (
          <ul className="link-list" aria-label="Matching patients">
            {shown.patients.map((patient) => (
              <li key={patient.id}>
                <button
                  type="button"
                  className="list-button"
                  onClick={() => navigate({ name: 'patient', patientId: patient.id })}
                >
                  <strong>{patientDisplayName(patient)}</strong>
                  <span>born {formatDate(patient.birthDate)}</span>
                  {patient.identifier && <span>{patient.identifier}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
