// Ranking the tests not yet done (REFERENCE.md §9.7). The verdict turns on rules and urgency, so
// each candidate is scored by re-running the core reasoning with the test positive and negative:
//   1. urgency first — a result that changes the urgency (a deficit with a cancer history);
//   2. a result that changes the verdict, by the chance of that result (Sn/Sp and the current
//      probability of the test's target source);
//   3. tests that can complete or rule out an incomplete rule nearest its threshold;
//   4. information gain over the five source hypotheses as the tie-breaker.
// In the by-position view a test in the current position wins a near tie (within 10%).
import {
  RULES,
  SOURCES,
  TESTS,
  TEST_IDS,
  type PatientPosition,
  type SourceId,
  type TestId,
  type VerdictSource,
} from '../clinical/index';
import type { Findings, TestFinding } from '../findings/schema';
import { evaluateDense, sameVerdict, type CoreOptions, type CoreResult } from './core';
import { densify, isDone } from './findingsAccess';
import { TEST_TARGET } from './families';
import type { VerdictCore } from './verdict';
import { listRules, type RuleEvaluation } from './rules/index';
import { NEURO_DEFICIT_TESTS, unrecordedLevel } from './urgency';

export type NextTestReason = 'urgency' | 'verdict' | 'rule' | 'information';

export interface NextTest {
  test: TestId;
  why: string;
  reason: NextTestReason;
  /** Chance that the test's result changes the verdict or urgency (tiers 1–2). */
  chance: number;
  /** Expected reduction in uncertainty over the five sources, in bits. */
  information_gain: number;
  position: PatientPosition;
}

export interface NextTestOptions extends CoreOptions {
  /** By-position view: the patient's current position wins near ties. */
  position?: PatientPosition;
}

const TIER: Record<NextTestReason, number> = { urgency: 0, verdict: 1, rule: 2, information: 3 };
/** "Near tie": a test in the current position is preferred within 10%. */
const POSITION_PREFERENCE = 1.1;
/** Rules whose missing tests tier 3 considers (history-only and shown-only rules left out). */
const RULES_FOR_TIER3 = new Set([
  'cpr_laslett_sij_2of4',
  'cpr_laslett_sij_3of6',
  'cpr_laslett_sij_after_centralisation',
  'cpr_sutlive_hip_oa',
  'cpr_altman_acr_hip_oa',
  'cpr_martin_deep_gluteal',
  'cpr_van_der_wurff_sij',
]);

const NEURO = new Set<TestId>(NEURO_DEFICIT_TESTS);

function withResult(findings: Findings, test: TestId, result: 'positive' | 'negative'): Findings {
  const finding: TestFinding = { result };
  // A new deficit at a level not yet recorded: the case that would make a severe deficit multi-level.
  if (NEURO.has(test)) finding.level = unrecordedLevel(findings);
  return { ...findings, tests: { ...findings.tests, [test]: finding } };
}

/** Sn and Sp from the catalogue, or derived from LR+ and LR− when only those are published. */
function snSp(test: TestId): { sn: number; sp: number } | undefined {
  const accuracy = TESTS[test].accuracy;
  const sn = accuracy?.sensitivity?.value;
  const sp = accuracy?.specificity?.value;
  if (sn !== undefined && sp !== undefined) return { sn, sp };
  const lrp = accuracy?.lrPositive?.value;
  const lrn = accuracy?.lrNegative?.value;
  if (lrp !== undefined && lrn !== undefined && Number.isFinite(lrp) && lrp !== lrn) {
    const spDerived = (lrp - 1) / (lrp - lrn);
    return { sn: lrp * (1 - spDerived), sp: spDerived };
  }
  return undefined;
}

export function targetSource(test: TestId): SourceId | undefined {
  return TEST_TARGET[test] ?? TESTS[test].pointsTo[0];
}

/** P(positive) = Sn·p + (1 − Sp)(1 − p); 0.5 when the test has no accuracy figures. */
export function chancePositive(test: TestId, probability: Record<SourceId, number>): number {
  const target = targetSource(test);
  const figures = snSp(test);
  if (target === undefined || figures === undefined) return 0.5;
  const p = probability[target];
  return Math.min(1, Math.max(0, figures.sn * p + (1 - figures.sp) * (1 - p)));
}

function entropy(probability: Record<SourceId, number>): number {
  let total = 0;
  for (const p of Object.values(probability)) {
    if (p > 0 && p < 1) total -= p * Math.log2(p) + (1 - p) * Math.log2(1 - p);
  }
  return total;
}

/** Distance of a rule to being settled (met or ruled out), in test results. */
function ruleDistance(rule: RuleEvaluation): { toMeet: number; toRuleOut: number } {
  const threshold = rule.threshold ?? rule.total;
  return {
    toMeet: Math.max(0, threshold - rule.positives),
    toRuleOut: Math.max(0, rule.positives + rule.undone - threshold + 1),
  };
}

const sourceLabel = (source: VerdictSource): string =>
  source === 'mixed' || source === 'undetermined' || source === 'red_flag'
    ? source.replace('_', ' ')
    : SOURCES[source].name.toLowerCase();

/**
 * The verdict in words. A red-flag or mixed verdict names its contributing sources, because a test
 * can change those while the primary stays the same ("red flag (with hip joint)").
 */
