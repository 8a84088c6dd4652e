// Red flags (REFERENCE.md §6) with the urgency each gives when listed alone. Where §6 and the
// engine conventions (§9.2) differ, §9.2 wins: it is the settled product decision.
import type { RedFlagId } from './ids';
import type { RedFlagDefinition } from './types';

const CES_SOURCES = 'NICE CKS Sciatica; GIRFT CES pathway; BMJ Best Practice CES';

export const RED_FLAGS: Readonly<Record<RedFlagId, RedFlagDefinition>> = {
  rf_ces_urinary: {
    id: 'rf_ces_urinary',
    suspected: 'Cauda equina syndrome',
    question:
      'Any new trouble starting to pass urine, a weaker stream, not feeling it pass, or leaking?',
    urgencyAlone: 'emergency',
    source: CES_SOURCES,
  },
  rf_ces_saddle_anaesthesia: {
    id: 'rf_ces_saddle_anaesthesia',
    suspected: 'Cauda equina syndrome',
    question:
      'Any numbness around the back passage, genitals or inner buttocks — for example when you wipe?',
    urgencyAlone: 'emergency',
    source: CES_SOURCES,
  },
  rf_ces_bowel: {
    id: 'rf_ces_bowel',
    suspected: 'Cauda equina syndrome',
    question: 'Less feeling of needing to open your bowels, or any accidents?',
    urgencyAlone: 'emergency',
    source: CES_SOURCES,
  },
  rf_ces_sexual_dysfunction: {
    id: 'rf_ces_sexual_dysfunction',
    suspected: 'Cauda equina syndrome',
    question: 'Any new change in feeling in the genitals, or in sexual function?',
    urgencyAlone: 'urgent',
    combinations:
      'Emergency with any other CES flag (urinary, saddle anaesthesia, bowel, bilateral sciatica). Alone: urgent, same-day discussion — CES is unlikely from this alone (GIRFT).',
    source: 'GIRFT CES pathway; NICE CKS Sciatica',
  },
  rf_bilateral_sciatica: {
    id: 'rf_bilateral_sciatica',
    suspected: 'Cauda equina syndrome',
    question: 'Is the pain or numbness now in both legs? (new, not long-standing)',
    urgencyAlone: 'emergency',
    combinations:
      'Record only when new. Long-standing bilateral stenosis symptoms are the history item loc_bilateral_legs.',
    source: 'NICE CKS Sciatica',
  },
  rf_severe_progressive_neuro_deficit: {
    id: 'rf_severe_progressive_neuro_deficit',
    suspected: 'Cauda equina syndrome or severe root compression',
    question:
      'Weakness that is severe or getting worse (e.g. foot drop ≤3/5), or at several roots?',
    urgencyAlone: 'urgent',
    combinations:
      'Emergency when bilateral sciatica is listed, a neuro-deficit test is positive on both sides, or deficits are recorded at 2 or more levels. Otherwise urgent same-day opinion.',
    source: CES_SOURCES,
  },
  rf_major_trauma: {
    id: 'rf_major_trauma',
    suspected: 'Fracture',
    question: 'Did it start with a fall from a height, a road accident or a heavy blow?',
    urgencyAlone: 'emergency',
    source: 'Finucane 2020; Henschke 2009',
  },
  rf_minor_trauma_osteoporosis: {
    id: 'rf_minor_trauma_osteoporosis',
    suspected: 'Fragility fracture',
    question: 'Did it start after a minor fall or lift? Have you been told you have osteoporosis?',
    urgencyAlone: 'urgent',
    combinations: 'Urgent imaging. Emergency together with rf_unable_to_weight_bear.',
    source: 'Henschke 2009; Finucane 2020',
  },
  rf_unable_to_weight_bear: {
    id: 'rf_unable_to_weight_bear',
    suspected: 'Hip or pelvic fracture',
    question:
      'Have you been unable to stand on the leg since it happened? (check: short, externally rotated leg)',
    urgencyAlone: 'emergency',
    source: 'Finucane 2020',
  },
  rf_prolonged_corticosteroids: {
    id: 'rf_prolonged_corticosteroids',
    suspected: 'Fracture or infection',
    question: 'Have you taken steroid tablets for more than about 3 months?',
    urgencyAlone: 'modifier',
    combinations:
      'Modifier (§9.2). §6 also calls it urgent with new severe pain: record that as its own flag. Fracture post-test probability 33% (Downie 2013). Counts toward the Henschke fracture flags.',
    source: 'Downie 2013; Henschke 2009',
  },
  rf_age_over_70: {
    id: 'rf_age_over_70',
    suspected: 'Fracture',
    question: 'Is the patient over 70?',
    urgencyAlone: 'modifier',
    combinations: 'Counts toward the Henschke fracture flags; two or more modifiers → routine.',
    source: 'Henschke 2009',
  },
  rf_history_of_cancer: {
    id: 'rf_history_of_cancer',
    suspected: 'Metastasis',
    question: 'Have you ever been treated for cancer?',
    urgencyAlone: 'urgent',
    combinations:
      'Urgent: seen within days (NICE CKS). Emergency with any positive neuro-deficit test or rf_severe_progressive_neuro_deficit. Malignancy post-test probability 33% (Downie 2013).',
    source: 'Downie 2013; NICE CKS Sciatica',
  },
  rf_unexplained_weight_loss: {
    id: 'rf_unexplained_weight_loss',
    suspected: 'Malignancy or infection',
    question: 'Have you lost weight without trying?',
    urgencyAlone: 'urgent',
    combinations: 'Aged 60 or over with back pain → urgent CT (NICE NG12).',
    source: 'NICE NG12; Finucane 2020',
  },
  rf_night_pain_unremitting: {
    id: 'rf_night_pain_unremitting',
    suspected: 'Malignancy or infection',
    question: 'Is the pain there all night, whatever position you lie in?',
    urgencyAlone: 'routine',
    combinations:
      'Urgent together with any other listed flag (modifiers included). Alone: routine review.',
    source: 'Finucane 2020',
  },
  rf_age_over_50_new_onset: {
    id: 'rf_age_over_50_new_onset',
    suspected: 'Malignancy',
    question: 'Is this the first episode, starting after the age of 50?',
    urgencyAlone: 'modifier',
    combinations: 'Two or more modifiers together with no other flag → routine.',
    source: 'Finucane 2020',
  },
  rf_fever_systemic_illness: {
    id: 'rf_fever_systemic_illness',
    suspected: 'Infection or septic arthritis',
    question: 'Any fevers, sweats, shivering fits, or feeling generally unwell?',
    urgencyAlone: 'emergency',
    source: 'Finucane 2020',
  },
  rf_immunosuppression_or_ivdu: {
    id: 'rf_immunosuppression_or_ivdu',
    suspected: 'Infection',
    question: 'Do you inject drugs, take medicines that lower immunity, or have diabetes or HIV?',
    urgencyAlone: 'modifier',
    combinations: 'Emergency with fever (rf_fever_systemic_illness is already an emergency).',
    source: 'Finucane 2020',
  },
  rf_recent_infection_or_invasive_procedure: {
    id: 'rf_recent_infection_or_invasive_procedure',
    suspected: 'Infection',
    question: 'Any recent urine or blood infection, or a spinal injection or operation recently?',
    urgencyAlone: 'modifier',
    combinations: 'Two or more modifiers together with no other flag → routine.',
    source: 'Finucane 2020',
  },
  rf_hot_irritable_hip: {
    id: 'rf_hot_irritable_hip',
    suspected: 'Septic hip',
    question:
      'Severe pain on any hip movement, with or without fever, and cannot bear weight? (check)',
    urgencyAlone: 'emergency',
    source: 'Finucane 2020',
  },
  rf_stress_fracture_features: {
    id: 'rf_stress_fracture_features',
    suspected: 'Femoral-neck stress injury',
    question:
      'Groin pain with loading after a rise in training? (check: painful hop, positive log roll)',
    urgencyAlone: 'urgent',
    combinations: 'Same day: stop weight-bearing and arrange urgent MRI.',
    source: 'Finucane 2020',
  },
  rf_inflammatory_back_pain: {
    id: 'rf_inflammatory_back_pain',
    suspected: 'Axial spondyloarthritis',
    question: 'Meets the NICE NG65 criteria (cpr_nice_ng65_axspa)?',
    urgencyAlone: 'routine',
    combinations: 'Routine rheumatology referral. The engine may suggest it when NG65 is met.',
    source: 'NICE NG65',
  },
  rf_vascular_claudication: {
    id: 'rf_vascular_claudication',
    suspected: 'Aorto-iliac or peripheral arterial disease',
    question:
      'Buttock or calf pain on walking that eases when you stand still? (check: weak foot pulses)',
    urgencyAlone: 'urgent',
    combinations: 'Urgent vascular review.',
    source: 'Finucane 2020',
  },
  rf_aaa_features: {
    id: 'rf_aaa_features',
    suspected: 'Abdominal aortic aneurysm',
    question: 'Sudden severe back or tummy pain, a pulsing lump in the abdomen, or collapse?',
    urgencyAlone: 'emergency',
    source: 'Finucane 2020',
  },
};
