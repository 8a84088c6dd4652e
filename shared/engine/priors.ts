// Pre-test probabilities (REFERENCE.md §5): the catalogue's defaults, raised or lowered by its
// adjustments. When two adjustments of one source hold (radicular: below the knee 0.40 and ≥60 with
// claudication 0.25) the engine takes the higher — the reference does not say; see the docs.
import { PRIOR_ADJUSTMENTS, SOURCES, priorConditionHolds, type SourceId } from '../clinical/index';
import type { Findings } from '../findings/schema';

export interface Prior {
  value: number;
  /** The adjustment applied, in words, or "default" / "configured". */
  basis: string;
}

export function priorFor(
  source: SourceId,
  findings: Findings,
  configured?: Partial<Record<SourceId, number>>,
): Prior {
  const override = configured?.[source];
  // A configured 0 or 1 would make the odds 0 or ∞ and freeze the source: keep it inside (0, 1).
  if (override !== undefined) {
    return { value: Math.min(0.999, Math.max(0.001, override)), basis: 'configured' };
  }
  let prior: Prior = { value: SOURCES[source].prior, basis: 'default' };
  for (const adjustment of PRIOR_ADJUSTMENTS) {
    if (adjustment.source !== source || !priorConditionHolds(adjustment.condition, findings)) {
      continue;
    }
    if (prior.basis === 'default' || adjustment.prior > prior.value) {
      prior = { value: adjustment.prior, basis: adjustment.when };
    }
  }
  return prior;
}
