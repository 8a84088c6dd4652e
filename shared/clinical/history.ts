// History features (REFERENCE.md §2) with the question as a clinician would ask it. `evidence`
// keeps the reference's wording of where a feature points and why; rows the reference groups
// share it.
import type { BooleanHistoryId, HistoryId, NumericHistoryId, SourceId } from './ids';
import type { HistoryFeature } from './types';

type Row = Omit<HistoryFeature, 'id' | 'kind'>;

function yes(id: BooleanHistoryId, row: Row): HistoryFeature {
  return { id, kind: 'boolean', ...row };
}

function number(id: NumericHistoryId, unit: string, row: Row): HistoryFeature {
  return { id, kind: 'number', unit, ...row };
}

const LUMBAR: readonly SourceId[] = ['lumbar_radicular', 'lumbar_myofascial_or_mechanical'];
const WEIGHT_BEARING = 'hip_joint; lumbar spinal stenosis if sitting relieves (Cook 2011)';
const DISC = 'Disc (radicular or discogenic)';
const EASED_UP = 'Disc, piriformis; lying eases mechanical and osteoporotic-fracture pain';
const INFLAMMATORY_EASE = 'Inflammatory (NG65 items); movement also eases myofascial pain';
const INTRA_ARTICULAR = 'Intra-articular hip (labral / chondral)';
const ONSET =
  'A fall on the buttock is a typical piriformis history; trauma when older → fracture screen';
const SIJ_RISK = 'Risk factor for sacroiliac pain';
const LOAD = 'Myofascial / disc (sedentary work); bone stress injury (training load)';
const SPA = 'Inflammatory (NG65)';

