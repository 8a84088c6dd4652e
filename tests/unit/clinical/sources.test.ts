// §5 priors and their adjustments, and §9.2 urgency of each red flag listed alone.
import { describe, expect, it } from 'vitest';
import {
  PRIOR_ADJUSTMENTS,
  RED_FLAGS,
  RED_FLAG_IDS,
  SOURCES,
  SOURCE_IDS,
  codesForSource,
  priorConditionHolds,
} from '../../../shared/clinical';
import type { Findings } from '../../../shared/findings/schema';
import { ADJUSTED_PRIORS, PRIORS } from './reference-figures';

const exam = (over: Partial<Findings>): Findings => ({ age: 45, history: {}, tests: {}, ...over });

describe('priors (REFERENCE.md §5)', () => {
  it('defaults match the reference', () => {
    for (const id of SOURCE_IDS) expect(SOURCES[id].prior, id).toBe(PRIORS[id]);
  });

  it('adjustments match the reference', () => {
    expect(PRIOR_ADJUSTMENTS.map((a) => [a.source, a.prior])).toEqual(ADJUSTED_PRIORS);
  });

  it('conditions read the findings as §5 words them', () => {
    const holds = (index: number, findings: Findings) => {
      const adjustment = PRIOR_ADJUSTMENTS[index];
      if (!adjustment) throw new Error(`no adjustment ${index}`);
      return priorConditionHolds(adjustment.condition, findings);
    };
    expect(holds(0, exam({ history: { loc_below_knee: true } }))).toBe(true);
    expect(holds(0, exam({ history: { loc_below_knee: false } }))).toBe(false);
    expect(holds(1, exam({ age: 60, history: { neurogenic_claudication: true } }))).toBe(true);
    expect(holds(1, exam({ age: 59, history: { neurogenic_claudication: true } }))).toBe(false);
    expect(holds(2, exam({ age: 55 }))).toBe(true);
    expect(holds(3, exam({ age: 39 }))).toBe(true);
    expect(holds(3, exam({ age: 40 }))).toBe(false);
    expect(holds(4, exam({ history: { previous_lumbar_fusion: true } }))).toBe(true);
    expect(holds(4, exam({}))).toBe(false);
    const sitting = { agg_prolonged_sitting: true };
    expect(
      holds(
        5,
        exam({ history: sitting, tests: { sciatic_notch_tenderness: { result: 'positive' } } }),
      ),
    ).toBe(true);
    expect(
      holds(
        5,
        exam({ history: sitting, tests: { sciatic_notch_tenderness: { result: 'not_tested' } } }),
      ),
    ).toBe(false);
    const onTheButtock = { agg_sitting_on_affected_buttock: true };
    expect(
      holds(
        5,
        exam({
          history: onTheButtock,
          tests: { sciatic_notch_tenderness: { result: 'positive' } },
        }),
      ),
    ).toBe(true);
    expect(
      holds(
        5,
        exam({
          history: { agg_prolonged_sitting: false, agg_sitting_on_affected_buttock: false },
          tests: { sciatic_notch_tenderness: { result: 'positive' } },
        }),
      ),
    ).toBe(false);
  });
});

describe('red-flag urgency alone (REFERENCE.md §9.2)', () => {
  const expected = {
    emergency: [
      'rf_ces_urinary',
      'rf_ces_saddle_anaesthesia',
      'rf_ces_bowel',
      'rf_bilateral_sciatica',
      'rf_major_trauma',
      'rf_unable_to_weight_bear',
      'rf_fever_systemic_illness',
      'rf_hot_irritable_hip',
      'rf_aaa_features',
    ],
    urgent: [
      'rf_ces_sexual_dysfunction',
      'rf_severe_progressive_neuro_deficit',
      'rf_minor_trauma_osteoporosis',
      'rf_history_of_cancer',
      'rf_unexplained_weight_loss',
      'rf_stress_fracture_features',
      'rf_vascular_claudication',
    ],
    routine: ['rf_night_pain_unremitting', 'rf_inflammatory_back_pain'],
    modifier: [
      'rf_prolonged_corticosteroids',
      'rf_age_over_70',
      'rf_age_over_50_new_onset',
      'rf_immunosuppression_or_ivdu',
      'rf_recent_infection_or_invasive_procedure',
    ],
  } as const;

  it.each(Object.entries(expected))('%s', (urgency, ids) => {
    const actual = RED_FLAG_IDS.filter((id) => RED_FLAGS[id].urgencyAlone === urgency);
    expect([...actual].sort()).toEqual([...ids].sort());
  });
});

describe('diagnosis codes (REFERENCE.md §7)', () => {
  it('offers at least one code for every source hypothesis', () => {
    for (const id of SOURCE_IDS) expect(codesForSource(id).length, id).toBeGreaterThan(0);
    expect(codesForSource('piriformis')[0]?.icd10).toBe('G57.0');
  });
});
