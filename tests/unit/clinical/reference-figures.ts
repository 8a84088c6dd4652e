// Figures restated by hand from ../shared/clinical/REFERENCE.md (copied from the markdown tables,
// section cited per block), so a test can check the catalogue against an independent copy.
// v = untagged (verified), c = "(calc.)", u = "(from memory, unverified)".
// Conventions of the catalogue restated here: where the reference gives only a range, the point
// value is the lower end for Sn/Sp and 1 for an LR range spanning 1; "~x" is x.
import type { RuleId, TestId } from '../../../shared/clinical/ids';

type Tag = 'v' | 'c' | 'u';
export interface Fig {
  value: number;
  tag: Tag;
  range?: readonly [number, number];
}
export interface FigureSet {
  sn?: Fig;
  sp?: Fig;
  lrPos?: Fig;
  lrNeg?: Fig;
}

const f = (value: number, tag: Tag, range?: readonly [number, number]): Fig =>
  range ? { value, tag, range } : { value, tag };

/** Main accuracy figures per test; tests with none in the reference map to `{}`. */
export const TEST_FIGURES: Record<TestId, FigureSet> = {
  // §3.1 Hip
  fadir: {
    sn: f(0.94, 'v', [0.94, 0.99]),
    sp: f(0.05, 'v', [0.05, 0.09]),
    lrPos: f(1, 'v', [0.86, 1.04]),
    lrNeg: f(1, 'v', [0.14, 2.3]),
  },
  faber_groin: { sn: f(0.82, 'v'), sp: f(0.25, 'u'), lrPos: f(1.1, 'u'), lrNeg: f(0.7, 'u') },
  hip_scour: { sn: f(0.62, 'v'), sp: f(0.75, 'v'), lrPos: f(2.5, 'c'), lrNeg: f(0.5, 'c') },
  log_roll: { sn: f(1.0, 'v'), sp: f(0.33, 'v'), lrPos: f(1.5, 'v'), lrNeg: f(0.1, 'v') },
  stinchfield: { sn: f(0.59, 'u'), sp: f(0.32, 'v'), lrPos: f(0.9, 'u'), lrNeg: f(1.3, 'u') },
  hip_ir_rom: { sn: f(0.86, 'v'), sp: f(0.54, 'v'), lrPos: f(1.9, 'c'), lrNeg: f(0.26, 'c') },
  hip_flexion_rom: {},
  hip_ir_pain: {},
  active_hip_flexion_lateral_pain: {},
  active_hip_extension_pain: {},
  patellar_pubic_percussion: {
    sn: f(0.95, 'v'),
    sp: f(0.86, 'v'),
    lrPos: f(6.8, 'c'),
    lrNeg: f(0.06, 'c'),
  },
  hop_test_pain: {},
  // §3.2 Lumbar / neural
  slr: { sn: f(0.9, 'v'), sp: f(0.23, 'v'), lrPos: f(1.2, 'c'), lrNeg: f(0.43, 'c') },
  crossed_slr: { sn: f(0.29, 'v'), sp: f(0.88, 'v'), lrPos: f(2.4, 'c'), lrNeg: f(0.81, 'c') },
  slump: { sn: f(0.84, 'v'), sp: f(0.83, 'u'), lrPos: f(4.9, 'u'), lrNeg: f(0.19, 'u') },
  femoral_nerve_stretch: { sn: f(0.5, 'u'), sp: f(1.0, 'v'), lrPos: f(Infinity, 'v') },
  neuro_myotome_deficit: { sn: f(0.13, 'v', [0.13, 0.61]) },
  neuro_dermatome_deficit: {
    sn: f(0.61, 'v'),
    sp: f(0.63, 'v'),
    lrPos: f(1.6, 'c'),
    lrNeg: f(0.62, 'c'),
  },
  neuro_reflex_deficit: { sp: f(0.6, 'v', [0.6, 0.93]), lrPos: f(7.1, 'v') },
  prone_instability_test: {
    sn: f(0.72, 'v'),
    sp: f(0.58, 'v'),
    lrPos: f(1.7, 'v'),
    lrNeg: f(0.48, 'v'),
  },
  lumbar_flexion_provocation: {},
  lumbar_extension_provocation: { lrPos: f(2, 'v') },
  // Sn/Sp: Laslett 2005 Spine J (unverified); LRs: the 2023 pooled figures "the engine uses".
  repeated_movement_centralisation: {
    sn: f(0.4, 'u'),
    sp: f(0.94, 'u'),
    lrPos: f(3.06, 'v'),
    lrNeg: f(0.66, 'v'),
  },
  repeated_movement_peripheralisation: {},
  wide_based_gait: { lrPos: f(13, 'v') },
  romberg_abnormal: { lrPos: f(4.2, 'v') },
  peripheral_pulses_reduced: {},
  // §3.3 Sacroiliac
  sij_distraction: { sn: f(0.6, 'v'), sp: f(0.81, 'v'), lrPos: f(3.2, 'c'), lrNeg: f(0.49, 'c') },
  sij_thigh_thrust: {
    sn: f(0.88, 'v'),
    sp: f(0.69, 'v'),
    lrPos: f(2.8, 'c'),
    lrNeg: f(0.17, 'c'),
  },
  sij_compression: { sn: f(0.69, 'v'), sp: f(0.69, 'v'), lrPos: f(2.2, 'c'), lrNeg: f(0.45, 'c') },
  sij_sacral_thrust: {
    sn: f(0.63, 'v'),
    sp: f(0.75, 'v'),
    lrPos: f(2.5, 'c'),
    lrNeg: f(0.49, 'c'),
  },
  gaenslen: { sn: f(0.53, 'v'), sp: f(0.71, 'v'), lrPos: f(1.8, 'c'), lrNeg: f(0.66, 'c') },
  faber_posterior: { sn: f(0.69, 'v'), sp: f(0.16, 'v'), lrPos: f(0.8, 'c'), lrNeg: f(1.9, 'c') },
  // §3.4 Piriformis / deep gluteal
  seated_piriformis_stretch: {
    sn: f(0.52, 'v'),
    sp: f(0.9, 'v'),
    lrPos: f(5.22, 'v'),
    lrNeg: f(0.53, 'v'),
  },
  active_piriformis: { sn: f(0.78, 'v'), sp: f(0.8, 'v'), lrPos: f(3.9, 'v'), lrNeg: f(0.27, 'v') },
  fair: { sn: f(0.88, 'v'), sp: f(0.83, 'v'), lrPos: f(5.2, 'v'), lrNeg: f(0.14, 'v') },
  pace: {},
  freiberg: {},
  beatty: {},
  sciatic_notch_tenderness: {},
  // §3.5 Myofascial, lateral hip, hamstring
  thomas_test: {},
  hip_abductor_weakness: {
    sn: f(0.73, 'v'),
    sp: f(0.77, 'v'),
    lrPos: f(3.15, 'v'),
    lrNeg: f(0.35, 'v'),
  },
  myofascial_palpation_familiar_pain: {},
  greater_trochanter_palpation: {},
  single_leg_stance_30s: {
    sn: f(0.38, 'v'),
    sp: f(1.0, 'v'),
    lrPos: f(Infinity, 'c'),
    lrNeg: f(0.62, 'c'),
  },
  modified_bent_knee_stretch: {
    sn: f(0.89, 'v'),
    sp: f(0.91, 'v'),
    lrPos: f(10.2, 'v'),
    lrNeg: f(0.12, 'v'),
  },
};

