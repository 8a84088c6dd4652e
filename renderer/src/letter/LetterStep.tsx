// Step 5: plan and referral, signing, then (once signed) addenda and the referral letter.
import type { Addendum, Encounter, EncounterContent } from '../../../shared/domain/encounter';
import type { EncounterChange } from '../../../shared/domain/encounterChange';
import type { Assessment } from '../assessment/types';
import type { SaveState } from '../encounter/useEncounterDraft';
import { formatDateTime } from '../ui/format';
import { Addenda } from './Addenda';
import { LetterPanel } from './LetterPanel';
import { PlanForm } from './PlanForm';
import { SignSection } from './SignSection';

export interface LetterStepProps {
  encounter: Encounter;
  content: EncounterContent;
  assessment: Assessment;
  change: (change: EncounterChange, coalesceKey?: string) => void;
  save: SaveState;
  unresolvedFlags: number;
  onSigned: (encounter: Encounter) => void;
  onAddendum: (addendum: Addendum) => void;
}

function signBlocker(save: SaveState, unresolvedFlags: number): string | null {
  if (save.kind === 'failed') return 'A change has not been saved: retry the save first.';
  if (save.kind === 'saving') return 'Saving…';
  if (unresolvedFlags > 0) {
    return `Record an action for ${unresolvedFlags === 1 ? 'the raised red flag' : `each of the ${unresolvedFlags} raised red flags`} first.`;
  }
  return null;
}

export function LetterStep(props: LetterStepProps) {
  const { encounter, content, assessment, change } = props;
  const signed = encounter.status === 'signed';
  return (
    <section aria-labelledby="letter-step-h" className="letter-step">
      <h2 id="letter-step-h">Plan, sign and letter</h2>
      <PlanForm content={content} assessment={assessment} change={change} readOnly={signed} />
      {signed ? (
        <>
          <p className="signed-note" role="status">
            ✓ Signed {encounter.signedAt ? formatDateTime(encounter.signedAt) : ''} — this encounter
            is read-only.
          </p>
          <LetterPanel encounterId={encounter.id} />
          <Addenda
            encounterId={encounter.id}
            addenda={encounter.addenda}
            onAdded={props.onAddendum}
          />
        </>
      ) : (
        <SignSection
          encounterId={encounter.id}
          blockedBy={signBlocker(props.save, props.unresolvedFlags)}
          onSigned={props.onSigned}
        />
      )}
    </section>
  );
}
