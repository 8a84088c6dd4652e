// Sutlive 2008 hip OA rule (REFERENCE.md §4, §9.3): 5 items, ≥3 met, ≥4 strong.
import type { Findings } from '../../findings/schema';
import { historyTri, testTri } from '../findingsAccess';
import { countItems, type RuleEvaluation } from './ruleResult';

export const SUTLIVE_STRONG_THRESHOLD = 4;

export function evaluateSutlive(findings: Findings): RuleEvaluation {
  const evaluation = countItems(
    'cpr_sutlive_hip_oa',
    [
      { value: historyTri(findings, 'agg_squatting'), history: 'agg_squatting' },
      {
        value: testTri(findings, 'active_hip_flexion_lateral_pain'),
        test: 'active_hip_flexion_lateral_pain',
      },
      { value: testTri(findings, 'hip_scour'), test: 'hip_scour' },
      { value: testTri(findings, 'active_hip_extension_pain'), test: 'active_hip_extension_pain' },
      // testTri reads hip_ir_rom as positive when recorded positive or at ≤25°.
      { value: testTri(findings, 'hip_ir_rom'), test: 'hip_ir_rom' },
    ],
    3,
  );
  // Fresh object: set in place (object spread is the slowest step of the next-test loop).
  evaluation.strong = evaluation.positives >= SUTLIVE_STRONG_THRESHOLD;
  return evaluation;
}
