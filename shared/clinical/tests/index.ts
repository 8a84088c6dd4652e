// The full test catalogue: one record keyed by id, the reference-ordered list, and the two ways
// the screen walks through it (UX.md: by question group, by patient position).
import { TEST_IDS, type PatientPosition, type TestGroup, type TestId } from '../ids';
import type { TestDefinition } from '../types';
import { HIP_TESTS } from './hip';
import { LUMBAR_TESTS } from './lumbar';
import { OTHER_TESTS } from './other';
import { PIRIFORMIS_TESTS } from './piriformis';
import { SACROILIAC_TESTS } from './sacroiliac';

const ALL_TESTS = [
  ...HIP_TESTS,
  ...LUMBAR_TESTS,
  ...SACROILIAC_TESTS,
  ...PIRIFORMIS_TESTS,
  ...OTHER_TESTS,
] as const;

// Fails to compile if a TestId has no definition in the section files above.
type MissingTestIds = Exclude<TestId, (typeof ALL_TESTS)[number]['id']>;
const everyTestDefined: [MissingTestIds] extends [never] ? true : MissingTestIds = true;
void everyTestDefined;

export const TESTS: Readonly<Record<TestId, TestDefinition>> = Object.fromEntries(
  ALL_TESTS.map((test): [TestId, TestDefinition] => [test.id, test]),
) as Record<TestId, TestDefinition>;

/** Every test in REFERENCE.md order (the order of TEST_IDS). */
export const TEST_LIST: readonly TestDefinition[] = TEST_IDS.map((id) => TESTS[id]);

/** Tests of one question group, in reference order. */
export function testsInGroup(group: TestGroup): readonly TestDefinition[] {
  return TEST_LIST.filter((test) => test.group === group);
}

/** Tests done in one patient position, in reference order. */
export function testsInPosition(position: PatientPosition): readonly TestDefinition[] {
  return TEST_LIST.filter((test) => test.position === position);
}
