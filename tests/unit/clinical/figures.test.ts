// The catalogue's figures equal a hand copy of REFERENCE.md (reference-figures.ts), and every
// "(calc.)" LR agrees with the Sn/Sp it was computed from.
import { describe, expect, it } from 'vitest';
import {
  RULES,
  RULE_IDS,
  TESTS,
  TEST_IDS,
  type Figure,
  type RuleThresholdFigures,
} from '../../../shared/clinical';
import type { Accuracy } from '../../../shared/clinical/types';
import {
  RULE_FIGURES,
  TEST_ALTERNATIVE_FIGURES,
  TEST_FIGURES,
  type Fig,
  type FigureSet,
} from './reference-figures';

const TAGS = { verified: 'v', calculated: 'c', unverified: 'u' } as const;

function restate(figure: Figure | undefined): Fig | undefined {
  if (!figure) return undefined;
  const fig: Fig = { value: figure.value, tag: TAGS[figure.verification] };
  return figure.range ? { ...fig, range: figure.range } : fig;
}

function figureSet(source: Omit<Accuracy, 'source'> | RuleThresholdFigures | undefined): FigureSet {
  const set: FigureSet = {};
  const entries = [
    ['sn', restate(source?.sensitivity)],
    ['sp', restate(source?.specificity)],
    ['lrPos', restate(source?.lrPositive)],
    ['lrNeg', restate(source?.lrNegative)],
  ] as const;
  for (const [key, value] of entries) if (value) set[key] = value;
  return set;
}

describe('test figures match REFERENCE.md §3', () => {
  it.each(TEST_IDS)('%s', (id) => {
    expect(figureSet(TESTS[id].accuracy)).toEqual(TEST_FIGURES[id]);
    const alternatives = TESTS[id].accuracy?.alternatives ?? [];
    expect(alternatives.map(figureSet)).toEqual(TEST_ALTERNATIVE_FIGURES[id] ?? []);
  });
});

describe('rule figures match REFERENCE.md §4', () => {
  it.each(RULE_IDS)('%s', (id) => {
    const rule = RULES[id];
    const { strong, ...main } = RULE_FIGURES[id];
    expect(figureSet(rule)).toEqual(main);
    expect(rule.strong ? figureSet(rule.strong) : undefined).toEqual(strong);
  });

  it('uses LRs only from the rules the engine conventions name', () => {
    const byUse = (use: string) => RULE_IDS.filter((id) => RULES[id].use === use);
    expect(byUse('lr')).toEqual([
      'cpr_laslett_sij_2of4',
      'cpr_laslett_sij_3of6',
      'cpr_laslett_sij_after_centralisation',
      'cpr_sutlive_hip_oa',
      'cpr_altman_acr_hip_oa',
      'cpr_cook_lss',
      'cpr_martin_deep_gluteal',
    ]);
    expect(byUse('not_used')).toEqual(['cpr_cibulka_sij_motion']);
  });
});

/** Within rounding: ±0.15 absolute or 10% relative. */
function closeEnough(actual: number, expected: number): boolean {
  if (!Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= Math.max(0.15, Math.abs(expected) * 0.1);
}

interface CalcCase {
  label: string;
  set: FigureSet;
}

function calculatedCases(): CalcCase[] {
  const cases: CalcCase[] = [];
  for (const id of TEST_IDS) {
    const accuracy = TESTS[id].accuracy;
    if (!accuracy) continue;
    cases.push({ label: id, set: figureSet(accuracy) });
    for (const alt of accuracy.alternatives ?? []) {
      cases.push({ label: `${id} (${alt.label})`, set: figureSet(alt) });
    }
  }
  for (const id of RULE_IDS) cases.push({ label: id, set: figureSet(RULES[id]) });
  return cases.filter(({ set }) => set.lrPos?.tag === 'c' || set.lrNeg?.tag === 'c');
}

describe('"(calc.)" LRs follow from their Sn/Sp', () => {
  const cases = calculatedCases();

  it('finds the calculated figures to check', () => {
    expect(cases.length).toBe(16);
  });

  it.each(cases)('$label', ({ set }) => {
    const sn = set.sn?.value;
    const sp = set.sp?.value;
    expect(sn, 'a calculated LR needs its Sn').toBeDefined();
    expect(sp, 'a calculated LR needs its Sp').toBeDefined();
    if (sn === undefined || sp === undefined) return;
    if (set.lrPos?.tag === 'c') expect(closeEnough(set.lrPos.value, sn / (1 - sp))).toBe(true);
    if (set.lrNeg?.tag === 'c') expect(closeEnough(set.lrNeg.value, (1 - sn) / sp)).toBe(true);
  });
});
