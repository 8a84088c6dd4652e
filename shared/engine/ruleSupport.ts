// Which sources are rule-supported (REFERENCE.md §9.5 step 2): a verdict names a source only when a
// published rule or the stated combination backs it, never on probability alone.
import type { SourceId, TestId } from '../clinical/ids';
import type { Findings } from '../findings/schema';
import { historyPresent, isPositive } from './findingsAccess';
import { NEURO_DEFICIT_TESTS } from './urgency';
import type { RuleSet } from './rules/index';

export const NEURAL_TENSION_TESTS = [
  'slr',
  'crossed_slr',
  'slump',
  'femoral_nerve_stretch',
] as const;
export const HIP_SUPPORT_TESTS = [
  'fadir',
  'faber_groin',
  'hip_scour',
  'hip_ir_rom',
  'log_roll',
  'stinchfield',
] as const satisfies readonly TestId[];
export const HIP_SUPPORT_MIN_POSITIVE = 2;

const anyPositive = (findings: Findings, tests: readonly TestId[]): boolean =>
  tests.some((test) => isPositive(findings, test));

export function ruleSupported(findings: Findings, rules: RuleSet): Record<SourceId, boolean> {
  const radicularCompanion =
    anyPositive(findings, NEURO_DEFICIT_TESTS) ||
    historyPresent(findings, 'loc_below_knee') ||
    historyPresent(findings, 'quality_burning_electric_shooting') ||
    historyPresent(findings, 'agg_cough_sneeze_strain');
  const hipPositives = HIP_SUPPORT_TESTS.filter((test) => isPositive(findings, test)).length;
  const sij = rules.sacroiliac;
  return {
    lumbar_radicular:
      rules.cook.status === 'met' ||
      (anyPositive(findings, NEURAL_TENSION_TESTS) && radicularCompanion),
    sacroiliac: !sij.voided && (sij.twoOfFour.status === 'met' || sij.threeOfSix.status === 'met'),
    hip_joint:
      rules.sutlive.status === 'met' ||
      rules.acr.status === 'met' ||
      (historyPresent(findings, 'loc_groin_anterior_thigh') &&
        hipPositives >= HIP_SUPPORT_MIN_POSITIVE),
    piriformis: rules.martin.status === 'met',
    lumbar_myofascial_or_mechanical: isPositive(findings, 'repeated_movement_centralisation'),
  };
}
