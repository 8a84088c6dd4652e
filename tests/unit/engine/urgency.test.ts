import { describe, expect, it } from 'vitest';
import { RED_FLAG_IDS, type RedFlagId } from '../../../shared/clinical/ids';
import { assessUrgency } from '../../../shared/engine/urgency';
import { exam, type ExamInput } from './exam';

const urgencyOf = (input: ExamInput) => assessUrgency(exam(input)).urgency;
const flags = (...ids: RedFlagId[]) => ({ red_flags: ids });

describe('urgency (REFERENCE §9.2)', () => {
  it.each([
    'rf_ces_urinary',
    'rf_ces_saddle_anaesthesia',
    'rf_ces_bowel',
    'rf_bilateral_sciatica',
    'rf_major_trauma',
    'rf_unable_to_weight_bear',
    'rf_fever_systemic_illness',
    'rf_hot_irritable_hip',
    'rf_aaa_features',
  ] as const)('%s alone is an emergency', (id) => {
    expect(urgencyOf(flags(id))).toBe('emergency');
  });

  it.each([
    'rf_minor_trauma_osteoporosis',
    'rf_history_of_cancer',
    'rf_unexplained_weight_loss',
    'rf_stress_fracture_features',
    'rf_vascular_claudication',
    'rf_ces_sexual_dysfunction',
    'rf_severe_progressive_neuro_deficit',
  ] as const)('%s alone is urgent', (id) => {
    expect(urgencyOf(flags(id))).toBe('urgent');
  });

  it.each([
    'rf_ces_urinary',
    'rf_ces_saddle_anaesthesia',
    'rf_ces_bowel',
    'rf_bilateral_sciatica',
  ] as const)('sexual dysfunction with %s is an emergency', (other) => {
    const result = assessUrgency(exam(flags('rf_ces_sexual_dysfunction', other)));
    expect(result.flags.find((f) => f.id === 'rf_ces_sexual_dysfunction')?.urgency).toBe(
      'emergency',
    );
  });

  it('sexual dysfunction with a non-CES flag stays urgent', () => {
    expect(urgencyOf(flags('rf_ces_sexual_dysfunction', 'rf_age_over_70'))).toBe('urgent');
  });

  describe('severe progressive neuro deficit', () => {
    const deficit = 'rf_severe_progressive_neuro_deficit' as const;
    it('with bilateral sciatica → emergency', () => {
      const result = assessUrgency(exam(flags(deficit, 'rf_bilateral_sciatica')));
      expect(result.flags.find((f) => f.id === deficit)?.urgency).toBe('emergency');
    });
    it('with a neuro-deficit test positive on both sides → emergency', () => {
      expect(
        urgencyOf({
          ...flags(deficit),
          tests: { neuro_myotome_deficit: { result: 'positive', side: 'bilateral', level: 'L5' } },
        }),
      ).toBe('emergency');
    });
    it('with deficits at 2 levels across the three neuro tests → emergency', () => {
      expect(
        urgencyOf({
          ...flags(deficit),
          tests: {
            neuro_myotome_deficit: { result: 'positive', side: 'left', level: 'L5' },
            neuro_reflex_deficit: { result: 'positive', side: 'left', level: 'S1' },
          },
        }),
      ).toBe('emergency');
    });
    it('with deficits at one level, one side → urgent', () => {
      expect(
        urgencyOf({
          ...flags(deficit),
          tests: {
            neuro_myotome_deficit: { result: 'positive', side: 'left', level: 'L5' },
            neuro_dermatome_deficit: { result: 'positive', side: 'left', level: 'L5' },
          },
        }),
      ).toBe('urgent');
    });
    it('a negative test recorded bilateral does not make it an emergency', () => {
      expect(
        urgencyOf({
          ...flags(deficit),
          tests: { neuro_myotome_deficit: { result: 'negative', side: 'bilateral', level: 'L5' } },
        }),
      ).toBe('urgent');
    });
  });

  describe('history of cancer', () => {
    it('with any positive neuro-deficit test → emergency', () => {
      expect(
        urgencyOf({
          ...flags('rf_history_of_cancer'),
          tests: { neuro_dermatome_deficit: { result: 'positive', level: 'L4' } },
        }),
      ).toBe('emergency');
    });
    it('with a severe progressive deficit flag → emergency', () => {
      const result = assessUrgency(
        exam(flags('rf_history_of_cancer', 'rf_severe_progressive_neuro_deficit')),
      );
      expect(result.flags.find((f) => f.id === 'rf_history_of_cancer')?.urgency).toBe('emergency');
      expect(result.urgency).toBe('emergency');
    });
    it('with negative neuro tests → urgent', () => {
      expect(
        urgencyOf({
          ...flags('rf_history_of_cancer'),
          tests: { neuro_myotome_deficit: 'negative', neuro_reflex_deficit: 'negative' },
        }),
      ).toBe('urgent');
    });
  });

  describe('night pain, modifiers, inflammatory', () => {
    it('night pain alone → routine', () => {
      expect(urgencyOf(flags('rf_night_pain_unremitting'))).toBe('routine');
    });
    it('night pain with a modifier → urgent', () => {
      expect(urgencyOf(flags('rf_night_pain_unremitting', 'rf_age_over_50_new_onset'))).toBe(
        'urgent',
      );
    });
    it('night pain with inflammatory back pain → urgent', () => {
      expect(urgencyOf(flags('rf_night_pain_unremitting', 'rf_inflammatory_back_pain'))).toBe(
        'urgent',
      );
    });
    it.each([
      'rf_age_over_70',
      'rf_age_over_50_new_onset',
      'rf_prolonged_corticosteroids',
      'rf_immunosuppression_or_ivdu',
      'rf_recent_infection_or_invasive_procedure',
    ] as const)('modifier %s alone → none', (id) => {
      expect(urgencyOf(flags(id))).toBe('none');
    });
    it('two modifiers alone → routine', () => {
      expect(urgencyOf(flags('rf_age_over_70', 'rf_prolonged_corticosteroids'))).toBe('routine');
    });
    it('two modifiers with an urgent flag → urgent (the flag decides)', () => {
      const result = assessUrgency(
        exam(flags('rf_age_over_70', 'rf_prolonged_corticosteroids', 'rf_unexplained_weight_loss')),
      );
      expect(result.urgency).toBe('urgent');
      expect(result.flags.find((f) => f.id === 'rf_age_over_70')?.urgency).toBe('none');
    });
    it('inflammatory back pain → routine', () => {
      expect(urgencyOf(flags('rf_inflammatory_back_pain'))).toBe('routine');
    });
  });

  it('no flags, an empty list or an absent screen → none', () => {
    expect(urgencyOf(flags())).toBe('none');
    expect(urgencyOf({ red_flags: undefined })).toBe('none');
  });

  it('every flag id has an urgency when listed alone', () => {
    for (const id of RED_FLAG_IDS) {
      expect(['emergency', 'urgent', 'routine', 'none']).toContain(urgencyOf(flags(id)));
    }
  });

  it('positive neuro tests without any flag never raise urgency', () => {
    expect(
      urgencyOf({
        tests: {
          neuro_myotome_deficit: { result: 'positive', side: 'bilateral', level: 'L4' },
          neuro_reflex_deficit: { result: 'positive', level: 'S1' },
        },
      }),
    ).toBe('none');
  });
});
