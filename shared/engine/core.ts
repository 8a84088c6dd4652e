// One pass of the reasoning: urgency, rules, probabilities, rule support and verdict. `assess`
// formats it; the next-test ranking calls it again with each hypothetical result, so it builds no
// text and stays cheap.
import type { SourceId } from '../clinical/ids';
import type { Findings } from '../findings/schema';
import { densify } from './findingsAccess';
import { sourceProbabilities, type SourceProbability } from './probabilities';
import { evaluateRules, type RuleSet } from './rules/index';
import { isSupported, supportBasis, type SupportBasis } from './ruleSupport';
import { assessUrgency, type UrgencyResult } from './urgency';
import { decideVerdict, type VerdictCore } from './verdict';

export interface CoreOptions {
  /** Configured pre-test probabilities (§5 "make them configurable"); replace the defaults. */
  priors?: Partial<Record<SourceId, number>>;
}

export interface CoreResult {
  urgency: UrgencyResult;
  rules: RuleSet;
  sources: Record<SourceId, SourceProbability>;
  probability: Record<SourceId, number>;
  /** What makes each source rule-supported (null: not supported). */
  support: Record<SourceId, SupportBasis | null>;
  supported: Record<SourceId, boolean>;
  verdict: VerdictCore;
}

export function evaluateCore(findings: Findings, options: CoreOptions = {}): CoreResult {
  return evaluateDense(densify(findings), options);
}

/** evaluateCore on findings already densified (the next-test loop densifies once). */
export function evaluateDense(findings: Findings, options: CoreOptions = {}): CoreResult {
  const urgency = assessUrgency(findings);
  const rules = evaluateRules(findings);
  const sources = sourceProbabilities(findings, rules, options.priors);
  const probability = {
    lumbar_radicular: sources.lumbar_radicular.probability,
    sacroiliac: sources.sacroiliac.probability,
    piriformis: sources.piriformis.probability,
    hip_joint: sources.hip_joint.probability,
    lumbar_myofascial_or_mechanical: sources.lumbar_myofascial_or_mechanical.probability,
  };
  const support = supportBasis(findings, rules);
  const supported = isSupported(support);
  const verdict = decideVerdict(findings, urgency.urgency, supported, probability);
  return { urgency, rules, sources, probability, support, supported, verdict };
}

/** Same verdict: primary source and the same contributing sources in the same order. */
export function sameVerdict(a: VerdictCore, b: VerdictCore): boolean {
  return (
    a.primary_source === b.primary_source &&
    a.contributing_sources.length === b.contributing_sources.length &&
    a.contributing_sources.every((source, i) => b.contributing_sources[i] === source)
  );
}
