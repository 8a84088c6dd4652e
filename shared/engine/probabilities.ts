// Per-source probabilities exactly as REFERENCE.md §9.4 settles them: each source is its own yes/no
// hypothesis from its §5 prior; one LR per family (cluster LR when the rule is met or fully
// negative, else the single most extreme LR among its tests done); each LR clipped to [0.1, 10]
// (∞ → 10); at most three families move a source (largest |log LR|).
import { RULES, TESTS, type RuleId, type SourceId, type TestId } from '../clinical/index';
import { SOURCE_IDS } from '../clinical/ids';
import type { Findings } from '../findings/schema';
import { historyPresent, testState } from './findingsAccess';
import { FAMILIES, type FamilyDefinition, type FamilyId } from './families';
import { priorFor, type Prior } from './priors';
import type { RuleSet } from './rules/index';
import { SUTLIVE_STRONG_THRESHOLD } from './rules/sutlive';

export const LR_MIN = 0.1;
export const LR_MAX = 10;
export const MAX_FAMILIES_PER_SOURCE = 3;

export interface EvidenceRow {
  /** The test or rule whose figure is used. */
  finding: TestId | RuleId;
  family: FamilyId;
  /** What was read: a rule met / fully negative, or one test positive / negative. */
  reading: 'rule_met' | 'rule_strong' | 'rule_negative' | 'positive' | 'negative';
  /** LR after clipping to [0.1, 10] — the one multiplied in. */
  lr: number;
  /** The published figure before clipping (∞ as `Infinity`, printed as "∞"). */
  lr_raw: number;
  source: string;
}

export interface SourceProbability {
  id: SourceId;
  probability: number;
  prior: number;
  prior_basis: string;
  evidence: EvidenceRow[];
  /** Family LRs left out by the three-family cap (none with the current families). */
  capped: EvidenceRow[];
}

export function clipLr(raw: number): number {
  return Math.min(LR_MAX, Math.max(LR_MIN, raw));
}

function ruleRow(
  rule: RuleId,
  family: FamilyId,
  reading: EvidenceRow['reading'],
  raw: number | undefined,
): EvidenceRow | undefined {
  if (raw === undefined) return undefined;
  return {
    finding: rule,
    family,
    reading,
    lr: clipLr(raw),
    lr_raw: raw,
    source: RULES[rule].source,
  };
}

/**
 * The single most extreme test LR: the largest LR+ if any test is positive, else the smallest LR−.
 * A figure on the wrong side of 1 (Stinchfield LR+ 0.9, FADIR ≈1) is read as 1: a positive never
 * counts against its target, a negative never for it (their CIs cross 1; docs "Choices").
 */
function singleTestRow(
  findings: Findings,
  family: FamilyDefinition,
  tests: readonly TestId[],
  ignoreNegatives: boolean,
): EvidenceRow | undefined {
  let best: { test: TestId; raw: number; source?: string } | undefined;
  let anyPositive = false;
  for (const test of tests) {
    if (testState(findings, test) !== 'positive') continue;
    anyPositive = true;
    const { raw, source } = positiveLr(findings, test);
    if (raw !== undefined && raw > 1 && (best === undefined || raw > best.raw))
      best = { test, raw, source };
  }
  if (!anyPositive && !ignoreNegatives) {
    for (const test of tests) {
      if (testState(findings, test) !== 'negative') continue;
      const raw = TESTS[test].accuracy?.lrNegative?.value;
      if (raw !== undefined && raw < 1 && (best === undefined || raw < best.raw)) {
        best = { test, raw };
      }
    }
  }
  if (best === undefined) return undefined;
  return {
    finding: best.test,
    family: family.id,
    reading: anyPositive ? 'positive' : 'negative',
    lr: clipLr(best.raw),
    lr_raw: best.raw,
    source: best.source ?? TESTS[best.test].accuracy?.source ?? '',
  };
}

/**
 * LR+ of a positive test. Where REFERENCE.md §3.2 gives the figure per reflex (Achilles 7.1 for low
 * lumbar, patellar ∞ for midlumbar compression, Suri 2011) the recorded `level` picks it: a reduced
 * reflex at L3 or L4 is the patellar reflex (L3–4), so ∞ (clipped to 10, §9.4), not the Achilles 7.1.
 */
function positiveLr(findings: Findings, test: TestId): { raw?: number; source?: string } {
  const accuracy = TESTS[test].accuracy;
  const level = findings.tests[test]?.level;
  if (level !== undefined) {
    const byLevel = accuracy?.alternatives?.find((alt) => alt.levels?.includes(level));
    const raw = byLevel?.lrPositive?.value;
    if (byLevel !== undefined && raw !== undefined) return { raw, source: byLevel.source };
  }
  return { raw: accuracy?.lrPositive?.value };
}

