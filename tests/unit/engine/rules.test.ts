import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../../shared/engine/rules/index';
import { exam, type ExamInput } from './exam';

const rules = (input: ExamInput) => evaluateRules(exam(input));
const sij = (input: ExamInput) => rules(input).sacroiliac;

describe('Laslett 2 of 4 (boundaries)', () => {
  it('exactly 2 positive → met', () => {
    const r = sij({ tests: { sij_distraction: 'positive', sij_thigh_thrust: 'positive' } });
    expect(r.twoOfFour.status).toBe('met');
    expect(r.twoOfFour.positives).toBe(2);
  });
  it('1 positive, 3 negative → not met, all done', () => {
    const r = sij({
      tests: {
        sij_distraction: 'positive',
        sij_thigh_thrust: 'negative',
        sij_compression: 'negative',
        sij_sacral_thrust: 'negative',
      },
    });
    expect(r.twoOfFour.status).toBe('not_met');
    expect(r.twoOfFour.allDone).toBe(true);
    expect(r.twoOfFour.fullyNegative).toBe(false);
  });
  it('1 positive, 1 negative, 2 not done → incomplete with the missing tests', () => {
    const r = sij({ tests: { sij_distraction: 'positive', sij_thigh_thrust: 'negative' } });
    expect(r.twoOfFour.status).toBe('incomplete');
    expect(r.twoOfFour.missingTests).toEqual(['sij_compression', 'sij_sacral_thrust']);
  });
  it('`not_tested` is not done', () => {
    const r = sij({
      tests: {
        sij_distraction: 'positive',
        sij_thigh_thrust: 'not_tested',
        sij_compression: 'negative',
        sij_sacral_thrust: 'negative',
      },
    });
    expect(r.twoOfFour.status).toBe('incomplete');
  });
  it('3 negative, 1 not done → not met (cannot reach 2)', () => {
    const r = sij({
      tests: {
        sij_distraction: 'negative',
        sij_thigh_thrust: 'negative',
        sij_compression: 'negative',
      },
    });
    expect(r.twoOfFour.status).toBe('not_met');
    expect(r.twoOfFour.allDone).toBe(false);
  });
});

describe('Laslett 3 of 6 and Gaenslen', () => {
  it('Gaenslen bilateral = 2 of the 6: one provocation + bilateral Gaenslen → met', () => {
    const r = sij({
      tests: { sij_thigh_thrust: 'positive', gaenslen: { result: 'positive', side: 'bilateral' } },
    });
    expect(r.threeOfSix.positives).toBe(3);
    expect(r.threeOfSix.status).toBe('met');
    expect(r.twoOfFour.status).not.toBe('met');
  });
  it('Gaenslen one side = 1: one provocation + Gaenslen right → 2/6, not met yet', () => {
    const r = sij({
      tests: { sij_thigh_thrust: 'positive', gaenslen: { result: 'positive', side: 'right' } },
    });
    expect(r.threeOfSix.positives).toBe(2);
    expect(r.threeOfSix.status).toBe('incomplete');
  });
  it('Gaenslen not tested = 2 items not done', () => {
    const r = sij({
      tests: {
        sij_distraction: 'positive',
        sij_thigh_thrust: 'negative',
        sij_compression: 'negative',
        sij_sacral_thrust: 'negative',
        gaenslen: 'not_tested',
      },
    });
    expect(r.threeOfSix.undone).toBe(2);
    expect(r.threeOfSix.status).toBe('incomplete');
  });
  it('all six negative → fully negative', () => {
    const r = sij({
      tests: {
        sij_distraction: 'negative',
        sij_thigh_thrust: 'negative',
        sij_compression: 'negative',
        sij_sacral_thrust: 'negative',
        gaenslen: 'negative',
      },
    });
    expect(r.threeOfSix.fullyNegative).toBe(true);
    expect(r.threeOfSix.total).toBe(6);
  });
});

