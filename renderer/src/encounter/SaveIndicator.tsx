// The save state, always in the header: "Saved ✓" only after main's receipt for the last change;
// a failure says so plainly, with Retry, while the input stays on screen.
import { formatTime } from '../ui/format';
import type { SaveState } from './useEncounterDraft';

export function SaveIndicator({
  save,
  signed,
  onRetry,
}: {
  save: SaveState;
  signed: boolean;
  onRetry: () => void;
}) {
  if (signed && save.kind !== 'failed') {
    return (
      <span className="save-state save-signed" role="status" data-save="signed">
        ✓ Signed, read-only
      </span>
    );
  }
  if (save.kind === 'saving') {
    return (
      <span className="save-state save-saving" role="status" data-save="saving">
        Saving…
      </span>
    );
  }
  if (save.kind === 'failed') {
    return (
      <span className="save-state save-failed" role="alert" data-save="failed">
        ⚠ Not saved: {save.message}{' '}
        {!save.readOnly && (
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
        )}
      </span>
    );
  }
  return (
    <span className="save-state save-saved" role="status" data-save="saved">
      Saved ✓ <span className="save-time">{formatTime(save.at)}</span>
    </span>
  );
}