function familyRow(
  family: FamilyDefinition,
  findings: Findings,
  rules: RuleSet,
): EvidenceRow | undefined {
  switch (family.id) {
    case 'sij_provocation': {
      const sij = rules.sacroiliac;
      // Centralisers: pain is discogenic; SIJ provocation is not read at all (Laslett 2003/2005).
      if (sij.voided) return undefined;
      if (sij.afterCentralisation.status === 'met') {
        return ruleRow(
          sij.afterCentralisation.id,
          family.id,
          'rule_met',
          lrPlus(sij.afterCentralisation.id),
        );
      }
      if (sij.threeOfSix.status === 'met') {
        return ruleRow(sij.threeOfSix.id, family.id, 'rule_met', lrPlus(sij.threeOfSix.id));
      }
      if (sij.twoOfFour.status === 'met') {
        return ruleRow(sij.twoOfFour.id, family.id, 'rule_met', lrPlus(sij.twoOfFour.id));
      }
      for (const rule of [sij.afterCentralisation, sij.threeOfSix, sij.twoOfFour]) {
        if (rule.fullyNegative)
          return ruleRow(rule.id, family.id, 'rule_negative', lrMinus(rule.id));
      }
      return singleTestRow(findings, family, family.tests, false);
    }
    case 'hip_intra_articular': {
      const { sutlive, acr } = rules;
      if (sutlive.positives >= SUTLIVE_STRONG_THRESHOLD) {
        return ruleRow(
          sutlive.id,
          family.id,
          'rule_strong',
          RULES.cpr_sutlive_hip_oa.strong?.lrPositive?.value,
        );
      }
      if (sutlive.status === 'met')
        return ruleRow(sutlive.id, family.id, 'rule_met', lrPlus(sutlive.id));
      if (acr.status === 'met') return ruleRow(acr.id, family.id, 'rule_met', lrPlus(acr.id));
      if (acr.status === 'not_met' && acr.allDone) {
        return ruleRow(acr.id, family.id, 'rule_negative', lrMinus(acr.id));
      }
      return singleTestRow(findings, family, family.tests, false);
    }
    case 'neural_tension':
    case 'neuro_deficit':
      // §9.4: their LR−s come from disc-herniation series, not from the stenosis syndrome.
      return singleTestRow(findings, family, family.tests, stenosisProtects(findings, rules));
    case 'stenosis': {
      if (rules.cook.status === 'met')
        return ruleRow('cpr_cook_lss', family.id, 'rule_met', lrPlus('cpr_cook_lss'));
      if (rules.cook.fullyNegative) {
        return ruleRow('cpr_cook_lss', family.id, 'rule_negative', lrMinus('cpr_cook_lss'));
      }
      return singleTestRow(findings, family, family.tests, false);
    }
    case 'deep_gluteal': {
      const martin = rules.martin;
      if (martin.status === 'met')
        return ruleRow(martin.id, family.id, 'rule_met', lrPlus(martin.id));
      if (martin.fullyNegative)
        return ruleRow(martin.id, family.id, 'rule_negative', lrMinus(martin.id));
      const martinDone = martin.undone < martin.total;
      const tests = martinDone ? family.tests.filter((t) => t !== 'fair') : ['fair' as const];
      return singleTestRow(findings, family, tests, false);
    }
    case 'centralisation':
      // Pooled LR+ 3.06 when positive; a negative is not read (§9.4).
      return testState(findings, 'repeated_movement_centralisation') === 'positive'
        ? singleTestRow(findings, family, family.tests, true)
        : undefined;
  }
}

const lrPlus = (rule: RuleId): number | undefined => RULES[rule].lrPositive?.value;
const lrMinus = (rule: RuleId): number | undefined => RULES[rule].lrNegative?.value;

/** Cook met or neurogenic claudication present: negative neural tests do not count against. */
export function stenosisProtects(findings: Findings, rules: RuleSet): boolean {
  return rules.cook.status === 'met' || historyPresent(findings, 'neurogenic_claudication');
}

export function sourceProbabilities(
  findings: Findings,
  rules: RuleSet,
  configuredPriors?: Partial<Record<SourceId, number>>,
): Record<SourceId, SourceProbability> {
  const rows: Record<SourceId, EvidenceRow[]> = {
    lumbar_radicular: [],
    sacroiliac: [],
    piriformis: [],
    hip_joint: [],
    lumbar_myofascial_or_mechanical: [],
  };
  for (const family of FAMILIES) {
    const row = familyRow(family, findings, rules);
    if (row !== undefined && row.lr !== 1) rows[family.source].push(row);
  }
  const result = {} as Record<SourceId, SourceProbability>;
  for (const source of SOURCE_IDS) {
    const prior: Prior = priorFor(source, findings, configuredPriors);
    // Stable sort: equal |log LR| keep family order.
    const ranked = [...rows[source]].sort(
      (a, b) => Math.abs(Math.log(b.lr)) - Math.abs(Math.log(a.lr)),
    );
    const evidence = ranked.slice(0, MAX_FAMILIES_PER_SOURCE);
    let odds = prior.value / (1 - prior.value);
    for (const row of evidence) odds *= row.lr;
    result[source] = {
      id: source,
      probability: odds / (1 + odds),
      prior: prior.value,
      prior_basis: prior.basis,
      evidence,
      capped: ranked.slice(MAX_FAMILIES_PER_SOURCE),
    };
  }
  return result;
}
