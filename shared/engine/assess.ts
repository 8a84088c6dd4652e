// assess(findings) → Assessment: pure and deterministic (no clock, no randomness), so the same exam
// always prints the same result, in the app, the letter and `hipspine assess`.
import { SOURCE_IDS, type SourceId } from '../clinical/ids';
import type { Findings } from '../findings/schema';
import { evaluateCore, type CoreResult } from './core';
import { rankNextTests, type NextTestOptions } from './nextTests';
import { adviseReferral } from './referral';
import { ruleNote } from './ruleNotes';
import { listRules } from './rules/index';
import { countText } from './rules/ruleResult';
import type { AssessedRule, AssessedSource, Assessment } from './types';
import { ENGINE_VERSION } from './version';
import { collectWarnings, suggestFlags } from './warnings';

export interface AssessOptions extends NextTestOptions {
  /** Skip the next-test ranking (faster; `next_tests` is then empty). */
  skipNextTests?: boolean;
}

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

function formatSources(core: CoreResult): AssessedSource[] {
  const list = SOURCE_IDS.map((id: SourceId): AssessedSource => {
    const source = core.sources[id];
    return {
      id,
      probability: round4(source.probability),
      prior: source.prior,
      prior_basis: source.prior_basis,
      rule_supported: core.supported[id],
      support: core.support[id],
      evidence: source.evidence,
    };
  });
  // Highest first; ties keep SOURCE_IDS order (Array.prototype.sort is stable).
  return list.sort((a, b) => core.probability[b.id] - core.probability[a.id]);
}

function formatRules(core: CoreResult): AssessedRule[] {
  const used = new Map<string, number>();
  for (const id of SOURCE_IDS) {
    for (const row of core.sources[id].evidence) used.set(row.finding, row.lr);
  }
  return listRules(core.rules).map((rule): AssessedRule => {
    const assessed: AssessedRule = {
      id: rule.id,
      met: rule.status === 'met',
      status: rule.status,
      count: rule.status === 'not_evaluated' ? '0/0' : countText(rule),
      note: ruleNote(rule),
      missing_tests: rule.missingTests,
      missing_history: rule.missingHistory,
    };
    const lr = used.get(rule.id);
    if (lr !== undefined) assessed.lr_used = lr;
    return assessed;
  });
}

export function assess(findings: Findings, options: AssessOptions = {}): Assessment {
  const core = evaluateCore(findings, options);
  const suggested = suggestFlags(findings, core);
  return {
    engine_version: ENGINE_VERSION,
    verdict: {
      primary_source: core.verdict.primary_source,
      contributing_sources: core.verdict.contributing_sources,
      urgency: core.urgency.urgency,
      referral: adviseReferral(findings, core),
      rule_supported: SOURCE_IDS.filter((id) => core.supported[id]),
    },
    sources: formatSources(core),
    rules: formatRules(core),
    red_flags: core.urgency.flags,
    suggested_red_flags: suggested,
    next_tests: options.skipNextTests === true ? [] : rankNextTests(findings, core, options),
    warnings: collectWarnings(findings, core, suggested),
  };
}
