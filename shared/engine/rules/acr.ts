// ACR clinical criteria for hip OA (Altman 1991; REFERENCE.md §4, §9.3), read in three-valued
// logic because its two branches are AND/OR of items, not a count:
//   hip pain AND ((a) IR <15° AND flexion ≤115°  OR  (b) IR ≥15° AND painful IR AND
//   morning stiffness ≤60 min AND age >50).
// Hip pain is the presenting complaint, so it always holds (§9.1).
import type { Findings } from '../../findings/schema';
import type { NumericHistoryId, TestId } from '../../clinical/ids';
import { historyNumber, testFinding, testTri, triAnd, triOr, type Tri } from '../findingsAccess';
import type { RuleEvaluation } from './ruleResult';

export const ACR_IR_LIMIT_DEG = 15;
export const ACR_FLEXION_LIMIT_DEG = 115;
export const ACR_STIFFNESS_LIMIT_MIN = 60;
export const ACR_AGE_ABOVE = 50;

/** IR <15°: from `value_deg`; a negative IR test (>25°) is ≥15°; positive without a value is unknown. */
function irBelow15(findings: Findings): Tri {
  const finding = testFinding(findings, 'hip_ir_rom');
  if (finding === undefined) return undefined;
  if (finding.value_deg !== undefined) return finding.value_deg < ACR_IR_LIMIT_DEG;
  return finding.result === 'negative' ? false : undefined;
}

function flexionLimited(findings: Findings): Tri {
  const finding = testFinding(findings, 'hip_flexion_rom');
  if (finding === undefined) return undefined;
  if (finding.result === 'positive') return true;
  return finding.value_deg !== undefined && finding.value_deg <= ACR_FLEXION_LIMIT_DEG;
}

function stiffnessShort(findings: Findings): Tri {
  const minutes = historyNumber(findings, 'morning_stiffness_minutes');
  return minutes === undefined ? undefined : minutes <= ACR_STIFFNESS_LIMIT_MIN;
}

const countTrue = (values: Tri[]): number => values.filter((v) => v === true).length;

export function evaluateAcr(findings: Findings): RuleEvaluation {
  const irLow = irBelow15(findings);
  const irHigh = irLow === undefined ? undefined : !irLow;
  const flexion = flexionLimited(findings);
  const irPain = testTri(findings, 'hip_ir_pain');
  const stiffness = stiffnessShort(findings);
  const age = findings.age > ACR_AGE_ABOVE;

  const branchA: Tri[] = [irLow, flexion];
  const branchB: Tri[] = [irHigh, irPain, stiffness, age];
  const met = triOr(triAnd(...branchA), triAnd(...branchB));

  const missingTests: TestId[] = [];
  const missingHistory: NumericHistoryId[] = [];
  if (met === undefined) {
    // Only the items that can still decide the rule.
    if (testFinding(findings, 'hip_ir_rom') === undefined) missingTests.push('hip_ir_rom');
    if (flexion === undefined && irLow !== false) missingTests.push('hip_flexion_rom');
    if (irPain === undefined && irLow !== true) missingTests.push('hip_ir_pain');
    if (stiffness === undefined && irLow !== true) missingHistory.push('morning_stiffness_minutes');
  }
  // §9.3: the LR− (not met 0.19) only when every item was recorded.
  const allDone =
    testFinding(findings, 'hip_ir_rom') !== undefined &&
    flexion !== undefined &&
    irPain !== undefined &&
    stiffness !== undefined;
  const aFraction = countTrue(branchA) / branchA.length;
  const bFraction = countTrue(branchB) / branchB.length;
  // The count shows the branch nearer to being met ((a) on a tie: it is the shorter one).
  const useA = aFraction >= bFraction;
  const branch = useA ? branchA : branchB;
  return {
    id: 'cpr_altman_acr_hip_oa',
    status: met === true ? 'met' : met === false ? 'not_met' : 'incomplete',
    positives: countTrue(branch),
    total: branch.length,
    undone: branch.filter((v) => v === undefined).length,
    allDone,
    fullyNegative: allDone && met === false,
    missingTests,
    missingHistory,
    detail: `branch (a) IR <15° + flexion ≤115°: ${countTrue(branchA)}/2; branch (b) IR ≥15° + painful IR + stiffness ≤60 min + age >50: ${countTrue(branchB)}/4`,
  };
}
