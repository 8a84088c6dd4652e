// Red flags as a letter names them (the catalogue holds the screening questions and urgencies).
import type { RedFlagId } from '../../../shared/clinical/ids';

export const RED_FLAG_PHRASES: Readonly<Record<RedFlagId, string>> = {
  rf_ces_urinary: 'new bladder disturbance',
  rf_ces_saddle_anaesthesia: 'saddle anaesthesia',
  rf_ces_bowel: 'new bowel disturbance',
  rf_ces_sexual_dysfunction: 'new change in genital sensation or sexual function',
  rf_bilateral_sciatica: 'new bilateral sciatica',
  rf_severe_progressive_neuro_deficit: 'severe or progressive neurological deficit',
  rf_major_trauma: 'major trauma',
  rf_minor_trauma_osteoporosis: 'onset after minor trauma, with osteoporosis',
  rf_unable_to_weight_bear: 'unable to bear weight',
  rf_prolonged_corticosteroids: 'prolonged corticosteroid use',
  rf_age_over_70: 'age over 70',
  rf_history_of_cancer: 'history of cancer',
  rf_unexplained_weight_loss: 'unexplained weight loss',
  rf_night_pain_unremitting: 'unremitting night pain',
  rf_age_over_50_new_onset: 'first episode after the age of 50',
  rf_fever_systemic_illness: 'fever or systemic illness',
  rf_immunosuppression_or_ivdu: 'immunosuppression or injecting drug use',
  rf_recent_infection_or_invasive_procedure: 'recent infection or invasive procedure',
  rf_hot_irritable_hip: 'hot, irritable hip',
  rf_stress_fracture_features: 'features of a femoral-neck stress injury',
  rf_inflammatory_back_pain: 'inflammatory back pain (NICE NG65 referral criteria met)',
  rf_vascular_claudication: 'vascular claudication',
  rf_aaa_features: 'features of an abdominal aortic aneurysm',
};