describe('centralisation and the SIJ rules', () => {
  const three = {
    sij_distraction: 'positive',
    sij_thigh_thrust: 'positive',
    sij_compression: 'positive',
  } as const;
  it('centralisation positive voids every SIJ rule', () => {
    const r = sij({ tests: { ...three, repeated_movement_centralisation: 'positive' } });
    expect(r.voided).toBe(true);
    for (const rule of [r.twoOfFour, r.threeOfSix, r.afterCentralisation, r.vanDerWurff]) {
      expect(rule.status).toBe('voided');
    }
  });
  it('after-centralisation rule met only when centralisation tested negative and ≥3 positive', () => {
    expect(
      sij({ tests: { ...three, repeated_movement_centralisation: 'negative' } }).afterCentralisation
        .status,
    ).toBe('met');
    const untested = sij({ tests: three }).afterCentralisation;
    expect(untested.status).toBe('incomplete');
    expect(untested.missingTests).toContain('repeated_movement_centralisation');
  });
  it('after-centralisation with 2 positive (one below) is not met when the rest are negative', () => {
    const r = sij({
      tests: {
        sij_distraction: 'positive',
        sij_thigh_thrust: 'positive',
        sij_compression: 'negative',
        sij_sacral_thrust: 'negative',
        gaenslen: 'negative',
        repeated_movement_centralisation: 'negative',
      },
    });
    expect(r.afterCentralisation.status).toBe('not_met');
    expect(r.twoOfFour.status).toBe('met');
  });
  it('van der Wurff counts Gaenslen once and reads faber_posterior', () => {
    const r = sij({
      tests: {
        sij_distraction: 'positive',
        gaenslen: { result: 'positive', side: 'bilateral' },
        faber_posterior: 'positive',
      },
    });
    expect(r.vanDerWurff.positives).toBe(3);
    expect(r.vanDerWurff.status).toBe('met');
    const below = sij({
      tests: { gaenslen: { result: 'positive', side: 'bilateral' }, faber_posterior: 'positive' },
    });
    expect(below.vanDerWurff.positives).toBe(2);
  });
});

describe('Sutlive', () => {
  it('3 of 5 → met, not strong; 4 → strong; 2 with the rest negative → not met', () => {
    const base = { agg_squatting: true };
    const three = rules({
      history: base,
      tests: { hip_scour: 'positive', active_hip_extension_pain: 'positive' },
    }).sutlive;
    expect(three.status).toBe('met');
    expect(three.strong).toBe(false);
    const four = rules({
      history: base,
      tests: {
        hip_scour: 'positive',
        active_hip_extension_pain: 'positive',
        active_hip_flexion_lateral_pain: 'positive',
      },
    }).sutlive;
    expect(four.strong).toBe(true);
    const two = rules({
      history: base,
      tests: {
        hip_scour: 'positive',
        active_hip_extension_pain: 'negative',
        active_hip_flexion_lateral_pain: 'negative',
        hip_ir_rom: { result: 'negative', value_deg: 35 },
      },
    }).sutlive;
    expect(two.status).toBe('not_met');
  });
  it('IR counts when value_deg ≤25 even if recorded negative; 26° does not', () => {
    expect(
      rules({ tests: { hip_ir_rom: { result: 'negative', value_deg: 25 } } }).sutlive.positives,
    ).toBe(1);
    expect(
      rules({ tests: { hip_ir_rom: { result: 'negative', value_deg: 26 } } }).sutlive.positives,
    ).toBe(0);
  });
  it('squatting not asked is unknown, never present', () => {
    const r = rules({
      tests: { hip_scour: 'positive', active_hip_extension_pain: 'positive' },
    }).sutlive;
    expect(r.status).toBe('incomplete');
    expect(r.missingHistory).toContain('agg_squatting');
  });
});

describe('ACR', () => {
  it('(a) IR 14° and flexion ≤115° → met; IR 15° → branch (a) fails', () => {
    expect(
      rules({
        tests: {
          hip_ir_rom: { result: 'positive', value_deg: 14 },
          hip_flexion_rom: { result: 'negative', value_deg: 115 },
        },
      }).acr.status,
    ).toBe('met');
    const at15 = rules({
      age: 40,
      history: { morning_stiffness_minutes: 10 },
      tests: {
        hip_ir_rom: { result: 'positive', value_deg: 15 },
        hip_flexion_rom: 'positive',
        hip_ir_pain: 'positive',
      },
    }).acr;
    expect(at15.status).toBe('not_met'); // (b) needs age >50
    expect(at15.allDone).toBe(true);
  });
  it('(b) IR ≥15°, painful IR, stiffness ≤60, age 51 → met; age 50 → not met', () => {
    const b = {
      history: { morning_stiffness_minutes: 60 },
      tests: { hip_ir_rom: 'negative', hip_ir_pain: 'positive', hip_flexion_rom: 'negative' },
    } as const;
    expect(rules({ ...b, age: 51 }).acr.status).toBe('met');
    expect(rules({ ...b, age: 50 }).acr.status).toBe('not_met');
  });
  it('stiffness 61 min fails (b)', () => {
    expect(
      rules({
        age: 60,
        history: { morning_stiffness_minutes: 61 },
        tests: { hip_ir_rom: 'negative', hip_ir_pain: 'positive', hip_flexion_rom: 'negative' },
      }).acr.status,
    ).toBe('not_met');
  });
  it('IR positive without a value cannot settle branch (a)', () => {
    expect(
      rules({ tests: { hip_ir_rom: 'positive', hip_flexion_rom: 'positive' } }).acr.status,
    ).toBe('incomplete');
  });
});

