// The two ways through the tests (UX.md): by question group, or by patient position so the patient
// moves as little as possible. Both list the same tests; records are shared.
import {
  PATIENT_POSITIONS,
  TEST_GROUPS,
  testsInGroup,
  testsInPosition,
  type PatientPosition,
  type TestDefinition,
  type TestGroup,
  type TestId,
} from '../../../shared/clinical';

export type TestOrder = 'group' | 'position';

export interface TestSection {
  key: TestGroup | PatientPosition;
  title: string;
  tests: readonly TestDefinition[];
}

export const GROUP_TITLES: Record<TestGroup, string> = {
  hip_rotation: 'Hip rotation',
  forward_bend_neural: 'Forward bend and neural',
  si_stress: 'SI stress',
  piriformis_stretch: 'Piriformis stretch',
  other_differentials: 'Other differentials',
};

export const POSITION_TITLES: Record<PatientPosition, string> = {
  standing: 'Standing',
  sitting: 'Sitting',
  supine: 'Supine',
  side_lying: 'Side-lying',
  prone: 'Prone',
};

/** Other differentials are shown on demand, in either order. */
export function testSections(order: TestOrder, showOthers: boolean): TestSection[] {
  if (order === 'group') {
    return TEST_GROUPS.filter((group) => showOthers || group !== 'other_differentials').map(
      (group) => ({ key: group, title: GROUP_TITLES[group], tests: testsInGroup(group) }),
    );
  }
  return PATIENT_POSITIONS.map((position) => ({
    key: position,
    title: POSITION_TITLES[position],
    tests: testsInPosition(position).filter(
      (test) => showOthers || test.group !== 'other_differentials',
    ),
  })).filter((section) => section.tests.length > 0);
}

export function flatTestIds(sections: readonly TestSection[]): TestId[] {
  return sections.flatMap((section) => section.tests.map((test) => test.id));
}
