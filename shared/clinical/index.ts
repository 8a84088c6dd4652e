// The clinical catalogue: ids, shapes and typed data with their sources (REFERENCE.md).
export * from './ids';
export type * from './types';
export { TESTS, TEST_LIST, testsInGroup, testsInPosition } from './tests';
export { RULES, TREATMENT_RESPONSE_RULES } from './rules';
export { RED_FLAGS } from './redFlags';
export {
  SOURCES,
  PRIOR_ADJUSTMENTS,
  SERIOUS_PATHOLOGY_PRIOR,
  priorConditionHolds,
  type PriorAdjustment,
  type PriorCondition,
} from './sources';
export { HISTORY, AGE_EVIDENCE } from './history';
export { CITATIONS, citationFor, citationsIn } from './citations';
export { DIAGNOSIS_CODES, codesForSource } from './codes';
export { OUTCOME_MEASURES, type OutcomeMeasure } from './outcomes';