/** Secondary figures quoted beside a test (§3.1, §3.2, §3.4 note, §3.5), by test id. */
export const TEST_ALTERNATIVE_FIGURES: Partial<Record<TestId, FigureSet[]>> = {
  // §3.1 hip_ir_rom: severe OA (Birrell 2001); FAI syndrome (Reiman 2020)
  hip_ir_rom: [
    { sn: f(1.0, 'v'), sp: f(0.42, 'v'), lrPos: f(1.7, 'c'), lrNeg: f(0, 'c') },
    { lrPos: f(4.83, 'v'), lrNeg: f(0.76, 'v') },
  ],
  // §3.2 slr: Capra 2011; §3.4 note: SLR for deep gluteal entrapment (Martin 2014)
  slr: [
    { sn: f(0.36, 'v'), sp: f(0.74, 'v'), lrPos: f(1.38, 'v'), lrNeg: f(0.87, 'v') },
    { sn: f(0.15, 'v'), sp: f(0.95, 'v'), lrPos: f(3.2, 'v'), lrNeg: f(0.9, 'v') },
  ],
  // §3.2 FST + patellar reflex
  femoral_nerve_stretch: [{ lrPos: f(7.0, 'v') }],
  // §3.2 medial-ankle pinprick, midlumbar
  neuro_dermatome_deficit: [{ lrPos: f(Infinity, 'v') }],
  // §3.2 patellar reflex, midlumbar
  neuro_reflex_deficit: [{ lrPos: f(Infinity, 'v') }],
  // §3.2 radiographic instability (Ferrari 2015)
  prone_instability_test: [{ sn: f(0.71, 'v'), sp: f(0.57, 'v') }],
  // §3.2 Laslett 2005 Spine J, all four from memory
  repeated_movement_centralisation: [
    { sn: f(0.4, 'u'), sp: f(0.94, 'u'), lrPos: f(6.7, 'u'), lrNeg: f(0.64, 'u') },
  ],
  // §3.5 Lequesne 2008
  single_leg_stance_30s: [{ sn: f(1.0, 'v'), sp: f(0.97, 'v') }],
};