const FEATURES: readonly HistoryFeature[] = [
  yes('loc_groin_anterior_thigh', {
    label: 'Groin / anterior thigh pain',
    question: 'Do you feel it in the groin or the front of the thigh?',
    pointsTo: ['hip_joint', 'lumbar_radicular'],
    evidence:
      'hip_joint; also L2–L4 root. Does not exclude SIJ: groin pain was the only pattern linked to a positive SIJ block (Schwarzer 1995)',
  }),
  yes('loc_low_back', {
    label: 'Low back pain',
    question: 'Do you have pain in the low back?',
    pointsTo: LUMBAR,
    evidence: 'Lumbar sources; if absent, with buttock-only pain, weigh SIJ, piriformis, hip',
  }),
  yes('loc_buttock', {
    label: 'Buttock pain',
    question: 'Do you feel it in the buttock?',
    pointsTo: ['piriformis'],
    evidence: 'Non-specific; a cardinal piriformis feature (Hopayian 2010)',
  }),
  yes('loc_sij_region', {
    label: 'Worst below L5, near the PSIS',
    question: 'Is it worst just below the belt line, over the dimple at the back of the pelvis?',
    pointsTo: ['sacroiliac'],
    evidence: 'sacroiliac (block studies recruited pain maximal below L5–S1; Schwarzer 1995)',
  }),
  yes('loc_lateral_hip', {
    label: 'Lateral hip / trochanter pain',
    question: 'Do you feel it on the outside of the hip?',
    pointsTo: ['hip_joint'],
    evidence: 'Gluteal tendinopathy; hip OA if lateral pain on active flexion (Sutlive 2008)',
  }),
  yes('loc_posterior_thigh', {
    label: 'Posterior thigh, above the knee',
    question: 'Does it go down the back of the thigh, stopping above the knee?',
    pointsTo: [],
    evidence: 'Non-discriminating',
  }),
  yes('loc_below_knee', {
    label: 'Radiates below the knee',
    question: 'Does the pain go below the knee?',
    pointsTo: ['lumbar_radicular'],
    evidence: 'lumbar_radicular (more common in sciatica, ATLAS: Konstantinou 2015)',
  }),
  yes('loc_bilateral_legs', {
    label: 'Bilateral buttock or leg symptoms',
    question: 'Do you get it in both buttocks or both legs?',
    pointsTo: ['lumbar_radicular'],
    evidence: 'Lumbar spinal stenosis (LR 6.3, Suri 2010); if new → CES screen',
  }),
  yes('leg_pain_worse_than_back', {
    label: 'Leg pain worse than back pain',
    question: 'Which is worse, the leg or the back?',
    pointsTo: ['lumbar_radicular'],
    evidence: 'Radicular / stenosis (Cook 2011; ATLAS)',
  }),
  yes('quality_burning_electric_shooting', {
    label: 'Burning, electric, shooting pain',
    question: 'Is it burning, electric or shooting?',
    pointsTo: ['lumbar_radicular'],
    evidence: 'Neuropathic / radicular (ATLAS)',
  }),
  yes('quality_deep_ache', {
    label: 'Deep, poorly localised ache',
    question: 'Is it a deep ache that is hard to pin down?',
    pointsTo: ['hip_joint', 'sacroiliac', 'lumbar_myofascial_or_mechanical'],
    evidence: 'Somatic: joint, muscle, SIJ',
  }),
  yes('paraesthesia_numbness', {
    label: 'Tingling or numbness',
    question: 'Any pins and needles or numbness?',
    pointsTo: ['lumbar_radicular', 'piriformis'],
    evidence: 'Radicular; intermittent in piriformis (Hopayian 2010)',
  }),
  yes('agg_weight_bearing', {
    label: 'Worse weight-bearing',
    question: 'Is it worse when you put weight through the leg?',
    pointsTo: ['hip_joint'],
    evidence: WEIGHT_BEARING,
  }),
  yes('agg_walking', {
    label: 'Worse walking',
    question: 'Is it worse when you walk?',
    pointsTo: ['hip_joint', 'lumbar_radicular'],
    evidence: WEIGHT_BEARING,
  }),
  yes('agg_standing', {
    label: 'Worse standing',
    question: 'Is it worse when you stand?',
    pointsTo: ['hip_joint', 'lumbar_radicular'],
    evidence: WEIGHT_BEARING,
  }),
  yes('agg_hip_rotation_pivoting', {
    label: 'Worse pivoting or twisting',
    question: 'Does pivoting or twisting on that leg set it off?',
    pointsTo: ['hip_joint'],
    evidence: 'FAI / labrum',
  }),
  yes('agg_squatting', {
    label: 'Worse squatting',
    question: 'Does squatting make it worse?',
    pointsTo: ['hip_joint'],
    evidence: 'Hip OA (Sutlive item)',
  }),
  yes('agg_shoes_socks', {
    label: 'Trouble with shoes and socks',
    question: 'Is it hard or painful to put on your shoes and socks?',
    pointsTo: ['hip_joint'],
    evidence: 'Hip OA (loss of flexion/IR)',
  }),
  yes('agg_forward_bending', {
    label: 'Worse bending forward',
    question: 'Does bending forward make it worse?',
    pointsTo: LUMBAR,
    evidence: DISC,
  }),
  yes('agg_lifting', {
    label: 'Worse lifting',
    question: 'Does lifting make it worse?',
    pointsTo: LUMBAR,
    evidence: DISC,
  }),
  yes('agg_prolonged_sitting', {
    label: 'Worse with prolonged sitting',
    question: 'Does sitting for a long time make it worse?',
    pointsTo: ['lumbar_radicular', 'lumbar_myofascial_or_mechanical', 'piriformis', 'hip_joint'],
    evidence: 'Disc, piriformis (Hopayian 2010), FAI',
  }),
  yes('agg_sitting_on_affected_buttock', {
    label: 'Worse sitting on that buttock',
    question: 'Does sitting directly on that buttock hurt?',
    pointsTo: ['piriformis'],
    evidence: 'Piriformis, proximal hamstring',
  }),
  yes('agg_cough_sneeze_strain', {
    label: 'Worse coughing, sneezing, straining',
    question: 'Does coughing, sneezing or straining send pain down?',
    pointsTo: ['lumbar_radicular'],
    evidence: 'Disc / radicular (no accuracy data found)',
  }),
  yes('agg_lumbar_extension', {
    label: 'Worse leaning back or standing tall',
    question: 'Does leaning back or standing up tall make it worse?',
    pointsTo: LUMBAR,
    evidence: 'Lumbar spinal stenosis, facet (Katz 1995)',
  }),
  yes('agg_asymmetric_loading', {
    label: 'Worse with stairs, one-leg standing, turning in bed',
    question: 'Is it worse on stairs, standing on one leg, or turning over in bed?',
    pointsTo: ['sacroiliac'],
    evidence: 'SIJ / pelvic girdle (no accuracy data found)',
  }),
  yes('agg_lying_on_affected_side', {
    label: 'Worse lying on that side',
    question: 'Does lying on the painful side hurt?',
    pointsTo: [],
    evidence: 'Gluteal tendinopathy (Grimaldi & Fearon 2015)',
  }),
  yes('ease_sitting_or_flexion', {
    label: 'Eased by sitting or bending forward',
    question: 'Does sitting down or bending forward ease it?',
    pointsTo: ['lumbar_radicular'],
    evidence:
      'Lumbar spinal stenosis: no pain seated LR 7.4; better bending forward LR 6.4 (Suri 2010)',
  }),
  yes('ease_standing_or_walking', {
    label: 'Eased by getting up',
    question: 'Does it ease when you get up and move about?',
    pointsTo: ['lumbar_radicular', 'lumbar_myofascial_or_mechanical', 'piriformis'],
    evidence: EASED_UP,
  }),
  yes('ease_lying_down', {
    label: 'Eased lying down',
    question: 'Does lying down ease it?',
    pointsTo: ['lumbar_radicular', 'lumbar_myofascial_or_mechanical', 'piriformis'],
    evidence: EASED_UP,
  }),
  yes('ease_movement_exercise', {
    label: 'Better with movement or exercise',
    question: 'Does it get better once you are moving or exercising?',
    pointsTo: ['lumbar_myofascial_or_mechanical'],
    evidence: INFLAMMATORY_EASE,
  }),
  yes('ease_nsaids_within_48h', {
    label: 'Good NSAID response within 48 h',
    question: 'Do anti-inflammatory tablets (e.g. ibuprofen) help a lot within two days?',
    pointsTo: [],
    evidence: INFLAMMATORY_EASE,
  }),
  yes('ease_none', {
    label: 'Constant; nothing eases it',
    question: 'Is there anything at all that eases it?',
    pointsTo: [],
    evidence: 'Red flag: malignancy, infection (Finucane 2020)',
  }),
  yes('limp', {
    label: 'Limp',
    question: 'Are you limping?',
    pointsTo: ['hip_joint'],
    evidence: 'hip_joint; if unable to bear weight → fracture',
  }),
  number('morning_stiffness_minutes', 'minutes', {
    label: 'Morning stiffness',
    question: 'How many minutes does stiffness last after getting up?',
    pointsTo: ['hip_joint'],
    evidence:
      '≤60 + age >50 + painful IR → hip OA (Altman 1991); prolonged + NG65 items → inflammatory',
  }),
  yes('night_pain_positional', {
    label: 'Night pain with position or turning',
    question: 'At night, does it hurt only when you lie on it or turn over?',
    pointsTo: [],
    evidence: 'Mechanical',
  }),
  yes('night_waking_second_half', {
    label: 'Woken in the second half of the night',
    question: 'Does it wake you in the second half of the night?',
    pointsTo: [],
    evidence: 'Inflammatory (NG65)',
  }),
  yes('neurogenic_claudication', {
    label: 'Neurogenic claudication',
    question: 'Do leg symptoms come on walking or standing and go when you sit or bend forward?',
    pointsTo: ['lumbar_radicular'],
    evidence: 'Lumbar spinal stenosis (LR 3.7; absent LR 0.23; Suri 2010)',
  }),
  yes('mechanical_hip_symptoms', {
    label: 'Clicking, catching or locking',
    question: 'Does the hip click, catch or lock?',
    pointsTo: ['hip_joint'],
    evidence: INTRA_ARTICULAR,
  }),
  yes('c_sign', {
    label: 'C-sign',
    question: 'Show me where it hurts. (Check: hand cupped around the side of the hip.)',
    pointsTo: ['hip_joint'],
    evidence: INTRA_ARTICULAR,
  }),
  yes('onset_trauma', {
    label: 'Onset after trauma',
    question: 'Did it start with an injury?',
    pointsTo: [],
    evidence: ONSET,
  }),
  yes('onset_insidious', {
    label: 'Gradual onset',
    question: 'Did it come on gradually, for no clear reason?',
    pointsTo: [],
    evidence: ONSET,
  }),
  yes('onset_lifting_or_bending', {
    label: 'Onset lifting or bending',
    question: 'Did it start when lifting or bending?',
    pointsTo: LUMBAR,
    evidence: ONSET,
  }),
  yes('onset_fall_on_buttock', {
    label: 'Onset after a fall on the buttock',
    question: 'Did it start after landing on your bottom?',
    pointsTo: ['piriformis'],
    evidence: ONSET,
  }),
  yes('pregnancy_or_postpartum', {
    label: 'Pregnant or postpartum',
    question: 'Are you pregnant, or have you had a baby recently?',
    pointsTo: ['sacroiliac'],
    evidence: SIJ_RISK,
  }),
  yes('previous_lumbar_fusion', {
    label: 'Previous lumbar fusion',
    question: 'Have you had a spinal fusion operation?',
    pointsTo: ['sacroiliac'],
    evidence: SIJ_RISK,
  }),
  yes('occupational_prolonged_sitting', {
    label: 'Sedentary work',
    question: 'Do you sit for most of your working day?',
    pointsTo: ['lumbar_myofascial_or_mechanical', 'lumbar_radicular'],
    evidence: LOAD,
  }),
  yes('recent_training_load_increase', {
    label: 'Recent rise in training load',
    question: 'Have you recently increased your running, marching or training?',
    pointsTo: [],
    evidence: LOAD,
  }),
  yes('family_history_spa', {
    label: 'Relative with spondyloarthritis',
    question:
      'Does a parent, brother, sister or child have ankylosing spondylitis or a similar arthritis?',
    pointsTo: [],
    evidence: SPA,
  }),
  yes('extra_articular_spa_features', {
    label: 'Psoriasis, arthritis, enthesitis, uveitis or IBD',
    question:
      'Have you had psoriasis, swollen joints, heel or tendon pain, eye inflammation, or bowel inflammation (Crohn’s, colitis)?',
    pointsTo: [],
    evidence: SPA,
  }),
  number('symptom_duration_weeks', 'weeks', {
    label: 'Duration',
    question: 'How many weeks have you had this pain?',
    pointsTo: [],
    evidence: '>12 weeks with onset <45 → NG65 screen',
  }),
];

/** §2 "Age" (a top-level field, not a history id): where age points, as the reference words it. */
export const AGE_EVIDENCE: readonly string[] = [
  'Lumbar spinal stenosis: >48 is a Cook item; >70 LR 2.0, <60 LR 0.40 (Suri 2010)',
  'Hip OA: >50 (ACR, Altman 1991)',
  'Axial spondyloarthritis: onset <45, especially <35 (NICE NG65)',
  'Fracture: >70 (Henschke 2009)',
  'Malignancy: new pain over 50 (Finucane 2020)',
];

export const HISTORY: Readonly<Record<HistoryId, HistoryFeature>> = Object.fromEntries(
  FEATURES.map((feature): [HistoryId, HistoryFeature] => [feature.id, feature]),
) as Record<HistoryId, HistoryFeature>;
