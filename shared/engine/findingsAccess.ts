// Reading the findings the way REFERENCE.md §9.1 says: a missing history id is unknown (never
// present), a missing or `not_tested` test was not done. Every rule and family reads through here.
import {
  TEST_IDS,
  type BooleanHistoryId,
  type NumericHistoryId,
  type RedFlagId,
  type TestId,
} from '../clinical/ids';
import type { Findings, TestFinding } from '../findings/schema';

export type TestState = 'positive' | 'negative' | 'not_done';
/** Three-valued answer: true, false or unknown (`undefined`). */
export type Tri = boolean | undefined;

/** Sutlive's IR item (and the FINDINGS-FORMAT convention): restricted at ≤25°. */
export const HIP_IR_RESTRICTED_DEG = 25;

export function testFinding(findings: Findings, id: TestId): TestFinding | undefined {
  const finding = findings.tests[id];
  return finding === undefined || finding.result === 'not_tested' ? undefined : finding;
}

/**
 * Result of a test. `hip_ir_rom` reads as positive at ≤25° even when the box says negative
 * (FINDINGS-FORMAT: "positive at ≤25°"; §9.3 Sutlive: "positive, or value_deg ≤25").
 */
export function testState(findings: Findings, id: TestId): TestState {
  const finding = testFinding(findings, id);
  if (finding === undefined) return 'not_done';
  if (finding.result === 'positive') return 'positive';
  if (
    id === 'hip_ir_rom' &&
    finding.value_deg !== undefined &&
    finding.value_deg <= HIP_IR_RESTRICTED_DEG
  ) {
    return 'positive';
  }
  return 'negative';
}

export const isPositive = (findings: Findings, id: TestId): boolean =>
  testState(findings, id) === 'positive';
export const isNegative = (findings: Findings, id: TestId): boolean =>
  testState(findings, id) === 'negative';
export const isDone = (findings: Findings, id: TestId): boolean =>
  testState(findings, id) !== 'not_done';

/** Tri-state test: positive → true, negative → false, not done → unknown. */
export function testTri(findings: Findings, id: TestId): Tri {
  const state = testState(findings, id);
  return state === 'not_done' ? undefined : state === 'positive';
}

/** History: true present, false asked-and-absent, undefined not asked (§9.1). */
export function historyTri(findings: Findings, id: BooleanHistoryId): Tri {
  return findings.history[id];
}

export const historyPresent = (findings: Findings, id: BooleanHistoryId): boolean =>
  findings.history[id] === true;

export function historyNumber(findings: Findings, id: NumericHistoryId): number | undefined {
  return findings.history[id];
}

/** Flags count only when listed (§9.1). */
export function flagListed(findings: Findings, id: RedFlagId): boolean {
  return findings.red_flags?.includes(id) ?? false;
}

/** A flag as a tri-state item: unknown when the red-flag screen was not done at all. */
export function flagTri(findings: Findings, id: RedFlagId): Tri {
  return findings.red_flags === undefined ? undefined : findings.red_flags.includes(id);
}

/** Kleene three-valued logic, for rules with AND/OR items (ACR). */
export function triAnd(...values: Tri[]): Tri {
  if (values.some((v) => v === false)) return false;
  return values.every((v) => v === true) ? true : undefined;
}

export function triOr(...values: Tri[]): Tri {
  if (values.some((v) => v === true)) return true;
  return values.every((v) => v === false) ? false : undefined;
}

/**
 * The same findings with `tests` holding every test id in one fixed order (not done = undefined).
 * Objects of one shape keep V8's property lookups fast; the next-test ranking re-reads the exam
 * about a hundred times per click, and this halves its cost.
 */
export function densify(findings: Findings): Findings {
  const tests: Findings['tests'] = {};
  for (const id of TEST_IDS) {
    const finding = findings.tests[id];
    tests[id] = finding === undefined || finding.result === 'not_tested' ? undefined : finding;
  }
  return { ...findings, tests };
}