function verdictLabel(verdict: VerdictCore): string {
  const { primary_source: primary, contributing_sources: contributing } = verdict;
  if (primary === 'red_flag') {
    return contributing.length === 0
      ? 'red flag (no musculoskeletal source named)'
      : `red flag (with ${contributing.map(sourceLabel).join(' + ')})`;
  }
  if (primary === 'mixed') return `mixed (${contributing.map(sourceLabel).join(' + ')})`;
  return sourceLabel(primary);
}

interface Scored extends NextTest {
  tier: number;
  key: number;
  /** 1 when the test is done in the current position (exact ties go to it). */
  here: number;
}

export function rankNextTests(
  findings: Findings,
  current: CoreResult,
  options: NextTestOptions = {},
): NextTest[] {
  const baseEntropy = entropy(current.probability);
  const incompleteRules = listRules(current.rules).filter(
    (rule) => rule.status === 'incomplete' && RULES_FOR_TIER3.has(rule.id),
  );
  const scored: Scored[] = [];
  const dense = densify(findings);
  for (const test of TEST_IDS) {
    if (isDone(dense, test)) continue;
    const pPos = chancePositive(test, current.probability);
    const ifPositive = evaluateDense(withResult(dense, test, 'positive'), options);
    const ifNegative = evaluateDense(withResult(dense, test, 'negative'), options);
    const gain = Math.max(
      0,
      baseEntropy -
        pPos * entropy(ifPositive.probability) -
        (1 - pPos) * entropy(ifNegative.probability),
    );
    const position = TESTS[test].position;
    const preference =
      options.position !== undefined && position === options.position ? POSITION_PREFERENCE : 1;
    const base = { test, position, information_gain: round(gain, 4), here: preference > 1 ? 1 : 0 };

    const urgencyPos = ifPositive.urgency.urgency !== current.urgency.urgency;
    const urgencyNeg = ifNegative.urgency.urgency !== current.urgency.urgency;
    if (urgencyPos || urgencyNeg) {
      const chance = (urgencyPos ? pPos : 0) + (urgencyNeg ? 1 - pPos : 0);
      const becomes = urgencyPos ? ifPositive.urgency.urgency : ifNegative.urgency.urgency;
      const why = NEURO.has(test)
        ? `a deficit would make this ${becomes === 'emergency' ? 'an emergency' : becomes}`
        : `a ${urgencyPos ? 'positive' : 'negative'} result would make the urgency ${becomes}`;
      scored.push({
        ...base,
        why,
        reason: 'urgency',
        chance: round(chance, 4),
        tier: TIER.urgency,
        key: chance * preference,
      });
      continue;
    }

    const verdictPos = !sameVerdict(ifPositive.verdict, current.verdict);
    const verdictNeg = !sameVerdict(ifNegative.verdict, current.verdict);
    if (verdictPos || verdictNeg) {
      const chance = (verdictPos ? pPos : 0) + (verdictNeg ? 1 - pPos : 0);
      const why =
        verdictPos && verdictNeg
          ? `either result changes the verdict (positive → ${verdictLabel(ifPositive.verdict)}, negative → ${verdictLabel(ifNegative.verdict)})`
          : verdictPos
            ? `a positive result would change the verdict to ${verdictLabel(ifPositive.verdict)}`
            : `a negative result would change the verdict to ${verdictLabel(ifNegative.verdict)}`;
      scored.push({
        ...base,
        why,
        reason: 'verdict',
        chance: round(chance, 4),
        tier: TIER.verdict,
        key: chance * preference,
      });
      continue;
    }

    let nearest: { rule: RuleEvaluation; distance: number; completes: boolean } | undefined;
    for (const rule of incompleteRules) {
      if (!rule.missingTests.includes(test)) continue;
      const { toMeet, toRuleOut } = ruleDistance(rule);
      const distance = Math.min(toMeet, toRuleOut);
      if (nearest === undefined || distance < nearest.distance) {
        nearest = { rule, distance, completes: toMeet <= toRuleOut };
      }
    }
    if (nearest !== undefined) {
      const name = RULES[nearest.rule.id].name;
      const why = nearest.completes ? `could complete ${name}` : `could rule out ${name}`;
      // Nearer rules first; within a distance, information gain (and position) decides.
      scored.push({
        ...base,
        why,
        reason: 'rule',
        chance: 0,
        tier: TIER.rule,
        key: -nearest.distance + (gain * preference) / 100,
      });
      continue;
    }

    const target = targetSource(test);
    const why =
      gain > 0.0005 && target !== undefined
        ? `adds information on ${SOURCES[target].name.toLowerCase()}`
        : 'little expected effect on the verdict or the sources';
    scored.push({
      ...base,
      why,
      reason: 'information',
      chance: 0,
      tier: TIER.information,
      key: gain * preference,
    });
  }
  scored.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.key - a.key ||
      b.information_gain - a.information_gain ||
      b.here - a.here ||
      TEST_IDS.indexOf(a.test) - TEST_IDS.indexOf(b.test),
  );
  return scored.map(({ test, why, reason, chance, information_gain, position }) => ({
    test,
    why,
    reason,
    chance,
    information_gain,
    position,
  }));
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
