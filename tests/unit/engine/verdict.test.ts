import { describe, expect, it } from 'vitest';
import { assess } from '../../../shared/engine/index';
import { exam, type ExamInput } from './exam';

const verdict = (input: ExamInput) => assess(exam(input), { skipNextTests: true }).verdict;

describe('verdict (REFERENCE §9.5)', () => {
  it('a single positive test does not decide: undetermined', () => {
    expect(verdict({ tests: { slump: 'positive' } }).primary_source).toBe('undetermined');
  });

  it('radicular needs a neural tension test with a companion finding', () => {
    expect(
      verdict({ history: { loc_below_knee: true }, tests: { slr: 'positive' } }).primary_source,
    ).toBe('lumbar_radicular');
  });

  it('hip rule-support from groin pain with two positive hip tests', () => {
    const v = verdict({
      history: { loc_groin_anterior_thigh: true },
      tests: { fadir: 'positive', log_roll: 'positive' },
    });
    expect(v.primary_source).toBe('hip_joint');
    expect(
      verdict({ history: { loc_groin_anterior_thigh: true }, tests: { fadir: 'positive' } })
        .primary_source,
    ).toBe('undetermined');
  });

  it('mixed: two rule-supported sources each ≥0.5, highest first', () => {
    const v = verdict({
      history: { loc_below_knee: true },
      tests: {
        slump: 'positive',
        sij_distraction: 'positive',
        sij_thigh_thrust: 'positive',
        sij_compression: 'positive',
        repeated_movement_centralisation: 'negative',
      },
    });
    expect(v.primary_source).toBe('mixed');
    expect(v.contributing_sources).toEqual(['lumbar_radicular', 'sacroiliac']);
  });

  it('a rule-supported source outranks a more probable one resting on its prior', () => {
    const v = verdict({ tests: { active_piriformis: 'positive' } });
    expect(v.primary_source).toBe('piriformis');
  });

  it('centralisation voids SIJ and supports the myofascial/mechanical source', () => {
    const v = verdict({
      tests: {
        sij_distraction: 'positive',
        sij_thigh_thrust: 'positive',
        repeated_movement_centralisation: 'positive',
      },
    });
    expect(v.primary_source).toBe('lumbar_myofascial_or_mechanical');
    expect(v.rule_supported).toEqual(['lumbar_myofascial_or_mechanical']);
  });

  it('no rule-supported source: ≥4 tests across ≥2 groups → myofascial/mechanical; 3 tests → undetermined', () => {
    const four = {
      slr: 'negative',
      slump: 'negative',
      fadir: 'negative',
      sij_distraction: 'negative',
    } as const;
    expect(verdict({ tests: four }).primary_source).toBe('lumbar_myofascial_or_mechanical');
    const { sij_distraction: _drop, ...three } = four;
    expect(verdict({ tests: three }).primary_source).toBe('undetermined');
    expect(
      verdict({
        tests: {
          sij_distraction: 'negative',
          sij_thigh_thrust: 'negative',
          sij_compression: 'negative',
          sij_sacral_thrust: 'negative',
        },
      }).primary_source,
    ).toBe('undetermined'); // one group only
  });

  it('urgent flag → red_flag with the musculoskeletal conclusion as contributing', () => {
    const v = verdict({
      red_flags: ['rf_history_of_cancer'],
      tests: { active_piriformis: 'positive' },
    });
    expect(v.primary_source).toBe('red_flag');
    expect(v.contributing_sources).toEqual(['piriformis']);
    expect(v.urgency).toBe('urgent');
  });

  it('inflammatory back pain listed → red_flag at routine urgency', () => {
    const v = verdict({ red_flags: ['rf_inflammatory_back_pain'] });
    expect(v.primary_source).toBe('red_flag');
    expect(v.urgency).toBe('routine');
    expect(v.referral.to).toBe('rheumatology');
  });

  it('routine night pain alone does not make the verdict red_flag', () => {
    const v = verdict({
      red_flags: ['rf_night_pain_unremitting'],
      tests: { active_piriformis: 'positive' },
    });
    expect(v.primary_source).toBe('piriformis');
    expect(v.urgency).toBe('routine');
  });

  it('suggested flags never change urgency', () => {
    const a = assess(exam({ age: 75, red_flags: [] }), { skipNextTests: true });
    expect(a.suggested_red_flags.map((f) => f.id)).toEqual(['rf_age_over_70']);
    expect(a.verdict.urgency).toBe('none');
    expect(a.warnings.some((w) => w.includes('rf_age_over_70'))).toBe(true);
  });

  it('NG65 met suggests rf_inflammatory_back_pain; exactly 3 warns about HLA-B27', () => {
    const met = assess(
      exam({
        age: 30,
        history: {
          loc_low_back: true,
          symptom_duration_weeks: 52,
          night_waking_second_half: true,
          ease_movement_exercise: true,
          family_history_spa: true,
        },
      }),
      { skipNextTests: true },
    );
    expect(met.suggested_red_flags.map((f) => f.id)).toContain('rf_inflammatory_back_pain');
    expect(met.verdict.urgency).toBe('none');
    const three = assess(
      exam({
        age: 30,
        history: {
          loc_low_back: true,
          symptom_duration_weeks: 52,
          night_waking_second_half: true,
          ease_movement_exercise: true,
        },
      }),
      { skipNextTests: true },
    );
    expect(three.warnings.some((w) => w.includes('HLA-B27'))).toBe(true);
  });

  it('Henschke ≥2 adds a fracture warning only', () => {
    const a = assess(exam({ sex: 'female', age: 72, red_flags: ['rf_age_over_70'] }), {
      skipNextTests: true,
    });
    expect(a.warnings.some((w) => w.includes('consider fracture'))).toBe(true);
    expect(a.verdict.urgency).toBe('none');
  });
});

