// Henschke 2009 fracture flags (REFERENCE.md §4, §9.2): female, age >70, trauma, prolonged
// corticosteroids. Informational: ≥2 adds a warning to consider fracture; no LR, no urgency.
import type { Findings } from '../../findings/schema';
import { flagTri, triOr, type Tri } from '../findingsAccess';
import { countItems, type RuleEvaluation } from './ruleResult';

export const HENSCHKE_AGE_ABOVE = 70;

function female(findings: Findings): Tri {
  if (findings.sex === undefined || findings.sex === 'unknown') return undefined;
  return findings.sex === 'female';
}

export function evaluateHenschke(findings: Findings): RuleEvaluation {
  return countItems(
    'cpr_henschke_fracture_flags',
    [
      { value: female(findings) },
      { value: findings.age > HENSCHKE_AGE_ABOVE },
      {
        value: triOr(
          flagTri(findings, 'rf_major_trauma'),
          flagTri(findings, 'rf_minor_trauma_osteoporosis'),
        ),
      },
      { value: flagTri(findings, 'rf_prolonged_corticosteroids') },
    ],
    2,
  );
}
