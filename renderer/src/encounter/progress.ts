// One short line per step for the step list ("18/23 answered", "9 tests").
import { HISTORY_IDS, RED_FLAG_IDS } from '../../../shared/clinical';
import type { EncounterContent } from '../../../shared/domain/encounter';
import type { Assessment } from '../assessment/types';
import { verdictLabel } from '../assessment/labels';
import type { StepId } from './steps';

export function stepProgress(
  content: EncounterContent,
  assessment: Assessment,
  signed: boolean,
): Record<StepId, string> {
  const flags = RED_FLAG_IDS.filter((id) => content.redFlags.answers[id] !== undefined).length;
  const history =
    HISTORY_IDS.filter((id) => content.history[id] !== undefined).length +
    (content.bodyChart.length > 0 ? 1 : 0);
  const tests = Object.keys(content.tests).length;
  return {
    redflags: flags === RED_FLAG_IDS.length ? '✓ done' : `${flags}/${RED_FLAG_IDS.length}`,
    history: history === 0 ? '—' : `${history} noted`,
    tests: tests === 0 ? '—' : `${tests} done`,
    assessment: verdictLabel(assessment.verdict.primary_source),
    letter: signed ? '✓ signed' : 'draft',
  };
}
