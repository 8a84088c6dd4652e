// NICE NG65 axial spondyloarthritis referral criteria (REFERENCE.md §4, §9.3).
// Entry: low back or buttock pain, lasting >12 weeks, starting before 45 (onset = age − weeks/52).
// Items: onset <35, waking in the second half of the night, buttock pain, better with movement,
// better within 48 h of NSAIDs, family history of SpA, extra-articular features (one item).
// ≥4 met (→ suggest rf_inflammatory_back_pain); exactly 3 → consider HLA-B27.
import type { Findings } from '../../findings/schema';
import { historyNumber, historyTri, triAnd, triOr, type Tri } from '../findingsAccess';
import { countItems, type RuleEvaluation } from './ruleResult';

export const NG65_ONSET_BEFORE = 45;
export const NG65_EARLY_ONSET_BEFORE = 35;
export const NG65_MIN_DURATION_WEEKS = 12;
export const NG65_THRESHOLD = 4;
export const NG65_HLA_B27_COUNT = 3;

/** Age at onset below `limit`; without a duration, onset ≤ age still settles it for the young. */
function onsetBefore(findings: Findings, limit: number): Tri {
  const weeks = historyNumber(findings, 'symptom_duration_weeks');
  if (weeks === undefined) return findings.age < limit ? true : undefined;
  return findings.age - weeks / 52 < limit;
}

export interface Ng65Evaluation extends RuleEvaluation {
  entry: Tri;
}

export function evaluateNg65(findings: Findings): Ng65Evaluation {
  const weeks = historyNumber(findings, 'symptom_duration_weeks');
  const entry = triAnd(
    triOr(historyTri(findings, 'loc_low_back'), historyTri(findings, 'loc_buttock')),
    weeks === undefined ? undefined : weeks > NG65_MIN_DURATION_WEEKS,
    onsetBefore(findings, NG65_ONSET_BEFORE),
  );
  const items = countItems(
    'cpr_nice_ng65_axspa',
    [
      { value: onsetBefore(findings, NG65_EARLY_ONSET_BEFORE), history: 'symptom_duration_weeks' },
      {
        value: historyTri(findings, 'night_waking_second_half'),
        history: 'night_waking_second_half',
      },
      { value: historyTri(findings, 'loc_buttock'), history: 'loc_buttock' },
      { value: historyTri(findings, 'ease_movement_exercise'), history: 'ease_movement_exercise' },
      { value: historyTri(findings, 'ease_nsaids_within_48h'), history: 'ease_nsaids_within_48h' },
      { value: historyTri(findings, 'family_history_spa'), history: 'family_history_spa' },
      {
        value: historyTri(findings, 'extra_articular_spa_features'),
        history: 'extra_articular_spa_features',
      },
    ],
    NG65_THRESHOLD,
  );
  // `items` is fresh: complete it in place.
  const result = items as Ng65Evaluation;
  result.entry = entry;
  if (entry === false) {
    result.status = 'not_met';
    result.missingHistory = [];
    result.detail =
      'entry criteria not met: back or buttock pain starting before 45, lasting >12 weeks';
  } else if (entry === undefined && items.status === 'met') {
    result.status = 'incomplete';
    result.missingHistory = [];
    if (findings.history.loc_low_back === undefined) result.missingHistory.push('loc_low_back');
    if (weeks === undefined) result.missingHistory.push('symptom_duration_weeks');
    result.detail = 'entry criteria not yet known (pain site, duration)';
  }
  return result;
}
