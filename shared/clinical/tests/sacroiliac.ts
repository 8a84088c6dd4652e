// §3.3 sacroiliac tests (group "si_stress"): the Laslett provocation set plus FABER read for the
// SIJ. Familiar pain is required for a positive. Figures copied from REFERENCE.md §3.3.
import { calculated, verified } from '../figures';
import type { TestDefinition } from '../types';

const LASLETT_NOTE = 'n=48, reference: SIJ block. One of the Laslett provocation set.';

export const SACROILIAC_TESTS = [
  {
    id: 'sij_distraction',
    name: 'SIJ distraction',
    group: 'si_stress',
    position: 'supine',
    target: 'Sacroiliac joint',
    pointsTo: ['sacroiliac'],
    procedure: [
      'Supine; cross your forearms and place the heels of your hands on both ASIS.',
      'Press down and outward (posterolaterally), sustain, then repeat firmly.',
      'Record the side where familiar pain is reproduced.',
    ],
    positive: 'Familiar pain',
    accuracy: {
      sensitivity: verified(0.6),
      specificity: verified(0.81),
      lrPositive: calculated(3.2),
      lrNegative: calculated(0.49),
      source: 'Laslett 2005',
      note: LASLETT_NOTE,
    },
    // Both ilia are loaded at once, but the side of the reproduced pain is what the record keeps.
    sided: true,
  },
  {
    id: 'sij_thigh_thrust',
    name: 'Thigh thrust',
    group: 'si_stress',
    position: 'supine',
    target: 'Sacroiliac joint',
    pointsTo: ['sacroiliac'],
    procedure: [
      'Supine; flex the hip on the test side to 90°, knee bent.',
      'Hand under the sacrum; push along the femur toward the couch.',
    ],
    positive: 'Familiar pain',
    accuracy: {
      sensitivity: verified(0.88),
      specificity: verified(0.69),
      lrPositive: calculated(2.8),
      lrNegative: calculated(0.17),
      source: 'Laslett 2005',
      note: LASLETT_NOTE,
    },
    sided: true,
  },
  {
    id: 'sij_compression',
    name: 'SIJ compression',
    group: 'si_stress',
    position: 'side_lying',
    target: 'Sacroiliac joint',
    pointsTo: ['sacroiliac'],
    procedure: [
      'Side-lying, painful side up, hips and knees bent.',
      'Press straight down on the iliac crest toward the couch.',
    ],
    positive: 'Familiar pain',
    accuracy: {
      sensitivity: verified(0.69),
      specificity: verified(0.69),
      lrPositive: calculated(2.2),
      lrNegative: calculated(0.45),
      source: 'Laslett 2005',
      note: LASLETT_NOTE,
    },
    sided: true,
  },
  {
    id: 'sij_sacral_thrust',
    name: 'Sacral thrust',
    group: 'si_stress',
    position: 'prone',
    target: 'Sacroiliac joint',
    pointsTo: ['sacroiliac'],
    procedure: [
      'Prone; heel of the hand on the middle of the sacrum.',
      'Press straight down (posterior to anterior) firmly.',
      'Record the side where familiar pain is reproduced.',
    ],
    positive: 'Familiar pain',
    accuracy: {
      sensitivity: verified(0.63),
      specificity: verified(0.75),
      lrPositive: calculated(2.5),
      lrNegative: calculated(0.49),
      source: 'Laslett 2005',
      note: LASLETT_NOTE,
    },
    // Midline pressure, but SIJ pain is usually one-sided and the side reproduced is recorded.
    sided: true,
  },
  {
    id: 'gaenslen',
    name: 'Gaenslen',
    group: 'si_stress',
    position: 'supine',
    target: 'Sacroiliac joint',
    pointsTo: ['sacroiliac'],
    procedure: [
      'Supine at the couch edge; patient hugs one knee fully to the chest.',
      'Let the other leg drop off the edge into extension; add overpressure.',
      'Repeat the other way round. Both sides positive = record "bilateral".',
    ],
    positive: 'Familiar pain (both sides positive counts as 2 of the 6 Laslett tests)',
    accuracy: {
      sensitivity: verified(0.53),
      specificity: verified(0.71),
      lrPositive: calculated(1.8),
      lrNegative: calculated(0.66),
      source: 'Laslett 2005',
      note: LASLETT_NOTE,
    },
    sided: true,
  },
  {
    id: 'faber_posterior',
    name: 'FABER (buttock / SIJ)',
    group: 'si_stress',
    position: 'supine',
    target: 'Sacroiliac joint',
    pointsTo: ['sacroiliac'],
    procedure: [
      'The FABER figure-4 position, read for pain at the back.',
      'Note buttock or SIJ-region pain (groin is faber_groin).',
    ],
    positive: 'Familiar buttock or SIJ pain',
    accuracy: {
      sensitivity: verified(0.69),
      specificity: verified(0.16),
      lrPositive: calculated(0.8),
      lrNegative: calculated(1.9),
      source: 'Dreyfuss 1996',
      note: 'Uninformative alone. Counts in the van der Wurff cluster.',
    },
    sided: true,
  },
] as const satisfies readonly TestDefinition[];
