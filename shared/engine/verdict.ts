// The verdict, exactly as REFERENCE.md §9.5 settles it:
// 1. an emergency or urgent flag, or rf_inflammatory_back_pain, makes it `red_flag` (contributing =
//    what steps 2–4 would conclude);
// 2–3. two or more rule-supported sources at ≥0.5 → `mixed` (highest first); otherwise the
//    rule-supported source with the highest probability (a met rule outranks a prior);
// 4. none rule-supported: ≥4 tests done across ≥2 groups → lumbar_myofascial_or_mechanical, else
//    `undetermined`.
import {
  SOURCE_IDS,
  TESTS,
  type SourceId,
  type TestGroup,
  type TestId,
  type Urgency,
  type VerdictSource,
} from '../clinical/index';
import type { Findings } from '../findings/schema';
import { flagListed, isDone } from './findingsAccess';

export const MIXED_MIN_PROBABILITY = 0.5;
export const NONSPECIFIC_MIN_TESTS = 4;
export const NONSPECIFIC_MIN_GROUPS = 2;

export interface VerdictCore {
  primary_source: VerdictSource;
  contributing_sources: SourceId[];
}

/** Sources by probability, highest first; ties in SOURCE_IDS order (deterministic). */
export function byProbability(
  sources: readonly SourceId[],
  p: Record<SourceId, number>,
): SourceId[] {
  return [...sources].sort((a, b) => p[b] - p[a] || SOURCE_IDS.indexOf(a) - SOURCE_IDS.indexOf(b));
}

export function testsDone(findings: Findings): { count: number; groups: number } {
  let count = 0;
  const groups = new Set<TestGroup>();
  for (const id of Object.keys(findings.tests) as TestId[]) {
    if (!isDone(findings, id)) continue;
    count += 1;
    groups.add(TESTS[id].group);
  }
  return { count, groups: groups.size };
}

/** Steps 2–4: the musculoskeletal conclusion. */
export function musculoskeletalVerdict(
  findings: Findings,
  supported: Record<SourceId, boolean>,
  p: Record<SourceId, number>,
): VerdictCore {
  const ranked = byProbability(
    SOURCE_IDS.filter((source) => supported[source]),
    p,
  );
  const strong = ranked.filter((source) => p[source] >= MIXED_MIN_PROBABILITY);
  if (strong.length >= 2) return { primary_source: 'mixed', contributing_sources: strong };
  const top = ranked[0];
  if (top !== undefined) return { primary_source: top, contributing_sources: [top] };
  const done = testsDone(findings);
  if (done.count >= NONSPECIFIC_MIN_TESTS && done.groups >= NONSPECIFIC_MIN_GROUPS) {
    return {
      primary_source: 'lumbar_myofascial_or_mechanical',
      contributing_sources: ['lumbar_myofascial_or_mechanical'],
    };
  }
  return { primary_source: 'undetermined', contributing_sources: [] };
}

export function decideVerdict(
  findings: Findings,
  urgency: Urgency,
  supported: Record<SourceId, boolean>,
  p: Record<SourceId, number>,
): VerdictCore {
  const msk = musculoskeletalVerdict(findings, supported, p);
  const redFlag =
    urgency === 'emergency' ||
    urgency === 'urgent' ||
    flagListed(findings, 'rf_inflammatory_back_pain');
  if (!redFlag) return msk;
  // Contributing = what steps 2–4 concluded: the mixed sources, the single source, or none.
  return { primary_source: 'red_flag', contributing_sources: msk.contributing_sources };
}
