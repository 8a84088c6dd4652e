// Addenda: the only way to add to a signed encounter. Each is dated and attributed.
import { useState, type FormEvent } from 'react';
import type { Addendum } from '../../../shared/domain/encounter';
import { call, errorMessage } from '../api';
import { formatDateTime } from '../ui/format';

export function Addenda({
  encounterId,
  addenda,
  onAdded,
}: {
  encounterId: string;
  addenda: Addendum[];
  onAdded: (addendum: Addendum) => void;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      const addendum = await call('encounters:addAddendum', { encounterId, text });
      onAdded(addendum);
      setText('');
    } catch (failure) {
      // The text stays in the box so it can be sent again.
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="addenda-h" className="panel">
      <h3 id="addenda-h">Addenda</h3>
      {addenda.length === 0 ? (
        <p className="status-line">No addenda.</p>
      ) : (
        <ul className="addenda">
          {addenda.map((addendum) => (
            <li key={addendum.id}>
              <p className="status-line">
                {formatDateTime(addendum.createdAt)} — {addendum.clinicianName}
              </p>
              <p className="preserve-lines">{addendum.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} aria-label="Add an addendum">
        <label className="field">
          <span className="field-label">New addendum</span>
          <textarea
            className="text-input"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        {error && (
          <p className="error-text" role="alert">
            Could not add the addendum: {error}
          </p>
        )}
        <button type="submit" className="button" disabled={busy || text.trim() === ''}>
          Add addendum
        </button>
      </form>
    </section>
  );
}
