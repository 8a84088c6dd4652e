// How each history answer reads in a letter. The catalogue's labels name features for the screen;
// a letter needs fragments that fit a sentence ("Aggravated by walking, squatting and putting on
// shoes and socks"). Keyed by the shared ids, so a new or renamed id fails to compile here.
import type { BooleanHistoryId } from '../../../shared/clinical/ids';

export type PhraseGroup =
  'location' | 'quality' | 'aggravating' | 'easing' | 'onset' | 'night' | 'feature' | 'risk';

export interface HistoryPhrase {
  group: PhraseGroup;
  /** Fits "Pain …" (location), "described as …", "aggravated by …", "eased by …", or stands alone. */
  text: string;
}

export const HISTORY_PHRASES: Readonly<Record<BooleanHistoryId, HistoryPhrase>> = {
  loc_groin_anterior_thigh: { group: 'location', text: 'in the groin and anterior thigh' },
  loc_low_back: { group: 'location', text: 'in the low back' },
  loc_buttock: { group: 'location', text: 'in the buttock' },
  loc_sij_region: { group: 'location', text: 'maximal below L5, near the PSIS' },
  loc_lateral_hip: { group: 'location', text: 'over the lateral hip' },
  loc_posterior_thigh: { group: 'location', text: 'in the posterior thigh' },
  loc_below_knee: { group: 'location', text: 'below the knee' },
  loc_bilateral_legs: { group: 'location', text: 'in both legs' },
  leg_pain_worse_than_back: { group: 'feature', text: 'leg pain worse than back pain' },
  quality_burning_electric_shooting: { group: 'quality', text: 'burning, electric or shooting' },
  quality_deep_ache: { group: 'quality', text: 'a deep, poorly localised ache' },
  paraesthesia_numbness: { group: 'feature', text: 'pins and needles or numbness' },
  agg_weight_bearing: { group: 'aggravating', text: 'weight-bearing' },
  agg_walking: { group: 'aggravating', text: 'walking' },
  agg_standing: { group: 'aggravating', text: 'standing' },
  agg_hip_rotation_pivoting: { group: 'aggravating', text: 'pivoting on the leg' },
  agg_squatting: { group: 'aggravating', text: 'squatting' },
  agg_shoes_socks: { group: 'aggravating', text: 'putting on shoes and socks' },
  agg_forward_bending: { group: 'aggravating', text: 'bending forward' },
  agg_lifting: { group: 'aggravating', text: 'lifting' },
  agg_prolonged_sitting: { group: 'aggravating', text: 'prolonged sitting' },
  agg_sitting_on_affected_buttock: {
    group: 'aggravating',
    text: 'sitting on the affected buttock',
  },
  agg_cough_sneeze_strain: { group: 'aggravating', text: 'coughing, sneezing or straining' },
  agg_lumbar_extension: { group: 'aggravating', text: 'lumbar extension' },
  agg_asymmetric_loading: {
    group: 'aggravating',
    text: 'asymmetric loading (stairs, single-leg stance, turning in bed)',
  },
  agg_lying_on_affected_side: { group: 'aggravating', text: 'lying on the affected side' },
  ease_sitting_or_flexion: { group: 'easing', text: 'sitting or bending forward' },
  ease_standing_or_walking: { group: 'easing', text: 'getting up and walking' },
  ease_lying_down: { group: 'easing', text: 'lying down' },
  ease_movement_exercise: { group: 'easing', text: 'movement and exercise' },
  ease_nsaids_within_48h: { group: 'easing', text: 'NSAIDs within 48 hours' },
  ease_none: { group: 'feature', text: 'constant pain that nothing eases' },
  limp: { group: 'feature', text: 'a limp' },
  night_pain_positional: { group: 'night', text: 'night pain with position or turning' },
  night_waking_second_half: { group: 'night', text: 'waking in the second half of the night' },
  neurogenic_claudication: {
    group: 'feature',
    text: 'leg symptoms on walking or standing, relieved by sitting (neurogenic claudication)',
  },
  mechanical_hip_symptoms: {
    group: 'feature',
    text: 'mechanical hip symptoms (clicking, catching or locking)',
  },
  c_sign: { group: 'feature', text: 'a C-sign when describing the pain' },
  onset_trauma: { group: 'onset', text: 'onset after trauma' },
  onset_insidious: { group: 'onset', text: 'insidious onset' },
  onset_lifting_or_bending: { group: 'onset', text: 'onset on lifting or bending' },
  onset_fall_on_buttock: { group: 'onset', text: 'onset after a fall onto the buttock' },
  pregnancy_or_postpartum: { group: 'risk', text: 'pregnancy or the postpartum period' },
  previous_lumbar_fusion: { group: 'risk', text: 'a previous lumbar fusion' },
  occupational_prolonged_sitting: { group: 'risk', text: 'sedentary work' },
  recent_training_load_increase: { group: 'risk', text: 'a recent increase in training load' },
  family_history_spa: { group: 'risk', text: 'a first-degree relative with spondyloarthritis' },
  extra_articular_spa_features: {
    group: 'risk',
    text: 'extra-articular features of spondyloarthritis',
  },
};
