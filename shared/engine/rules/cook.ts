// Cook 2011 lumbar spinal stenosis cluster (REFERENCE.md §4, §9.3): 5 items, ≥4 met (LR+ 4.6);
// none present LR− 0.19.
import type { Findings } from '../../findings/schema';
import { historyTri, triOr } from '../findingsAccess';
import { countItems, type RuleEvaluation } from './ruleResult';

export const COOK_AGE_ABOVE = 48;

export function evaluateCook(findings: Findings): RuleEvaluation {
  const walkingOrStanding = triOr(
    historyTri(findings, 'agg_walking'),
    historyTri(findings, 'agg_standing'),
  );
  const evaluation = countItems(
    'cpr_cook_lss',
    [
      { value: historyTri(findings, 'loc_bilateral_legs'), history: 'loc_bilateral_legs' },
      {
        value: historyTri(findings, 'leg_pain_worse_than_back'),
        history: 'leg_pain_worse_than_back',
      },
      { value: walkingOrStanding, history: 'agg_walking' },
      {
        value: historyTri(findings, 'ease_sitting_or_flexion'),
        history: 'ease_sitting_or_flexion',
      },
      { value: findings.age > COOK_AGE_ABOVE },
    ],
    4,
  );
  if (walkingOrStanding === undefined && evaluation.missingHistory.includes('agg_walking')) {
    // Either question answers item 3; list the one not yet asked as well.
    if (findings.history.agg_standing === undefined) evaluation.missingHistory.push('agg_standing');
  }
  return evaluation;
}
