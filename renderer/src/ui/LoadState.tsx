// The loading and failed states every screen shares, so none is ever blank.
import type { AsyncState } from './useAsync';

export function LoadState({
  state,
  what,
  onRetry,
}: {
  state: AsyncState<unknown>;
  what: string;
  onRetry: () => void;
}) {
  if (state.kind === 'loading') {
    return (
      <p className="status-line" role="status">
        Loading {what}…
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="error-box" role="alert">
        <p>
          Could not load {what}: {state.message}
        </p>
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      </div>
    );
  }
  return null;
}
