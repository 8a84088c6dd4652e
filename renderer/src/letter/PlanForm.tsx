// Plan and referral: recipient, urgency (pre-filled from the assessment), notes, and the plan.
import { useEffect } from 'react';
import { URGENCIES, type Urgency } from '../../../shared/clinical';
import type { EncounterContent } from '../../../shared/domain/encounter';
import type { EncounterChange } from '../../../shared/domain/encounterChange';
import { referralTargetLabel, URGENCY_WORDS } from '../assessment/labels';
import type { Assessment } from '../assessment/types';

const RANK: Record<Urgency, number> = { none: 0, routine: 1, urgent: 2, emergency: 3 };

/** The assessment's urgency: the higher of the flags' urgency and the referral advice. */
export function suggestedUrgency(assessment: Assessment): Urgency {
  const a = assessment.verdict.urgency;
  const b = assessment.verdict.referral.urgency;
  return RANK[a] >= RANK[b] ? a : b;
}

export function PlanForm({
  content,
  assessment,
  change,
  readOnly,
}: {
  content: EncounterContent;
  assessment: Assessment;
  change: (change: EncounterChange, coalesceKey?: string) => void;
  readOnly: boolean;
}) {
  const referral = content.referral;
  const prefillNeeded = !readOnly && referral.urgency === null;
  const urgency = suggestedUrgency(assessment);
  const target = assessment.verdict.referral.to;

  // Pre-fill once, when the step first opens on a draft with no urgency chosen yet.
  useEffect(() => {
    if (!prefillNeeded) return;
    change({
      kind: 'fields',
      referral: {
        recipient:
          referral.recipient !== '' || target === 'none'
            ? referral.recipient
            : referralTargetLabel(target),
        urgency,
        notes: referral.notes,
      },
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prefillNeeded]);

  function setReferral(patch: Partial<EncounterContent['referral']>, key: string) {
    change({ kind: 'fields', referral: { ...referral, ...patch } }, key);
  }

  return (
    <section aria-labelledby="plan-h" className="panel">
      <h3 id="plan-h">Plan and referral</h3>
      <p className="status-line">
        Suggested: {referralTargetLabel(target)} — {URGENCY_WORDS[urgency]}.{' '}
        {assessment.verdict.referral.reason}
      </p>
      <div className="form-grid two-col">
        <label className="field">
          <span className="field-label">Recipient</span>
          <input
            className="text-input"
            value={referral.recipient}
            disabled={readOnly}
            onChange={(event) => setReferral({ recipient: event.target.value }, 'referral')}
          />
        </label>
        <label className="field">
          <span className="field-label">Urgency</span>
          <select
            className="text-input"
            value={referral.urgency ?? urgency}
            disabled={readOnly}
            onChange={(event) =>
              setReferral({ urgency: event.target.value as Urgency }, 'referral-urgency')
            }
          >
            {URGENCIES.map((value) => (
              <option key={value} value={value}>
                {URGENCY_WORDS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field-label">Referral notes</span>
        <textarea
          className="text-input"
          value={referral.notes}
          disabled={readOnly}
          onChange={(event) => setReferral({ notes: event.target.value }, 'referral')}
        />
      </label>
      <label className="field">
        <span className="field-label">Plan</span>
        <textarea
          className="text-input"
          value={content.plan}
          disabled={readOnly}
          onChange={(event) => change({ kind: 'fields', plan: event.target.value }, 'plan')}
        />
      </label>
    </section>
  );
}
