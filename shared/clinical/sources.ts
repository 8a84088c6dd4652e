// The source hypotheses (REFERENCE.md §1) with their default pre-test probabilities and the §5
// adjustments as data. Priors are expert-judgement anchors, not study results: configurable.
import type { Findings } from '../findings/schema';
import type { BooleanHistoryId, SourceId, TestId } from './ids';
import type { SourceDefinition } from './types';

export const SOURCES: Readonly<Record<SourceId, SourceDefinition>> = {
  lumbar_radicular: {
    id: 'lumbar_radicular',
    name: 'Lumbar radicular',
    shortName: 'Lumbar rad.',
    meaning:
      'Root pain or radiculopathy: disc herniation, foraminal or lateral-recess stenosis, central stenosis with neurogenic claudication',
    prior: 0.2,
    priorAnchor:
      '74% of GP patients with back-related leg pain were judged sciatic (Konstantinou 2015)',
  },
  sacroiliac: {
    id: 'sacroiliac',
    name: 'Sacroiliac joint',
    shortName: 'SIJ',
    meaning:
      'Mechanical sacroiliac joint / pelvic-girdle pain (inflammatory sacroiliitis is the red flag rf_inflammatory_back_pain)',
    prior: 0.15,
    priorAnchor:
      '10–25% (Simopoulos 2012); 30% single-block (Schwarzer 1995); 23% double-block (Laslett 2003); referred samples',
  },
  piriformis: {
    id: 'piriformis',
    name: 'Piriformis / deep gluteal',
    shortName: 'Piriformis',
    meaning:
      'Deep gluteal syndrome: non-discogenic sciatic-nerve entrapment in the subgluteal space',
    prior: 0.05,
    priorAnchor: 'Reported 5–36%, unreliable (Boyajian-O’Neill 2008); unknown (Hopayian 2018)',
  },
  hip_joint: {
    id: 'hip_joint',
    name: 'Hip joint',
    shortName: 'Hip joint',
    meaning: 'Intra-articular hip: osteoarthritis, FAI syndrome, labral tear',
    prior: 0.2,
    priorAnchor:
      'Hip OA in 10–25% of over-55s (as cited by Sutlive 2008); 22% of GP hip-pain patients developed clinically relevant OA (CHECK cohort 2021)',
  },
  lumbar_myofascial_or_mechanical: {
    id: 'lumbar_myofascial_or_mechanical',
    name: 'Lumbar myofascial / mechanical',
    shortName: 'Lumbar mech.',
    meaning:
      'Somatic, non-radicular lumbopelvic pain: discogenic referred, facet, myofascial, muscle imbalance (psoas, deep gluteals, abductors)',
    prior: 0.35,
    priorAnchor: 'Most low back pain is non-specific',
  },
};

/** §5 "serious pathology" row: not a source hypothesis; red flags (§6, §9.2) decide urgency. */
export const SERIOUS_PATHOLOGY_PRIOR = {
  prior: 0.01,
  anchor: '0.9% (Henschke 2009); CES 0.08% of primary-care LBP (Hoeritzauer 2020)',
} as const;

/** A condition on the exam that the engine can evaluate without interpretation. */
export type PriorCondition =
  | { kind: 'history_present'; id: BooleanHistoryId }
  | { kind: 'test_positive'; id: TestId }
  | { kind: 'age_at_least'; years: number }
  | { kind: 'age_below'; years: number }
  | { kind: 'all'; of: readonly PriorCondition[] }
  | { kind: 'any'; of: readonly PriorCondition[] };

export interface PriorAdjustment {
  source: SourceId;
  /** The prior to use instead of the default when `condition` holds. */
  prior: number;
  /** §5 "adjust" column, in words. */
  when: string;
  condition: PriorCondition;
}

/**
 * §5 "adjust" column. When more than one row of a source holds, which wins is the engine's
 * choice (the reference does not say); rows are listed in the reference's order.
 */
export const PRIOR_ADJUSTMENTS: readonly PriorAdjustment[] = [
  {
    source: 'lumbar_radicular',
    prior: 0.4,
    when: 'Pain radiates below the knee',
    condition: { kind: 'history_present', id: 'loc_below_knee' },
  },
  {
    source: 'lumbar_radicular',
    prior: 0.25,
    when: 'Age 60 or over with neurogenic claudication',
    condition: {
      kind: 'all',
      of: [
        { kind: 'age_at_least', years: 60 },
        { kind: 'history_present', id: 'neurogenic_claudication' },
      ],
    },
  },
  {
    source: 'hip_joint',
    prior: 0.3,
    when: 'Age 55 or over',
    condition: { kind: 'age_at_least', years: 55 },
  },
  {
    source: 'hip_joint',
    prior: 0.1,
    when: 'Age under 40',
    condition: { kind: 'age_below', years: 40 },
  },
  {
    source: 'sacroiliac',
    prior: 0.2,
    when: 'Pain maximal below L5 (at or near the PSIS), pregnancy or postpartum, or after lumbar fusion',
    condition: {
      kind: 'any',
      of: [
        { kind: 'history_present', id: 'loc_sij_region' },
        { kind: 'history_present', id: 'pregnancy_or_postpartum' },
        { kind: 'history_present', id: 'previous_lumbar_fusion' },
      ],
    },
  },
  {
    source: 'piriformis',
    prior: 0.1,
    when: 'Sitting pain with tenderness at the sciatic notch',
    // "Sitting pain" (§5): pain on prolonged sitting or on sitting on that buttock — both are the
    // sitting intolerance described in deep gluteal syndrome (Hopayian 2010).
    condition: {
      kind: 'all',
      of: [
        {
          kind: 'any',
          of: [
            { kind: 'history_present', id: 'agg_prolonged_sitting' },
            { kind: 'history_present', id: 'agg_sitting_on_affected_buttock' },
          ],
        },
        { kind: 'test_positive', id: 'sciatic_notch_tenderness' },
      ],
    },
  },
];

/** Evaluates a condition; unknown history and tests not done never count as present (§9.1). */
export function priorConditionHolds(condition: PriorCondition, findings: Findings): boolean {
  switch (condition.kind) {
    case 'history_present':
      return findings.history[condition.id] === true;
    case 'test_positive':
      return findings.tests[condition.id]?.result === 'positive';
    case 'age_at_least':
      return findings.age >= condition.years;
    case 'age_below':
      return findings.age < condition.years;
    case 'all':
      return condition.of.every((part) => priorConditionHolds(part, findings));
    case 'any':
      return condition.of.some((part) => priorConditionHolds(part, findings));
  }
}