/** §4 rule figures. */
export const RULE_FIGURES: Record<RuleId, FigureSet & { strong?: FigureSet }> = {
  cpr_laslett_sij_2of4: {
    sn: f(0.88, 'v'),
    sp: f(0.78, 'v'),
    lrPos: f(4.0, 'c'),
    lrNeg: f(0.15, 'c'),
  },
  cpr_laslett_sij_3of6: {
    sn: f(0.94, 'v'),
    sp: f(0.78, 'v'),
    lrPos: f(4.3, 'v'),
    lrNeg: f(0.08, 'v'),
  },
  cpr_laslett_sij_after_centralisation: {
    sn: f(0.91, 'v'),
    sp: f(0.87, 'v'),
    lrPos: f(6.97, 'v', [2.7, 20.27]),
    lrNeg: f(0.11, 'v'),
  },
  cpr_van_der_wurff_sij: {
    sn: f(0.85, 'v'),
    sp: f(0.79, 'v'),
    lrPos: f(4.02, 'v'),
    lrNeg: f(0.19, 'v'),
  },
  cpr_cibulka_sij_motion: {
    sn: f(0.82, 'v'),
    sp: f(0.88, 'v'),
    lrPos: f(6.83, 'c'),
    lrNeg: f(0.2, 'c'),
  },
  cpr_sutlive_hip_oa: {
    sn: f(0.71, 'v'),
    sp: f(0.86, 'v'),
    lrPos: f(5.2, 'v'),
    lrNeg: f(0.33, 'v'),
    strong: { sn: f(0.48, 'v'), sp: f(0.98, 'v'), lrPos: f(24.3, 'v'), lrNeg: f(0.53, 'v') },
  },
  cpr_altman_acr_hip_oa: { lrPos: f(3.4, 'v'), lrNeg: f(0.19, 'v') },
  // "None present: Sn 0.96, LR− 0.19"
  cpr_cook_lss: { sn: f(0.96, 'v'), lrPos: f(4.6, 'v', [2.4, 8.9]), lrNeg: f(0.19, 'v') },
  // "Low-risk LR 0.154"
  cpr_sugioka_lss_selfreport: { lrNeg: f(0.154, 'v') },
  cpr_konno_lss_tool: { sn: f(0.928, 'v'), sp: f(0.72, 'v'), lrPos: f(3.3, 'v') },
  cpr_martin_deep_gluteal: {
    sn: f(0.91, 'v'),
    sp: f(0.8, 'v'),
    lrPos: f(4.57, 'v'),
    lrNeg: f(0.11, 'v'),
  },
  cpr_nice_ng65_axspa: {},
  cpr_henschke_fracture_flags: {},
};

/** §5 default priors and "adjust" column. */
export const PRIORS = {
  lumbar_myofascial_or_mechanical: 0.35,
  lumbar_radicular: 0.2,
  hip_joint: 0.2,
  sacroiliac: 0.15,
  piriformis: 0.05,
} as const;
export const ADJUSTED_PRIORS = [
  ['lumbar_radicular', 0.4],
  ['lumbar_radicular', 0.25],
  ['hip_joint', 0.3],
  ['hip_joint', 0.1],
  ['sacroiliac', 0.2],
  ['piriformis', 0.1],
] as const;
