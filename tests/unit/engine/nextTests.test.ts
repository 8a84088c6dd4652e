import { describe, expect, it } from 'vitest';
import type { PatientPosition } from '../../../shared/clinical/ids';
import { assess } from '../../../shared/engine/index';
import { exam, type ExamInput } from './exam';

const next = (input: ExamInput, position?: PatientPosition) =>
  assess(exam(input), position === undefined ? {} : { position }).next_tests;

describe('next tests (REFERENCE §9.7)', () => {
  it('urgency first: with a cancer history the neuro-deficit tests lead', () => {
    const list = next({ red_flags: ['rf_history_of_cancer'], tests: { slr: 'positive' } });
    expect(
      list
        .slice(0, 3)
        .map((n) => n.test)
        .sort(),
    ).toEqual(['neuro_dermatome_deficit', 'neuro_myotome_deficit', 'neuro_reflex_deficit']);
    expect(list[0]?.reason).toBe('urgency');
    expect(list[0]?.why).toMatch(/deficit would make this an emergency/);
  });

  it('under a red-flag verdict, a reason names the musculoskeletal source a result would add', () => {
    const list = next({
      age: 60,
      red_flags: ['rf_history_of_cancer'],
      history: { loc_groin_anterior_thigh: true },
      tests: { fadir: { result: 'positive', side: 'right' } },
    });
    const faber = list.find((n) => n.test === 'faber_groin');
    expect(faber?.reason).toBe('verdict');
    expect(faber?.why).toBe(
      'a positive result would change the verdict to red flag (with hip joint)',
    );
  });

  it('a severe deficit at one level: a deficit at another level would be an emergency', () => {
    const list = next({
      red_flags: ['rf_severe_progressive_neuro_deficit'],
      tests: { neuro_myotome_deficit: { result: 'positive', side: 'left', level: 'L5' } },
    });
    expect(list[0]?.reason).toBe('urgency');
  });

  it('the second Martin test ranks above tests that cannot change anything', () => {
    const list = next({ tests: { active_piriformis: 'negative' } }).map((n) => n.test);
    expect(list.indexOf('seated_piriformis_stretch')).toBeLessThan(list.indexOf('thomas_test'));
  });

  it('with two SIJ tests positive: centralisation can change the verdict; a third SIJ test completes 3-of-6', () => {
    const list = next({ tests: { sij_distraction: 'positive', sij_thigh_thrust: 'positive' } });
    const centralisation = list.find((n) => n.test === 'repeated_movement_centralisation');
    expect(centralisation?.reason).toBe('verdict');
    const compression = list.find((n) => n.test === 'sij_compression');
    expect(compression?.why).toMatch(/Laslett/);
    expect(list.map((n) => n.test).indexOf('sij_compression')).toBeLessThan(
      list.map((n) => n.test).indexOf('thomas_test'),
    );
  });

  it('a test that completes a rule ranks even when it moves no probability (ACR flexion)', () => {
    const list = next({ tests: { hip_ir_rom: { result: 'positive', value_deg: 10 } } });
    const flexion = list.find((n) => n.test === 'hip_flexion_rom');
    expect(flexion?.reason === 'verdict' || flexion?.reason === 'rule').toBe(true);
  });

  it('every entry has a reason in words', () => {
    for (const entry of next({})) expect(entry.why.length).toBeGreaterThan(5);
  });

  it('in the by-position view the current position wins a tie', () => {
    const order = (position: 'prone' | 'supine') =>
      next({ tests: { slr: 'negative' } }, position).map((n) => n.test);
    const prone = order('prone');
    const supine = order('supine');
    // Both move nothing and change nothing: an exact tie broken by position.
    expect(prone.indexOf('myofascial_palpation_familiar_pain')).toBeLessThan(
      prone.indexOf('thomas_test'),
    );
    expect(supine.indexOf('thomas_test')).toBeLessThan(
      supine.indexOf('myofascial_palpation_familiar_pain'),
    );
  });
});
