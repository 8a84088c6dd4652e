import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../../shared/clinical/ids';
import { assess } from '../../../shared/engine/index';
import { exam, type ExamInput } from './exam';

const run = (input: ExamInput) => assess(exam(input), { skipNextTests: true });
const source = (input: ExamInput, id: SourceId) => {
  const found = run(input).sources.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};
const odds = (p: number) => p / (1 - p);
const prob = (o: number) => o / (1 + o);

describe('probabilities (REFERENCE §5, §9.4)', () => {
  it('SIJ: Laslett 2003 (centralisation negative, ≥3 positive) → 0.15 × 6.97 ≈ 0.55 (§5 example)', () => {
    const s = source(
      {
        tests: {
          sij_distraction: 'positive',
          sij_thigh_thrust: 'positive',
          sij_compression: 'positive',
          repeated_movement_centralisation: 'negative',
        },
      },
      'sacroiliac',
    );
    expect(s.probability).toBeCloseTo(prob(odds(0.15) * 6.97), 3);
    expect(s.evidence).toHaveLength(1);
    expect(s.evidence[0]?.finding).toBe('cpr_laslett_sij_after_centralisation');
  });

  it('SIJ: 3-of-6 then 2-of-4 when centralisation not tested', () => {
    const three = source(
      {
        tests: {
          sij_distraction: 'positive',
          sij_thigh_thrust: 'positive',
          sij_compression: 'positive',
        },
      },
      'sacroiliac',
    );
    expect(three.evidence[0]?.finding).toBe('cpr_laslett_sij_3of6');
    expect(three.probability).toBeCloseTo(prob(odds(0.15) * 4.3), 3);
    const two = source(
      { tests: { sij_distraction: 'positive', sij_thigh_thrust: 'positive' } },
      'sacroiliac',
    );
    expect(two.evidence[0]?.finding).toBe('cpr_laslett_sij_2of4');
    expect(two.probability).toBeCloseTo(prob(odds(0.15) * 4.0), 3);
  });

  it('SIJ: all six negative → 3-of-6 LR− 0.08 clipped to 0.1', () => {
    const s = source(
      {
        tests: {
          sij_distraction: 'negative',
          sij_thigh_thrust: 'negative',
          sij_compression: 'negative',
          sij_sacral_thrust: 'negative',
          gaenslen: 'negative',
        },
      },
      'sacroiliac',
    );
    expect(s.evidence[0]).toMatchObject({ finding: 'cpr_laslett_sij_3of6', lr: 0.1, lr_raw: 0.08 });
  });

  it('SIJ: one positive short of the rule → single most extreme LR (largest LR+)', () => {
    const s = source(
      { tests: { sij_thigh_thrust: 'positive', sij_distraction: 'negative' } },
      'sacroiliac',
    );
    expect(s.evidence[0]).toMatchObject({ finding: 'sij_thigh_thrust', lr: 2.8 });
  });

  it('SIJ tests move nothing once centralisation voids the rules', () => {
    const s = source(
      {
        tests: {
          sij_distraction: 'positive',
          sij_thigh_thrust: 'positive',
          repeated_movement_centralisation: 'positive',
        },
      },
      'sacroiliac',
    );
    expect(s.probability).toBeCloseTo(0.15, 6);
  });

  it('hip: Sutlive ≥4 → LR+ 24.3 clipped to 10 (prior 0.30 at ≥55)', () => {
    const s = source(
      {
        age: 60,
        history: { agg_squatting: true },
        tests: {
          hip_scour: 'positive',
          active_hip_extension_pain: 'positive',
          active_hip_flexion_lateral_pain: 'positive',
        },
      },
      'hip_joint',
    );
    expect(s.prior).toBe(0.3);
    expect(s.evidence[0]).toMatchObject({ finding: 'cpr_sutlive_hip_oa', lr: 10, lr_raw: 24.3 });
    expect(s.probability).toBeCloseTo(prob(odds(0.3) * 10), 3);
  });

  it('hip: ACR not met with every item recorded → 0.19', () => {
    const s = source(
      {
        age: 45,
        history: { morning_stiffness_minutes: 10 },
        tests: {
          hip_ir_rom: { result: 'negative', value_deg: 35 },
          hip_flexion_rom: 'negative',
          hip_ir_pain: 'positive',
        },
      },
      'hip_joint',
    );
    expect(s.evidence[0]).toMatchObject({ finding: 'cpr_altman_acr_hip_oa', lr: 0.19 });
  });

  it('hip: FADIR positive alone moves nothing (LR+ ≈1)', () => {
    expect(source({ tests: { fadir: 'positive' } }, 'hip_joint').probability).toBeCloseTo(0.2, 6);
  });

  it('radicular: one LR per family, the strongest positive of the family', () => {
    const s = source(
      { tests: { slr: 'positive', slump: 'positive', crossed_slr: 'negative' } },
      'lumbar_radicular',
    );
    expect(s.evidence).toHaveLength(1);
    expect(s.evidence[0]).toMatchObject({ finding: 'slump', lr: 4.9 });
  });

  it('radicular: femoral nerve stretch LR+ ∞ → 10', () => {
    const s = source({ tests: { femoral_nerve_stretch: 'positive' } }, 'lumbar_radicular');
    expect(s.evidence[0]).toMatchObject({ lr: 10, lr_raw: Infinity });
  });

  it('radicular: negative neural tests do not count against it with Cook met or claudication', () => {
    const negatives = {
      slr: 'negative',
      slump: 'negative',
      neuro_dermatome_deficit: 'negative',
    } as const;
    const plain = source({ tests: negatives }, 'lumbar_radicular');
    expect(plain.probability).toBeLessThan(0.2);
    const claudication = source(
      { history: { neurogenic_claudication: true }, tests: negatives },
      'lumbar_radicular',
    );
    expect(claudication.evidence).toHaveLength(0);
    const cook = source(
      {
        age: 70,
        history: { loc_bilateral_legs: true, leg_pain_worse_than_back: true, agg_walking: true },
        tests: negatives,
      },
      'lumbar_radicular',
    );
    expect(cook.evidence.map((row) => row.finding)).toEqual(['cpr_cook_lss']);
    expect(cook.probability).toBeCloseTo(prob(odds(0.2) * 4.6), 3);
  });

  it('radicular: at most three families, all shown', () => {
    const s = source(
      {
        age: 70,
        history: { loc_bilateral_legs: true, leg_pain_worse_than_back: true, agg_walking: true },
        tests: { slump: 'positive', neuro_reflex_deficit: { result: 'positive', level: 'S1' } },
      },
      'lumbar_radicular',
    );
    expect(s.evidence).toHaveLength(3);
    const product = s.evidence.reduce((acc, row) => acc * row.lr, 1);
    expect(s.probability).toBeCloseTo(prob(odds(0.2) * product), 3);
  });

  it('piriformis: FAIR counts only when neither Martin test was done', () => {
    expect(source({ tests: { fair: 'positive' } }, 'piriformis').evidence[0]?.finding).toBe('fair');
    const withMartin = source(
      { tests: { fair: 'positive', active_piriformis: 'negative' } },
      'piriformis',
    );
    expect(withMartin.evidence[0]).toMatchObject({ finding: 'active_piriformis', lr: 0.27 });
    const both = source(
      {
        tests: {
          fair: 'positive',
          active_piriformis: 'negative',
          seated_piriformis_stretch: 'negative',
        },
      },
      'piriformis',
    );
    expect(both.evidence[0]).toMatchObject({ finding: 'cpr_martin_deep_gluteal', lr: 0.11 });
  });

  it('myofascial: centralisation positive → pooled LR+ 3.06; negative moves nothing', () => {
    expect(
      source(
        { tests: { repeated_movement_centralisation: 'positive' } },
        'lumbar_myofascial_or_mechanical',
      ).probability,
    ).toBeCloseTo(prob(odds(0.35) * 3.06), 3);
    expect(
      source(
        { tests: { repeated_movement_centralisation: 'negative' } },
        'lumbar_myofascial_or_mechanical',
      ).probability,
    ).toBeCloseTo(0.35, 6);
  });

  it('priors: below-knee pain raises radicular to 0.40; age <40 lowers hip to 0.10', () => {
    expect(source({ history: { loc_below_knee: true } }, 'lumbar_radicular').prior).toBe(0.4);
    expect(source({ age: 39 }, 'hip_joint').prior).toBe(0.1);
  });

  it('sources are sorted by probability, highest first', () => {
    const list = run({ tests: { slump: 'positive' } }).sources.map((s) => s.probability);
    expect([...list].sort((a, b) => b - a)).toEqual(list);
  });

  it('reflex LR+ by level (§3.2): patellar (L3–4) ∞ → 10, Achilles (S1) and no level 7.1', () => {
    const reflexAt = (level?: 'L3' | 'L4' | 'S1') => {
      const finding =
        level === undefined
          ? { result: 'positive' as const }
          : { result: 'positive' as const, level };
      return source({ tests: { neuro_reflex_deficit: finding } }, 'lumbar_radicular').evidence[0];
    };
    expect(reflexAt('L3')).toMatchObject({ lr: 10, lr_raw: Infinity, source: 'Suri 2011' });
    expect(reflexAt('L4')?.lr).toBe(10);
    expect(reflexAt('S1')).toMatchObject({ lr: 7.1, lr_raw: 7.1 });
    expect(reflexAt()?.lr).toBe(7.1);
  });
});
