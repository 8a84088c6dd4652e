// The red-flag banner: raised by any "yes", on every step, until each raised flag has a recorded
// action (referred, discussed, or ruled out with a reason).
import { useState, type FormEvent } from 'react';
import { RED_FLAGS, type RedFlagId } from '../../../shared/clinical';
import {
  RED_FLAG_ACTIONS,
  type RedFlagActionKind,
  type RedFlagScreen,
} from '../../../shared/domain/encounter';
import type { EncounterChange } from '../../../shared/domain/encounterChange';
import { URGENCY_SHORT } from '../assessment/labels';
import type { Assessment } from '../assessment/types';
import { raisedFlags, WHAT_TO_DO } from './raised';

const ACTION_WORDS: Record<RedFlagActionKind, string> = {
  referred: 'Referred',
  discussed: 'Discussed',
  ruled_out: 'Ruled out',
};

export function RedFlagBanner({
  screen,
  assessment,
  change,
  readOnly,
}: {
  screen: RedFlagScreen;
  assessment: Assessment;
  change: (change: EncounterChange) => void;
  readOnly: boolean;
}) {
  const open = raisedFlags(screen, assessment).filter((flag) => !flag.resolved);
  if (open.length === 0) return null;
  const urgency = assessment.verdict.urgency;
  const level = urgency === 'emergency' || urgency === 'urgent' ? urgency : 'routine';
  return (
    <section
      className={`redflag-banner banner-${level}`}
      role="alert"
      aria-label="Red flag"
      data-urgency={urgency}
    >
      <p className="banner-title">
        ⚠ RED FLAG —{' '}
        {urgency === 'none' ? 'MODIFIER, no referral alone' : URGENCY_SHORT[urgency].toUpperCase()}
        {urgency !== 'none' && <span className="banner-todo"> · {WHAT_TO_DO[urgency]}</span>}
      </p>
      {assessment.verdict.referral.urgency === urgency && urgency !== 'none' && (
        <p className="banner-advice">{assessment.verdict.referral.reason}</p>
      )}
      <ul className="banner-flags">
        {open.map((flag) => (
          <li key={flag.id}>
            <span>
              ⚑ <strong>{RED_FLAGS[flag.id].suspected}</strong> (
              {flag.urgency === 'modifier' ? 'modifier' : URGENCY_SHORT[flag.urgency].toLowerCase()}
              ): {RED_FLAGS[flag.id].question}
            </span>
            {!readOnly && <ResolveForm id={flag.id} change={change} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ResolveForm({ id, change }: { id: RedFlagId; change: (change: EncounterChange) => void }) {
  const [action, setAction] = useState<RedFlagActionKind>('referred');
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Record action…
      </button>
    );
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') return;
    change({ kind: 'redFlagAction', id, action, reason: reason.trim() });
  }
  return (
    <form className="resolve-form" onSubmit={submit} aria-label="Record action">
      <label className="field">
        <span className="field-label">Action</span>
        <select
          className="text-input"
          value={action}
          onChange={(event) => setAction(event.target.value as RedFlagActionKind)}
        >
          {RED_FLAG_ACTIONS.map((value) => (
            <option key={value} value={value}>
              {ACTION_WORDS[value]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">What was done, or why ruled out</span>
        <input
          className="text-input"
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <button type="submit" className="button button-primary">
        Save action
      </button>
    </form>
  );
}
