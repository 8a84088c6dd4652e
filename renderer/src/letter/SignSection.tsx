// Signing: a confirmation, then main recomputes the assessment from the stored draft and freezes the
// encounter. Blocked while a change is unsaved or a raised red flag has no recorded action.
import { useState } from 'react';
import type { Encounter } from '../../../shared/domain/encounter';
import { call, errorMessage } from '../api';
import { ConfirmDialog } from '../ui/ConfirmDialog';

export function SignSection({
  encounterId,
  blockedBy,
  onSigned,
}: {
  encounterId: string;
  /** Why signing is not possible yet, or null. */
  blockedBy: string | null;
  onSigned: (encounter: Encounter) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function sign() {
    setBusy(true);
    setError(null);
    try {
      const signed = await call('encounters:sign', { encounterId });
      setConfirming(false);
      onSigned(signed);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <section aria-labelledby="sign-h" className="panel">
      <h3 id="sign-h">Sign</h3>
      <p>Once signed the encounter is read-only; corrections are added as addenda.</p>
      {blockedBy && <p className="error-text">{blockedBy}</p>}
      {error && (
        <p className="error-text" role="alert">
          Could not sign: {error}
        </p>
      )}
      <button
        type="button"
        className="button button-primary"
        disabled={blockedBy !== null || busy}
        onClick={() => setConfirming(true)}
      >
        Sign encounter…
      </button>
      {confirming && (
        <ConfirmDialog
          title="Sign this encounter?"
          confirmLabel={busy ? 'Signing…' : 'Sign'}
          busy={busy}
          onConfirm={sign}
          onCancel={() => setConfirming(false)}
        >
          <p>The findings, assessment and referral will be frozen under your name.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
