// Urgency from the listed red flags, exactly as REFERENCE.md §9.2 settles it: the highest level any
// listed flag gives, with the combinations that raise a flag (CES sexual dysfunction with another
// CES flag; a severe deficit that is bilateral or multi-level; cancer with neurological signs; night
// pain with any other flag; two or more modifiers together).
import { ROOT_LEVELS, type RedFlagId, type RootLevel, type Urgency } from '../clinical/ids';
import type { Findings } from '../findings/schema';
import { testFinding } from './findingsAccess';

export const NEURO_DEFICIT_TESTS = [
  'neuro_myotome_deficit',
  'neuro_dermatome_deficit',
  'neuro_reflex_deficit',
] as const;

const ALWAYS_EMERGENCY: ReadonlySet<RedFlagId> = new Set<RedFlagId>([
  'rf_ces_urinary',
  'rf_ces_saddle_anaesthesia',
  'rf_ces_bowel',
  'rf_bilateral_sciatica',
  'rf_major_trauma',
  'rf_unable_to_weight_bear',
  'rf_fever_systemic_illness',
  'rf_hot_irritable_hip',
  'rf_aaa_features',
]);

const ALWAYS_URGENT: ReadonlySet<RedFlagId> = new Set<RedFlagId>([
  'rf_minor_trauma_osteoporosis',
  'rf_unexplained_weight_loss',
  'rf_stress_fracture_features',
  'rf_vascular_claudication',
]);

export const MODIFIER_FLAGS: ReadonlySet<RedFlagId> = new Set<RedFlagId>([
  'rf_age_over_70',
  'rf_age_over_50_new_onset',
  'rf_prolonged_corticosteroids',
  'rf_immunosuppression_or_ivdu',
  'rf_recent_infection_or_invasive_procedure',
]);

/** The CES flags that make sexual dysfunction an emergency (§9.2). */
const OTHER_CES_FLAGS: readonly RedFlagId[] = [
  'rf_ces_urinary',
  'rf_ces_saddle_anaesthesia',
  'rf_ces_bowel',
  'rf_bilateral_sciatica',
];

export const CES_FLAGS: ReadonlySet<RedFlagId> = new Set<RedFlagId>([
  ...OTHER_CES_FLAGS,
  'rf_ces_sexual_dysfunction',
]);

export const URGENCY_RANK: Readonly<Record<Urgency, number>> = {
  none: 0,
  routine: 1,
  urgent: 2,
  emergency: 3,
};

export interface FlagUrgency {
  id: RedFlagId;
  urgency: Urgency;
  reason: string;
}

export interface UrgencyResult {
  urgency: Urgency;
  flags: FlagUrgency[];
}

/** Neuro-deficit findings that make a severe deficit an emergency: bilateral or ≥2 levels. */
export function neuroDeficitSpread(findings: Findings): {
  anyPositive: boolean;
  bilateral: boolean;
  levels: number;
} {
  let anyPositive = false;
  let bilateral = false;
  const levels = new Set<RootLevel>();
  for (const id of NEURO_DEFICIT_TESTS) {
    const finding = testFinding(findings, id);
    if (finding?.result !== 'positive') continue;
    anyPositive = true;
    if (finding.side === 'bilateral') bilateral = true;
    if (finding.level !== undefined) levels.add(finding.level);
  }
  return { anyPositive, bilateral, levels: levels.size };
}

function flagUrgency(
  id: RedFlagId,
  listed: ReadonlySet<RedFlagId>,
  findings: Findings,
  modifiersAlone: boolean,
): FlagUrgency {
  if (ALWAYS_EMERGENCY.has(id)) return { id, urgency: 'emergency', reason: 'emergency flag' };
  if (ALWAYS_URGENT.has(id)) return { id, urgency: 'urgent', reason: 'urgent flag' };
  switch (id) {
    case 'rf_ces_sexual_dysfunction':
      return OTHER_CES_FLAGS.some((other) => listed.has(other))
        ? { id, urgency: 'emergency', reason: 'with another cauda equina flag' }
        : {
            id,
            urgency: 'urgent',
            reason: 'alone: same-day discussion (CES unlikely alone, GIRFT)',
          };
    case 'rf_severe_progressive_neuro_deficit': {
      const spread = neuroDeficitSpread(findings);
      if (listed.has('rf_bilateral_sciatica')) {
        return { id, urgency: 'emergency', reason: 'with bilateral sciatica' };
      }
      if (spread.bilateral) {
        return {
          id,
          urgency: 'emergency',
          reason: 'a neuro-deficit test is positive on both sides',
        };
      }
      if (spread.levels >= 2) {
        return { id, urgency: 'emergency', reason: 'deficits recorded at 2 or more levels' };
      }
      return { id, urgency: 'urgent', reason: 'single side and level: urgent same-day opinion' };
    }
    case 'rf_history_of_cancer':
      if (neuroDeficitSpread(findings).anyPositive) {
        return { id, urgency: 'emergency', reason: 'with a positive neuro-deficit test' };
      }
      if (listed.has('rf_severe_progressive_neuro_deficit')) {
        return { id, urgency: 'emergency', reason: 'with a severe or progressive neuro deficit' };
      }
      return { id, urgency: 'urgent', reason: 'seen within days (NICE CKS)' };
    case 'rf_night_pain_unremitting':
      return listed.size > 1
        ? { id, urgency: 'urgent', reason: 'with another listed flag' }
        : { id, urgency: 'routine', reason: 'alone: routine review' };
    case 'rf_inflammatory_back_pain':
      return { id, urgency: 'routine', reason: 'routine rheumatology referral (NICE NG65)' };
    default:
      // A modifier (§9.2): nothing alone; two or more with no other flag → routine review.
      return modifiersAlone
        ? {
            id,
            urgency: 'routine',
            reason: 'two or more modifiers together: review and safety-net',
          }
        : { id, urgency: 'none', reason: 'modifier: raises concern only with other flags' };
  }
}

export function assessUrgency(findings: Findings): UrgencyResult {
  const listed = new Set<RedFlagId>(findings.red_flags ?? []);
  let modifiers = 0;
  for (const id of listed) if (MODIFIER_FLAGS.has(id)) modifiers += 1;
  const modifiersAlone = modifiers >= 2 && modifiers === listed.size;
  const flags: FlagUrgency[] = [];
  let urgency: Urgency = 'none';
  for (const id of findings.red_flags ?? []) {
    const result = flagUrgency(id, listed, findings, modifiersAlone);
    flags.push(result);
    if (URGENCY_RANK[result.urgency] > URGENCY_RANK[urgency]) urgency = result.urgency;
  }
  return { urgency, flags };
}

/** A level not yet recorded as a deficit, to simulate a new one (next-test ranking). */
export function unrecordedLevel(findings: Findings): RootLevel {
  const recorded = new Set<RootLevel>();
  for (const id of NEURO_DEFICIT_TESTS) {
    const level = testFinding(findings, id)?.level;
    if (level !== undefined) recorded.add(level);
  }
  return ROOT_LEVELS.find((level) => !recorded.has(level)) ?? 'L5';
}
