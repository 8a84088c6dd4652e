// Every rule of REFERENCE.md §4, read under §9.3, in the order of RULE_IDS.
import type { RuleId } from '../../clinical/ids';
import type { Findings } from '../../findings/schema';
import { evaluateAcr } from './acr';
import { evaluateCook } from './cook';
import { evaluateHenschke } from './henschke';
import { evaluateSacroiliacRules, type SacroiliacRules } from './laslett';
import { evaluateMartin } from './martin';
import { evaluateNg65, type Ng65Evaluation } from './ng65';
import { notEvaluated, type RuleEvaluation } from './ruleResult';
import { evaluateSutlive } from './sutlive';

export interface RuleSet {
  sacroiliac: SacroiliacRules;
  sutlive: RuleEvaluation;
  acr: RuleEvaluation;
  cook: RuleEvaluation;
  martin: RuleEvaluation;
  ng65: Ng65Evaluation;
  henschke: RuleEvaluation;
}

// Why three rules are listed but never scored.
const NOT_EVALUATED = {
  cpr_cibulka_sij_motion:
    'not used: motion-palpation tests have poor reliability (κ 0.08–0.37) and the reference standard was LBP vs no LBP (Cibulka & Koldehoff 1999)',
  cpr_sugioka_lss_selfreport:
    'not evaluated: its integer item weights are not in the reference, and several items (symptoms >6 months, better bending backward, urinary incontinence) are not recorded',
  cpr_konno_lss_tool:
    'not evaluated: a clinician-scored tool (−2 to 16) whose item scores are not in the reference',
} as const satisfies Partial<Record<RuleId, string>>;

export function evaluateRules(findings: Findings): RuleSet {
  return {
    sacroiliac: evaluateSacroiliacRules(findings),
    sutlive: evaluateSutlive(findings),
    acr: evaluateAcr(findings),
    cook: evaluateCook(findings),
    martin: evaluateMartin(findings),
    ng65: evaluateNg65(findings),
    henschke: evaluateHenschke(findings),
  };
}

/** All 13 rules in RULE_IDS order, for the output. */
export function listRules(set: RuleSet): RuleEvaluation[] {
  return [
    set.sacroiliac.twoOfFour,
    set.sacroiliac.threeOfSix,
    set.sacroiliac.afterCentralisation,
    set.sacroiliac.vanDerWurff,
    notEvaluated('cpr_cibulka_sij_motion', NOT_EVALUATED.cpr_cibulka_sij_motion),
    set.sutlive,
    set.acr,
    set.cook,
    notEvaluated('cpr_sugioka_lss_selfreport', NOT_EVALUATED.cpr_sugioka_lss_selfreport),
    notEvaluated('cpr_konno_lss_tool', NOT_EVALUATED.cpr_konno_lss_tool),
    set.martin,
    set.ng65,
    set.henschke,
  ];
}

export type { RuleEvaluation, RuleStatus } from './ruleResult';
