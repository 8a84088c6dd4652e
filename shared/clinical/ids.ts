// Every identifier of the clinical reference (REFERENCE.md §1–§4, §6), as the single list that the
// catalogue, the engine, the findings format, storage and the screens all share. A unit test checks
// that the catalogue covers exactly these ids and that they match the reference.

/** §1: the sources a verdict can name. The first five are musculoskeletal hypotheses. */
export const SOURCE_IDS = [
  'lumbar_radicular',
  'sacroiliac',
  'piriformis',
  'hip_joint',
  'lumbar_myofascial_or_mechanical',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];
export type VerdictSource = SourceId | 'mixed' | 'red_flag' | 'undetermined';

/** §2: history features. Two are numbers; the rest are true (present) / false (asked, absent). */
export const NUMERIC_HISTORY_IDS = ['morning_stiffness_minutes', 'symptom_duration_weeks'] as const;
export const BOOLEAN_HISTORY_IDS = [
  'loc_groin_anterior_thigh',
  'loc_low_back',
  'loc_buttock',
  'loc_sij_region',
  'loc_lateral_hip',
  'loc_posterior_thigh',
  'loc_below_knee',
  'loc_bilateral_legs',
  'leg_pain_worse_than_back',
  'quality_burning_electric_shooting',
  'quality_deep_ache',
  'paraesthesia_numbness',
  'agg_weight_bearing',
  'agg_walking',
  'agg_standing',
  'agg_hip_rotation_pivoting',
  'agg_squatting',
  'agg_shoes_socks',
  'agg_forward_bending',
  'agg_lifting',
  'agg_prolonged_sitting',
  'agg_sitting_on_affected_buttock',
  'agg_cough_sneeze_strain',
  'agg_lumbar_extension',
  'agg_asymmetric_loading',
  'agg_lying_on_affected_side',
  'ease_sitting_or_flexion',
  'ease_standing_or_walking',
  'ease_lying_down',
  'ease_movement_exercise',
  'ease_nsaids_within_48h',
  'ease_none',
  'limp',
  'night_pain_positional',
  'night_waking_second_half',
  'neurogenic_claudication',
  'mechanical_hip_symptoms',
  'c_sign',
  'onset_trauma',
  'onset_insidious',
  'onset_lifting_or_bending',
  'onset_fall_on_buttock',
  'pregnancy_or_postpartum',
  'previous_lumbar_fusion',
  'occupational_prolonged_sitting',
  'recent_training_load_increase',
  'family_history_spa',
  'extra_articular_spa_features',
] as const;
export const HISTORY_IDS = [...BOOLEAN_HISTORY_IDS, ...NUMERIC_HISTORY_IDS] as const;
export type BooleanHistoryId = (typeof BOOLEAN_HISTORY_IDS)[number];
export type NumericHistoryId = (typeof NUMERIC_HISTORY_IDS)[number];
export type HistoryId = BooleanHistoryId | NumericHistoryId;

/** §3: special tests, in the groups the clinician meets them (UX.md "by question"). */
export const TEST_GROUPS = [
  'hip_rotation',
  'forward_bend_neural',
  'si_stress',
  'piriformis_stretch',
  'other_differentials',
] as const;
export type TestGroup = (typeof TEST_GROUPS)[number];

/** UX.md "by patient position": the order that minimises position changes. */
export const PATIENT_POSITIONS = ['standing', 'sitting', 'supine', 'side_lying', 'prone'] as const;
export type PatientPosition = (typeof PATIENT_POSITIONS)[number];

export const TEST_IDS = [
  // §3.1 hip
  'fadir',
  'faber_groin',
  'hip_scour',
  'log_roll',
  'stinchfield',
  'hip_ir_rom',
  'hip_flexion_rom',
  'hip_ir_pain',
  'active_hip_flexion_lateral_pain',
  'active_hip_extension_pain',
  'patellar_pubic_percussion',
  'hop_test_pain',
  // §3.2 lumbar / neural
  'slr',
  'crossed_slr',
  'slump',
  'femoral_nerve_stretch',
  'neuro_myotome_deficit',
  'neuro_dermatome_deficit',
  'neuro_reflex_deficit',
  'prone_instability_test',
  'lumbar_flexion_provocation',
  'lumbar_extension_provocation',
  'repeated_movement_centralisation',
  'repeated_movement_peripheralisation',
  'wide_based_gait',
  'romberg_abnormal',
  'peripheral_pulses_reduced',
  // §3.3 sacroiliac
  'sij_distraction',
  'sij_thigh_thrust',
  'sij_compression',
  'sij_sacral_thrust',
  'gaenslen',
  'faber_posterior',
  // §3.4 piriformis / deep gluteal
  'seated_piriformis_stretch',
  'active_piriformis',
  'fair',
  'pace',
  'freiberg',
  'beatty',
  'sciatic_notch_tenderness',
  // §3.5 myofascial, lateral hip, hamstring
  'thomas_test',
  'hip_abductor_weakness',
  'myofascial_palpation_familiar_pain',
  'greater_trochanter_palpation',
  'single_leg_stance_30s',
  'modified_bent_knee_stretch',
] as const;
export type TestId = (typeof TEST_IDS)[number];

/** Tests that record a nerve-root level (`level`) and tests that record a range (`value_deg`). */
export const LEVEL_TEST_IDS = [
  'neuro_myotome_deficit',
  'neuro_dermatome_deficit',
  'neuro_reflex_deficit',
] as const satisfies readonly TestId[];
export const RANGE_TEST_IDS = [
  'hip_ir_rom',
  'hip_flexion_rom',
] as const satisfies readonly TestId[];
export const ROOT_LEVELS = ['L2', 'L3', 'L4', 'L5', 'S1'] as const;
export type RootLevel = (typeof ROOT_LEVELS)[number];

/** §6: red flags. */
export const RED_FLAG_IDS = [
  'rf_ces_urinary',
  'rf_ces_saddle_anaesthesia',
  'rf_ces_bowel',
  'rf_ces_sexual_dysfunction',
  'rf_bilateral_sciatica',
  'rf_severe_progressive_neuro_deficit',
  'rf_major_trauma',
  'rf_minor_trauma_osteoporosis',
  'rf_unable_to_weight_bear',
  'rf_prolonged_corticosteroids',
  'rf_age_over_70',
  'rf_history_of_cancer',
  'rf_unexplained_weight_loss',
  'rf_night_pain_unremitting',
  'rf_age_over_50_new_onset',
  'rf_fever_systemic_illness',
  'rf_immunosuppression_or_ivdu',
  'rf_recent_infection_or_invasive_procedure',
  'rf_hot_irritable_hip',
  'rf_stress_fracture_features',
  'rf_inflammatory_back_pain',
  'rf_vascular_claudication',
  'rf_aaa_features',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

/** §4: clusters and prediction rules. */
export const RULE_IDS = [
  'cpr_laslett_sij_2of4',
  'cpr_laslett_sij_3of6',
  'cpr_laslett_sij_after_centralisation',
  'cpr_van_der_wurff_sij',
  'cpr_cibulka_sij_motion',
  'cpr_sutlive_hip_oa',
  'cpr_altman_acr_hip_oa',
  'cpr_cook_lss',
  'cpr_sugioka_lss_selfreport',
  'cpr_konno_lss_tool',
  'cpr_martin_deep_gluteal',
  'cpr_nice_ng65_axspa',
  'cpr_henschke_fracture_flags',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const URGENCIES = ['emergency', 'urgent', 'routine', 'none'] as const;
export type Urgency = (typeof URGENCIES)[number];
