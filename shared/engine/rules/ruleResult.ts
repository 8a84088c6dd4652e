// The common shape of a rule read under §9.3: count the positives among the items done; met when
// they reach the threshold, not met when even every item not done could not reach it, otherwise
// incomplete (treated as not met for the verdict; its missing items lead the next tests).
import type { BooleanHistoryId, NumericHistoryId, RuleId, TestId } from '../../clinical/ids';
import type { Tri } from '../findingsAccess';

export type RuleStatus = 'met' | 'not_met' | 'incomplete' | 'voided' | 'not_evaluated';

/** One item of a rule: its value (unknown = not done / not asked) and where it comes from. */
export interface RuleItem {
  value: Tri;
  test?: TestId;
  history?: BooleanHistoryId | NumericHistoryId;
}

export interface RuleEvaluation {
  id: RuleId;
  status: RuleStatus;
  /** Positive items among those done. */
  positives: number;
  /** Items in the rule (Laslett 3-of-6 counts Gaenslen as two). */
  total: number;
  /** Items not yet done or asked. */
  undone: number;
  threshold?: number;
  /** Every item recorded, so the rule's LR− may be used (§9.3). */
  allDone: boolean;
  /** Every item recorded and none positive ("fully negative", §9.4). */
  fullyNegative: boolean;
  /** Sutlive ≥4 of 5. */
  strong?: boolean;
  /** Tests (and history questions) whose answer could still change the status. */
  missingTests: TestId[];
  missingHistory: (BooleanHistoryId | NumericHistoryId)[];
  /** Why the rule was voided or not evaluated, or which branch was read (ACR). */
  detail?: string;
}

export function countItems(
  id: RuleId,
  items: readonly RuleItem[],
  threshold: number,
): RuleEvaluation {
  let positives = 0;
  let undone = 0;
  const missingTests: TestId[] = [];
  const missingHistory: (BooleanHistoryId | NumericHistoryId)[] = [];
  for (const item of items) {
    if (item.value === true) positives += 1;
    else if (item.value === undefined) {
      undone += 1;
      if (item.test !== undefined && !missingTests.includes(item.test))
        missingTests.push(item.test);
      if (item.history !== undefined && !missingHistory.includes(item.history)) {
        missingHistory.push(item.history);
      }
    }
  }
  const status: RuleStatus =
    positives >= threshold ? 'met' : positives + undone < threshold ? 'not_met' : 'incomplete';
  return {
    id,
    status,
    positives,
    total: items.length,
    undone,
    threshold,
    allDone: undone === 0,
    fullyNegative: undone === 0 && positives === 0,
    // Once the status is settled, nothing missing can change it.
    missingTests: status === 'incomplete' ? missingTests : [],
    missingHistory: status === 'incomplete' ? missingHistory : [],
  };
}

/** A rule the engine lists but cannot or will not score (reason in `detail`). */
export function notEvaluated(id: RuleId, detail: string): RuleEvaluation {
  return {
    id,
    status: 'not_evaluated',
    positives: 0,
    total: 0,
    undone: 0,
    allDone: false,
    fullyNegative: false,
    missingTests: [],
    missingHistory: [],
    detail,
  };
}

/** Marks a freshly evaluated rule voided (in place: the object is not shared yet). */
export function voided(evaluation: RuleEvaluation, detail: string): RuleEvaluation {
  evaluation.status = 'voided';
  evaluation.missingTests = [];
  evaluation.missingHistory = [];
  evaluation.detail = detail;
  return evaluation;
}

/** "k/n" as printed in the rules list. */
export function countText(evaluation: RuleEvaluation): string {
  return `${evaluation.positives}/${evaluation.total}`;
}