describe('Cook', () => {
  const four = {
    loc_bilateral_legs: true,
    leg_pain_worse_than_back: true,
    agg_walking: true,
    ease_sitting_or_flexion: false,
  };
  it('4 of 5 (age 49 counts) → met; age 48 → 3/5 not met', () => {
    expect(rules({ age: 49, history: four }).cook.status).toBe('met');
    expect(rules({ age: 48, history: four }).cook.status).toBe('not_met');
  });
  it('standing answers item 3 as well as walking', () => {
    expect(
      rules({ age: 49, history: { ...four, agg_walking: false, agg_standing: true } }).cook
        .positives,
    ).toBe(4);
  });
  it('none present and all asked → fully negative', () => {
    const none = rules({
      age: 40,
      history: {
        loc_bilateral_legs: false,
        leg_pain_worse_than_back: false,
        agg_walking: false,
        agg_standing: false,
        ease_sitting_or_flexion: false,
      },
    }).cook;
    expect(none.fullyNegative).toBe(true);
  });
});

describe('Martin', () => {
  it('either positive → met; both negative → not met, fully negative; one negative → incomplete', () => {
    expect(rules({ tests: { active_piriformis: 'positive' } }).martin.status).toBe('met');
    const both = rules({
      tests: { active_piriformis: 'negative', seated_piriformis_stretch: 'negative' },
    }).martin;
    expect(both.status).toBe('not_met');
    expect(both.fullyNegative).toBe(true);
    const one = rules({ tests: { active_piriformis: 'negative' } }).martin;
    expect(one.status).toBe('incomplete');
    expect(one.missingTests).toEqual(['seated_piriformis_stretch']);
  });
});

describe('NICE NG65', () => {
  // Age 30, 52 weeks: onset 29 (<35 and <45) — entry met with low back pain.
  const entry = { loc_low_back: true, symptom_duration_weeks: 52 };
  it('onset <35 + 3 more items = 4 → met; 3 → not met with HLA-B27 count', () => {
    const met = rules({
      age: 30,
      history: {
        ...entry,
        night_waking_second_half: true,
        ease_movement_exercise: true,
        family_history_spa: true,
      },
    }).ng65;
    expect(met.positives).toBe(4);
    expect(met.status).toBe('met');
    const three = rules({
      age: 30,
      history: {
        ...entry,
        night_waking_second_half: true,
        ease_movement_exercise: true,
        loc_buttock: false,
        ease_nsaids_within_48h: false,
        family_history_spa: false,
        extra_articular_spa_features: false,
      },
    }).ng65;
    expect(three.positives).toBe(3);
    expect(three.status).toBe('not_met');
  });
  it('duration 12 weeks (not >12) fails the entry', () => {
    const r = rules({
      age: 30,
      history: {
        loc_low_back: true,
        symptom_duration_weeks: 12,
        night_waking_second_half: true,
        ease_movement_exercise: true,
        family_history_spa: true,
      },
    }).ng65;
    expect(r.status).toBe('not_met');
  });
  it('onset at 45 or later fails the entry', () => {
    const r = rules({
      age: 46,
      history: {
        loc_low_back: true,
        symptom_duration_weeks: 52,
        night_waking_second_half: true,
        ease_movement_exercise: true,
        family_history_spa: true,
        loc_buttock: true,
      },
    }).ng65;
    expect(r.status).toBe('not_met');
  });
});

describe('Henschke and not-evaluated rules', () => {
  it('female + age 71 → met; female + 70 → not met', () => {
    expect(rules({ sex: 'female', age: 71 }).henschke.status).toBe('met');
    expect(rules({ sex: 'female', age: 70 }).henschke.status).toBe('not_met');
  });
});
