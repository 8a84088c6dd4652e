// Encounters as rows: date, draft or signed, and the verdict when one was saved.
import type { EncounterSummary } from '../../../shared/domain/encounter';
import type { Navigate } from '../app/route';
import { verdictLabel } from '../assessment/labels';
import { formatDateTime } from '../ui/format';

export function EncounterList({
  encounters,
  showPatient,
  navigate,
}: {
  encounters: EncounterSummary[];
  showPatient: boolean;
  navigate: Navigate;
}) {
  if (encounters.length === 0) return <p className="status-line">No encounters yet.</p>;
  return (
    <ul className="link-list" aria-label="Encounters">
      {encounters.map((encounter) => (
        <li key={encounter.id}>
          <button
            type="button"
            className="list-button"
            onClick={() =>
              navigate({
                name: 'encounter',
                encounterId: encounter.id,
                patientId: encounter.patientId,
              })
            }
          >
            {showPatient && <strong>{encounter.patientName}</strong>}
            <span>{formatDateTime(encounter.startedAt)}</span>
            <span className={`badge badge-${encounter.status}`}>
              {encounter.status === 'signed' ? '✓ Signed' : '✎ Draft'}
            </span>
            <span>{encounter.verdict ? verdictLabel(encounter.verdict) : 'No verdict yet'}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
