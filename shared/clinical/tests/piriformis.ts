// §3.4 piriformis / deep gluteal tests (group "piriformis_stretch"). Figures copied from
// REFERENCE.md §3.4. The SLR's figures for deep gluteal entrapment sit in the SLR's alternatives.
import { verified } from '../figures';
import type { TestDefinition } from '../types';

const SLR_NOTE =
  'The SLR is insensitive for deep gluteal entrapment (Sn 0.15, Sp 0.95, LR+ 3.20, LR− 0.90; Martin 2014): a negative SLR does not argue against piriformis.';

export const PIRIFORMIS_TESTS = [
  {
    id: 'seated_piriformis_stretch',
    name: 'Seated piriformis stretch',
    group: 'piriformis_stretch',
    position: 'sitting',
    target: 'Deep gluteal (sciatic nerve) entrapment',
    pointsTo: ['piriformis'],
    procedure: [
      'Sitting, hip at 90°; extend the knee.',
      'Move the leg into adduction and internal rotation.',
      'Palpate just lateral to the ischium and above the notch as you do.',
    ],
    positive: 'Familiar deep gluteal pain',
    accuracy: {
      sensitivity: verified(0.52),
      specificity: verified(0.9),
      lrPositive: verified(5.22),
      lrNegative: verified(0.53),
      source: 'Martin 2014',
      note: `n=33, endoscopy. ${SLR_NOTE}`,
    },
    sided: true,
  },
  {
    id: 'active_piriformis',
    name: 'Active piriformis test',
    group: 'piriformis_stretch',
    position: 'side_lying',
    target: 'Deep gluteal (sciatic nerve) entrapment',
    pointsTo: ['piriformis'],
    procedure: [
      'Side-lying, symptomatic side up, heels together.',
      'Patient presses the heel down and lifts the knee (abduction + external rotation) against you.',
      'Palpate the piriformis during the effort.',
    ],
    positive: 'Familiar pain',
    accuracy: {
      sensitivity: verified(0.78),
      specificity: verified(0.8),
      lrPositive: verified(3.9),
      lrNegative: verified(0.27),
      source: 'Martin 2014',
      note: `n=33, endoscopy. ${SLR_NOTE}`,
    },
    sided: true,
  },
  {
    id: 'fair',
    name: 'FAIR',
    group: 'piriformis_stretch',
    position: 'side_lying',
    target: 'Piriformis syndrome',
    pointsTo: ['piriformis'],
    procedure: [
      'Side-lying, test side up; hip flexed about 60°, knee bent.',
      'Bring the knee down into adduction with internal rotation and hold.',
    ],
    positive: 'Buttock pain, with or without sciatic pain',
    accuracy: {
      sensitivity: verified(0.88),
      specificity: verified(0.83),
      lrPositive: verified(5.2),
      lrNegative: verified(0.14),
      source: 'Fishman 2002',
      note: 'Electrodiagnostic version (H-reflex delay ≥3 SD), not pain alone: the figures do not apply to a pain-only FAIR.',
    },
    sided: true,
  },
  {
    id: 'pace',
    name: 'Pace',
    group: 'piriformis_stretch',
    position: 'sitting',
    target: 'Piriformis syndrome',
    pointsTo: ['piriformis'],
    procedure: [
      'Sitting; hands on the outside of both knees.',
      'Patient pushes the knees apart against you.',
    ],
    positive: 'Buttock pain',
    accuracy: { source: 'Hopayian 2010; Hopayian 2018', note: 'No accuracy study.' },
    sided: true,
  },
  {
    id: 'freiberg',
    name: 'Freiberg',
    group: 'piriformis_stretch',
    position: 'supine',
    target: 'Piriformis syndrome',
    pointsTo: ['piriformis'],
    procedure: ['Supine, leg straight; force the hip into internal rotation.'],
    positive: 'Buttock pain',
    sided: true,
  },
  {
    id: 'beatty',
    name: 'Beatty',
    group: 'piriformis_stretch',
    position: 'side_lying',
    target: 'Piriformis syndrome',
    pointsTo: ['piriformis'],
    procedure: [
      'Side-lying, painful side up; hip flexed, knee resting on the couch.',
      'Patient lifts the knee a few centimetres and holds.',
    ],
    positive: 'Deep buttock pain',
    accuracy: { source: 'Beatty 1994', note: 'Three case reports; no accuracy study.' },
    sided: true,
  },
  {
    id: 'sciatic_notch_tenderness',
    name: 'Sciatic notch tenderness',
    group: 'piriformis_stretch',
    position: 'side_lying',
    target: 'Deep gluteal (sciatic nerve) entrapment',
    pointsTo: ['piriformis'],
    procedure: ['Press deeply over the greater sciatic notch.', 'Compare with the other side.'],
    positive: 'Familiar pain',
    accuracy: {
      source: 'Hopayian 2010; Hopayian 2018',
      note: 'A cardinal feature of piriformis syndrome; no accuracy study.',
    },
    sided: true,
  },
] as const satisfies readonly TestDefinition[];