describe('referral (REFERENCE §9.6)', () => {
  it('CES emergency → emergency department with emergency MRI', () => {
    const r = verdict({ red_flags: ['rf_ces_saddle_anaesthesia'] }).referral;
    expect(r).toMatchObject({ to: 'emergency_department', urgency: 'emergency' });
    expect(r.reason).toMatch(/MRI/);
  });
  it('cancer urgent → 2-week pathway wording', () => {
    const r = verdict({ red_flags: ['rf_history_of_cancer'] }).referral;
    expect(r).toMatchObject({ to: 'urgent_gp_or_specialist', urgency: 'urgent' });
    expect(r.reason).toMatch(/2-week/);
  });
  it('hip with mechanical symptoms → orthopaedics_hip', () => {
    const r = verdict({
      history: { loc_groin_anterior_thigh: true, mechanical_hip_symptoms: true },
      tests: { fadir: 'positive', log_roll: 'positive' },
    }).referral;
    expect(r).toMatchObject({ to: 'orthopaedics_hip', urgency: 'routine' });
  });
  it('hip OA (Sutlive strong) with a limp → orthopaedics_hip; without limited function → none', () => {
    const strong = {
      age: 60,
      history: { agg_squatting: true, limp: true },
      tests: {
        hip_scour: 'positive',
        active_hip_extension_pain: 'positive',
        active_hip_flexion_lateral_pain: 'positive',
      },
    } as const;
    expect(verdict(strong).referral.to).toBe('orthopaedics_hip');
    expect(verdict({ ...strong, history: { agg_squatting: true } }).referral.to).toBe('none');
  });
  it('mixed → routine GP or specialist review', () => {
    const r = verdict({
      history: { loc_below_knee: true },
      tests: {
        slump: 'positive',
        sij_distraction: 'positive',
        sij_thigh_thrust: 'positive',
        sij_compression: 'positive',
        repeated_movement_centralisation: 'negative',
      },
    }).referral;
    expect(r).toMatchObject({ to: 'gp_or_specialist', urgency: 'routine' });
  });
});
