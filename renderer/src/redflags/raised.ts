// Which red flags are raised and not yet resolved, and what to do about each (REFERENCE.md §6, §9.6).
import { RED_FLAGS, RED_FLAG_IDS, type RedFlagId, type Urgency } from '../../../shared/clinical';
import type { RedFlagScreen } from '../../../shared/domain/encounter';
import type { Assessment } from '../assessment/types';

export interface RaisedFlag {
  id: RedFlagId;
  urgency: Urgency | 'modifier';
  resolved: boolean;
}

export function raisedFlags(screen: RedFlagScreen, assessment: Assessment): RaisedFlag[] {
  return RED_FLAG_IDS.filter((id) => screen.answers[id] === true).map((id) => ({
    id,
    // The engine's urgency reads combinations (CES flags together, cancer with a deficit).
    urgency:
      assessment.red_flags.find((flag) => flag.id === id)?.urgency ?? RED_FLAGS[id].urgencyAlone,
    resolved: screen.actions[id] !== undefined,
  }));
}

export const WHAT_TO_DO: Record<Urgency, string> = {
  emergency:
    'Same day, now: emergency department or the on-call spinal/orthopaedic team (suspected cauda equina: emergency MRI).',
  urgent: 'Urgent GP or specialist review within days (suspected cancer: the 2-week pathway).',
  routine: 'Routine review and safety-netting advice.',
  none: 'No referral needed for this flag alone.',
};
