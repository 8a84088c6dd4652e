// Signing: a confirmation, then main recomputes the assessment from the stored draft and freezes the
// encounter. Blocked while a change is unsaved or a raised red flag has no recorded action. Before
// the confirmation, main checks the text the letter will print: characters its fonts cannot draw
// are named, so the clinician can correct them now (signing stays possible).
import { useCallback, useEffect, useState } from 'react';
import type { Encounter } from '../../../shared/domain/encounter';
import type { UndrawableText } from '../../../shared/ipc/contract';
import { call, errorMessage } from '../api';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { describeUndrawable } from './undrawable';

function GlyphWarning({ found }: { found: UndrawableText[] }) {
  if (found.length === 0) return null;
  return (
    <div className="glyph-warning" role="alert" data-glyph-warning>
      <p>
        <strong>These characters cannot be printed in the letter:</strong>{' '}
        {describeUndrawable(found)}.
      </p>
      <p>They would show as empty boxes. Correct the text before signing, or sign as it is.</p>
    </div>
  );
}

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
  const [undrawable, setUndrawable] = useState<UndrawableText[]>([]);

  // A failed check must not block signing: the letter is still made, only with boxes.
  const check = useCallback(
    () =>
      call('letters:checkCharacters', { encounterId }).then(setUndrawable, () => setUndrawable([])),
    [encounterId],
  );
  useEffect(() => {
    // Re-checked when the draft settles (blockedBy clears after a save) and before confirming.
    if (blockedBy === null) void check();
  }, [check, blockedBy]);

  async function openConfirmation() {
    await check();
    setConfirming(true);
  }

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
      {!confirming && <GlyphWarning found={undrawable} />}
      {error && (
        <p className="error-text" role="alert">
          Could not sign: {error}
        </p>
      )}
      <button
        type="button"
        className="button button-primary"
        disabled={blockedBy !== null || busy}
        onClick={() => void openConfirmation()}
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
          <GlyphWarning found={undrawable} />
        </ConfirmDialog>
      )}
    </section>
  );
}
