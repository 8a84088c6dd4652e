// §3.5 myofascial / imbalance tests and the lateral-hip and hamstring differentials (group
// "other_differentials"). Gluteal and hamstring tendinopathy are not source hypotheses, so those
// tests point to no source. Figures copied from REFERENCE.md §3.5.
import { calculated, verified } from '../figures';
import type { TestDefinition } from '../types';

export const OTHER_TESTS = [
  {
    id: 'thomas_test',
    name: 'Thomas test',
    group: 'other_differentials',
    position: 'supine',
    target: 'Hip-flexor shortening (impairment)',
    pointsTo: ['lumbar_myofascial_or_mechanical'],
    procedure: [
      'Supine at the couch end; patient holds the opposite knee to the chest.',
      'Watch the test thigh.',
    ],
    positive: 'Thigh lifts off the couch',
    sided: true,
  },
  {
    id: 'hip_abductor_weakness',
    name: 'Hip abductor weakness / Trendelenburg',
    group: 'other_differentials',
    position: 'standing',
    target: 'Gluteus medius weakness or tear; abductor imbalance',
    pointsTo: ['lumbar_myofascial_or_mechanical'],
    procedure: [
      'Standing on the test leg (Trendelenburg), or a manual abduction test side-lying.',
      'Watch the pelvis on the other side.',
    ],
    positive: 'Weakness, or the opposite side of the pelvis drops',
    accuracy: {
      sensitivity: verified(0.73),
      specificity: verified(0.77),
      lrPositive: verified(3.15),
      lrNegative: verified(0.35),
      source: 'Bird 2001; Rahman 2013',
      note: 'Trendelenburg for gluteus medius tear on MRI, n=24 (Bird 2001, as tabulated by Rahman 2013).',
    },
    sided: true,
  },
  {
    id: 'myofascial_palpation_familiar_pain',
    name: 'Myofascial palpation',
    group: 'other_differentials',
    position: 'prone',
    target: 'Myofascial pain',
    pointsTo: ['lumbar_myofascial_or_mechanical'],
    procedure: [
      'Palpate the paraspinals, quadratus lumborum and gluteals (iliopsoas supine).',
      'Ask whether a spot reproduces their familiar pain.',
    ],
    positive: 'Familiar pain on palpation',
    sided: true,
  },
  {
    id: 'greater_trochanter_palpation',
    name: 'Greater trochanter palpation',
    group: 'other_differentials',
    position: 'side_lying',
    target: 'Gluteal tendinopathy (lateral-hip differential)',
    pointsTo: [],
    procedure: ['Palpate over and around the greater trochanter.'],
    positive: 'Familiar lateral hip pain',
    accuracy: {
      source: 'Grimaldi 2017',
      note: 'If absent, gluteal tendinopathy is unlikely.',
    },
    sided: true,
  },
  {
    id: 'single_leg_stance_30s',
    name: 'Single-leg stance 30 s',
    group: 'other_differentials',
    position: 'standing',
    target: 'Gluteal tendinopathy (lateral-hip differential)',
    pointsTo: [],
    procedure: [
      'Patient stands on the painful leg for 30 seconds, fingertips on a wall for balance.',
    ],
    positive: 'Lateral hip pain',
    accuracy: {
      sensitivity: verified(0.38),
      specificity: verified(1.0),
      lrPositive: calculated(Infinity),
      lrNegative: calculated(0.62),
      source: 'Grimaldi 2017',
      note: 'Rule-in only: a positive strongly predicts gluteal tendinopathy on MRI (as quoted by Physiotutors).',
      alternatives: [
        {
          label: '17 GTPS patients vs pain-free controls',
          sensitivity: verified(1.0),
          specificity: verified(0.97),
          source: 'Lequesne 2008',
        },
      ],
    },
    sided: true,
  },
  {
    id: 'modified_bent_knee_stretch',
    name: 'Modified bent-knee stretch',
    group: 'other_differentials',
    position: 'supine',
    target: 'Proximal hamstring tendinopathy',
    pointsTo: [],
    procedure: [
      'Supine; flex the hip and knee fully.',
      'Extend the knee quickly while keeping the hip flexed.',
    ],
    positive: 'Pain at the ischial tuberosity',
    accuracy: {
      sensitivity: verified(0.89),
      specificity: verified(0.91),
      lrPositive: verified(10.2),
      lrNegative: verified(0.12),
      source: 'Cacchio 2012',
    },
    sided: true,
  },
] as const satisfies readonly TestDefinition[];
