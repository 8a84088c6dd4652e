// History questions grouped as a clinician asks them. Location comes from the body chart, so the
// `loc_*` items are not asked again here.
import type { BooleanHistoryId, NumericHistoryId } from '../../../shared/clinical';

export interface HistoryGroup {
  title: string;
  items: readonly BooleanHistoryId[];
}

export const HISTORY_GROUPS: readonly HistoryGroup[] = [
  {
    title: 'Quality',
    items: [
      'leg_pain_worse_than_back',
      'quality_burning_electric_shooting',
      'quality_deep_ache',
      'paraesthesia_numbness',
    ],
  },
  {
    title: 'Aggravating',
    items: [
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
    ],
  },
  {
    title: 'Easing',
    items: [
      'ease_sitting_or_flexion',
      'ease_standing_or_walking',
      'ease_lying_down',
      'ease_movement_exercise',
      'ease_nsaids_within_48h',
      'ease_none',
    ],
  },
  {
    title: 'Onset',
    items: ['onset_insidious', 'onset_trauma', 'onset_lifting_or_bending', 'onset_fall_on_buttock'],
  },
  {
    title: 'Pattern',
    items: [
      'limp',
      'night_pain_positional',
      'night_waking_second_half',
      'neurogenic_claudication',
      'mechanical_hip_symptoms',
      'c_sign',
    ],
  },
  {
    title: 'Background',
    items: [
      'pregnancy_or_postpartum',
      'previous_lumbar_fusion',
      'occupational_prolonged_sitting',
      'recent_training_load_increase',
      'family_history_spa',
      'extra_articular_spa_features',
    ],
  },
];

export const NUMBER_ITEMS: readonly { id: NumericHistoryId; unit: string }[] = [
  { id: 'symptom_duration_weeks', unit: 'weeks' },
  { id: 'morning_stiffness_minutes', unit: 'minutes' },
];
