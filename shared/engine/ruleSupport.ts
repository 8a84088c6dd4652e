// Which sources are rule-supported (REFERENCE.md §9.5 step 2), and by what: a verdict names a source
// only when a published rule or the stated combination backs it, never on probability alone. The
// basis travels with the assessment so the screens and the letter print it without re-deriving it.
import type { RuleId, SourceId, TestId } from '../clinical/ids';
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

/** What makes a source rule-supported: a met rule, or the §9.5 combination in words. */
export type SupportBasis = { kind: 'rule'; rule: RuleId } | { kind: 'combination'; text: string };

const anyPositive = (findings: Findings, tests: readonly TestId[]): boolean =>
  tests.some((test) => isPositive(findings, test));

const byRule = (rule: RuleId): SupportBasis => ({ kind: 'rule', rule });
const byCombination = (text: string): SupportBasis => ({ kind: 'combination', text });

export function supportBasis(
  findings: Findings,
  rules: RuleSet,
): Record<SourceId, SupportBasis | null> {
  const radicularCompanion =
    anyPositive(findings, NEURO_DEFICIT_TESTS) ||
    historyPresent(findings, 'loc_below_knee') ||
    historyPresent(findings, 'quality_burning_electric_shooting') ||
    historyPresent(findings, 'agg_cough_sneeze_strain');
  const hipPositives = HIP_SUPPORT_TESTS.filter((test) => isPositive(findings, test)).length;
  const sij = rules.sacroiliac;

  const radicular: SupportBasis | null =
    rules.cook.status === 'met'
      ? byRule('cpr_cook_lss')
      : anyPositive(findings, NEURAL_TENSION_TESTS) && radicularCompanion
        ? byCombination('neural-tension test with a radicular sign')
        : null;
  const sacroiliac: SupportBasis | null = sij.voided
    ? null
    : sij.threeOfSix.status === 'met'
      ? byRule('cpr_laslett_sij_3of6')
      : sij.twoOfFour.status === 'met'
        ? byRule('cpr_laslett_sij_2of4')
        : null;
  const hip: SupportBasis | null =
    rules.sutlive.status === 'met'
      ? byRule('cpr_sutlive_hip_oa')
      : rules.acr.status === 'met'
        ? byRule('cpr_altman_acr_hip_oa')
        : historyPresent(findings, 'loc_groin_anterior_thigh') &&
            hipPositives >= HIP_SUPPORT_MIN_POSITIVE
          ? byCombination('groin pain with 2+ positive hip tests')
          : null;
  return {
    lumbar_radicular: radicular,
    sacroiliac,
    hip_joint: hip,
    piriformis: rules.martin.status === 'met' ? byRule('cpr_martin_deep_gluteal') : null,
    lumbar_myofascial_or_mechanical: isPositive(findings, 'repeated_movement_centralisation')
      ? byCombination('centralisation on repeated movements')
      : null,
  };
}

/** Rule-supported or not, per source, from the basis. */
export function isSupported(
  basis: Record<SourceId, SupportBasis | null>,
): Record<SourceId, boolean> {
  return {
    lumbar_radicular: basis.lumbar_radicular !== null,
    sacroiliac: basis.sacroiliac !== null,
    hip_joint: basis.hip_joint !== null,
    piriformis: basis.piriformis !== null,
    lumbar_myofascial_or_mechanical: basis.lumbar_myofascial_or_mechanical !== null,
  };
}
