// The catalogue covers exactly the ids of ids.ts, with readable text everywhere, and places each
// test in the group and patient position the brief and UX.md give it.
import { describe, expect, it } from 'vitest';
import {
  HISTORY,
  HISTORY_IDS,
  LEVEL_TEST_IDS,
  NUMERIC_HISTORY_IDS,
  PATIENT_POSITIONS,
  RANGE_TEST_IDS,
  RED_FLAGS,
  RED_FLAG_IDS,
  RULES,
  RULE_IDS,
  SOURCES,
  SOURCE_IDS,
  TESTS,
  TEST_GROUPS,
  TEST_IDS,
  TEST_LIST,
  testsInGroup,
  testsInPosition,
  type PatientPosition,
  type TestId,
} from '../../../shared/clinical';

const sorted = (values: Iterable<string>) => [...values].sort();
const nonEmpty = (text: string | undefined) => typeof text === 'string' && text.trim().length > 0;

describe('catalogue ids', () => {
  it('has exactly one definition per id, keyed by its own id', () => {
    const cases = [
      [TESTS, TEST_IDS],
      [HISTORY, HISTORY_IDS],
      [RED_FLAGS, RED_FLAG_IDS],
      [RULES, RULE_IDS],
      [SOURCES, SOURCE_IDS],
    ] as const;
    for (const [record, ids] of cases) {
      expect(sorted(Object.keys(record))).toEqual(sorted(ids));
      for (const [key, value] of Object.entries(record)) expect(value.id).toBe(key);
    }
  });

  it('lists tests in reference order', () => {
    expect(TEST_LIST.map((test) => test.id)).toEqual([...TEST_IDS]);
  });
});

describe('catalogue text', () => {
  it('every test has a name, target, procedure steps and a positive criterion', () => {
    for (const test of TEST_LIST) {
      expect(nonEmpty(test.name), test.id).toBe(true);
      expect(nonEmpty(test.target), test.id).toBe(true);
      expect(nonEmpty(test.positive), test.id).toBe(true);
      expect(test.procedure.length, test.id).toBeGreaterThan(0);
      for (const step of test.procedure) expect(nonEmpty(step), test.id).toBe(true);
      if (test.accuracy) expect(nonEmpty(test.accuracy.source), test.id).toBe(true);
    }
  });

  it('every history feature has a label, a question ending in ? or a check, and evidence', () => {
    for (const feature of Object.values(HISTORY)) {
      expect(nonEmpty(feature.label), feature.id).toBe(true);
      expect(feature.question, feature.id).toMatch(/\?|\)$/);
      expect(nonEmpty(feature.evidence), feature.id).toBe(true);
      const numeric = (NUMERIC_HISTORY_IDS as readonly string[]).includes(feature.id);
      expect(feature.kind, feature.id).toBe(numeric ? 'number' : 'boolean');
      expect(nonEmpty(feature.unit), feature.id).toBe(numeric);
    }
  });

  it('every red flag has what it suggests, a question and a source', () => {
    for (const flag of Object.values(RED_FLAGS)) {
      expect(nonEmpty(flag.suspected), flag.id).toBe(true);
      expect(flag.question, flag.id).toMatch(/\?|\)$/);
      expect(nonEmpty(flag.source), flag.id).toBe(true);
    }
  });

  it('every rule and source has its name and criteria or meaning', () => {
    for (const rule of Object.values(RULES)) {
      expect(nonEmpty(rule.name) && nonEmpty(rule.criteria) && nonEmpty(rule.source), rule.id).toBe(
        true,
      );
    }
    for (const source of Object.values(SOURCES)) {
      expect(nonEmpty(source.name) && nonEmpty(source.meaning), source.id).toBe(true);
      expect(nonEmpty(source.priorAnchor), source.id).toBe(true);
    }
  });
});

describe('test groups and positions', () => {
  const section = (from: TestId, to: TestId) =>
    TEST_IDS.slice(TEST_IDS.indexOf(from), TEST_IDS.indexOf(to) + 1);

  it('groups follow the reference sections', () => {
    const expected = {
      hip_rotation: section('fadir', 'hop_test_pain'),
      forward_bend_neural: section('slr', 'peripheral_pulses_reduced'),
      si_stress: section('sij_distraction', 'faber_posterior'),
      piriformis_stretch: section('seated_piriformis_stretch', 'sciatic_notch_tenderness'),
      other_differentials: section('thomas_test', 'modified_bent_knee_stretch'),
    };
    for (const group of TEST_GROUPS) {
      expect(testsInGroup(group).map((test) => test.id)).toEqual(expected[group]);
    }
  });

  it('positions follow UX.md "by patient position"', () => {
    const ux: Record<PatientPosition, TestId[]> = {
      standing: [
        'lumbar_flexion_provocation',
        'lumbar_extension_provocation',
        'repeated_movement_centralisation',
        'repeated_movement_peripheralisation',
        'single_leg_stance_30s',
        'wide_based_gait',
        'hop_test_pain',
      ],
      sitting: ['slump', 'seated_piriformis_stretch', 'pace'],
      supine: [
        'slr',
        'crossed_slr',
        'fadir',
        'faber_groin',
        'faber_posterior',
        'hip_scour',
        'log_roll',
        'hip_ir_rom',
        'hip_flexion_rom',
        'stinchfield',
        'sij_distraction',
        'sij_thigh_thrust',
        'gaenslen',
        'active_hip_flexion_lateral_pain',
      ],
      side_lying: ['sij_compression', 'fair', 'active_piriformis', 'beatty'],
      prone: [
        'sij_sacral_thrust',
        'femoral_nerve_stretch',
        'prone_instability_test',
        'active_hip_extension_pain',
      ],
    };
    for (const position of PATIENT_POSITIONS) {
      for (const id of ux[position]) expect(TESTS[id].position, id).toBe(position);
    }
    const total = PATIENT_POSITIONS.reduce((sum, p) => sum + testsInPosition(p).length, 0);
    expect(total).toBe(TEST_IDS.length);
  });

  it('records a level only on the neuro tests and degrees only on the range tests', () => {
    for (const test of TEST_LIST) {
      const expected = (LEVEL_TEST_IDS as readonly string[]).includes(test.id)
        ? 'level'
        : (RANGE_TEST_IDS as readonly string[]).includes(test.id)
          ? 'value_deg'
          : undefined;
      expect(test.records, test.id).toBe(expected);
    }
  });

  it('midline tests are recorded once, without a side', () => {
    const midline = TEST_LIST.filter((test) => !test.sided).map((test) => test.id);
    expect(sorted(midline)).toEqual(
      sorted([
        'prone_instability_test',
        'lumbar_flexion_provocation',
        'lumbar_extension_provocation',
        'repeated_movement_centralisation',
        'repeated_movement_peripheralisation',
        'wide_based_gait',
        'romberg_abnormal',
      ]),
    );
  });
});
