// Martin 2014 deep gluteal combination (REFERENCE.md §4, §9.3): either test positive = met
// (LR+ 4.57); both negative rules it out (LR− 0.11); one negative and the other not done is
// incomplete (the probability then uses that test's own LR−).
import type { Findings } from '../../findings/schema';
import { testTri } from '../findingsAccess';
import { countItems, type RuleEvaluation } from './ruleResult';

export const MARTIN_TESTS = ['active_piriformis', 'seated_piriformis_stretch'] as const;

export function evaluateMartin(findings: Findings): RuleEvaluation {
  return countItems(
    'cpr_martin_deep_gluteal',
    MARTIN_TESTS.map((test) => ({ value: testTri(findings, test), test })),
    1,
  );
}
