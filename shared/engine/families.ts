// Test families (REFERENCE.md §5.3, §9.4): tests loading the same structure are correlated, so each
// family gives one LR per source — its cluster LR when the rule is met or fully negative, otherwise
// the single most extreme LR among its tests done. Which single tests belong to which family is the
// engine's choice (docs/clinical-engine.md "Families"); tests in no family move no probability.
import type { SourceId, TestId } from '../clinical/ids';

export type FamilyId =
  | 'sij_provocation'
  | 'hip_intra_articular'
  | 'neural_tension'
  | 'neuro_deficit'
  | 'stenosis'
  | 'deep_gluteal'
  | 'centralisation';

export interface FamilyDefinition {
  id: FamilyId;
  source: SourceId;
  label: string;
  /** Single tests read when the family's rule gives no LR. */
  tests: readonly TestId[];
}

export const FAMILIES: readonly FamilyDefinition[] = [
  {
    id: 'sij_provocation',
    source: 'sacroiliac',
    label: 'SIJ provocation (Laslett)',
    // faber_posterior is left out: LR+ 0.8 / LR− 1.9 (Dreyfuss 1996) is "uninformative alone" and
    // points the wrong way; it counts only inside van der Wurff, which is shown, not chained.
    tests: [
      'sij_distraction',
      'sij_thigh_thrust',
      'sij_compression',
      'sij_sacral_thrust',
      'gaenslen',
    ],
  },
  {
    id: 'hip_intra_articular',
    source: 'hip_joint',
    label: 'Intra-articular hip',
    // patellar_pubic_percussion targets fracture, not the hip_joint source (OA / FAI / labrum).
    tests: ['fadir', 'faber_groin', 'hip_scour', 'log_roll', 'stinchfield', 'hip_ir_rom'],
  },
  {
    id: 'neural_tension',
    source: 'lumbar_radicular',
    label: 'Neural tension',
    tests: ['slr', 'crossed_slr', 'slump', 'femoral_nerve_stretch'],
  },
  {
    id: 'neuro_deficit',
    source: 'lumbar_radicular',
    label: 'Neurological deficit',
    tests: ['neuro_myotome_deficit', 'neuro_dermatome_deficit', 'neuro_reflex_deficit'],
  },
  {
    id: 'stenosis',
    source: 'lumbar_radicular',
    label: 'Stenosis (Cook)',
    // Suri 2010 / Katz 1995 signs of lumbar stenosis, read only when Cook gives no LR.
    tests: ['wide_based_gait', 'romberg_abnormal', 'lumbar_extension_provocation'],
  },
  {
    id: 'deep_gluteal',
    source: 'piriformis',
    label: 'Deep gluteal (Martin)',
    // FAIR is read only when neither Martin test was done (§9.4).
    tests: ['active_piriformis', 'seated_piriformis_stretch', 'fair'],
  },
  {
    id: 'centralisation',
    source: 'lumbar_myofascial_or_mechanical',
    label: 'Centralisation',
    tests: ['repeated_movement_centralisation'],
  },
];

/** The source a test's result moves (the target for next-test ranking), if any. */
export const TEST_TARGET: Partial<Record<TestId, SourceId>> = Object.fromEntries(
  FAMILIES.flatMap((family) => family.tests.map((test) => [test, family.source])),
);
