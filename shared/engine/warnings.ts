// Warnings and suggested flags (REFERENCE.md §9.1–§9.3): things the clinician should see but that
// never change urgency or verdict by themselves.
import type { Findings } from '../findings/schema';
import { flagListed, isDone } from './findingsAccess';
import type { CoreResult } from './core';
import { NG65_HLA_B27_COUNT } from './rules/ng65';
import { NEURO_DEFICIT_TESTS } from './urgency';
import type { SuggestedFlag } from './types';

export const AGE_OVER_70 = 70;

export function suggestFlags(findings: Findings, core: CoreResult): SuggestedFlag[] {
  const suggested: SuggestedFlag[] = [];
  if (findings.age > AGE_OVER_70 && !flagListed(findings, 'rf_age_over_70')) {
    suggested.push({ id: 'rf_age_over_70', reason: `age ${findings.age} is over 70` });
  }
  if (core.rules.ng65.status === 'met' && !flagListed(findings, 'rf_inflammatory_back_pain')) {
    suggested.push({
      id: 'rf_inflammatory_back_pain',
      reason: 'NICE NG65 criteria met (≥4 features of inflammatory back pain)',
    });
  }
  return suggested;
}

export function collectWarnings(
  findings: Findings,
  core: CoreResult,
  suggested: readonly SuggestedFlag[],
): string[] {
  const warnings: string[] = [];
  if (findings.red_flags === undefined) {
    warnings.push('Red flags not screened: urgency shown assumes none. Screen before deciding.');
  }
  for (const flag of suggested) {
    warnings.push(
      `Consider listing ${flag.id}: ${flag.reason}. Suggested only — it does not change the urgency until you list it.`,
    );
  }
  const ng65 = core.rules.ng65;
  if (ng65.entry === true && ng65.positives === NG65_HLA_B27_COUNT) {
    warnings.push(
      'NICE NG65: exactly 3 features of inflammatory back pain — consider an HLA-B27 test.',
    );
  }
  if (core.rules.henschke.status === 'met') {
    warnings.push(
      `Henschke 2009 fracture flags: ${core.rules.henschke.positives} of 4 (female, age >70, trauma, corticosteroids) — consider fracture.`,
    );
  }
  if (core.rules.sacroiliac.voided) {
    warnings.push(
      'Repeated movements centralised the pain: SIJ rules are voided (pain read as discogenic, Laslett 2003/2005).',
    );
  }
  const neuroDone = NEURO_DEFICIT_TESTS.every((test) => isDone(findings, test));
  if (
    !neuroDone &&
    core.urgency.urgency !== 'emergency' &&
    (flagListed(findings, 'rf_history_of_cancer') ||
      flagListed(findings, 'rf_severe_progressive_neuro_deficit'))
  ) {
    warnings.push(
      'Complete the neurological examination: a deficit would make this an emergency with the listed flags.',
    );
  }
  if (flagListed(findings, 'rf_ces_sexual_dysfunction') && core.urgency.urgency === 'urgent') {
    warnings.push(
      'Sexual dysfunction alone: discuss the same day (GIRFT: cauda equina unlikely from this alone).',
    );
  }
  return warnings;
}
