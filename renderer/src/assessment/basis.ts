// "72% — Sutlive 4/5, LR+ 24.3": every probability is printed with its basis, so no number appears
// without a reason. A source resting on its prior says so; one that moved names the finding that
// moved it most, its LR and the publication; a rule-supported one (✓) names the rule or the stated
// combination that supports it.
import { RULES, type RuleId, type SourceId } from '../../../shared/clinical';
import { formatLr } from '../ui/format';
import { findingName, ruleName } from './labels';
import type { AssessedRule, AssessedSource, EvidenceRow } from './types';

/** "Sutlive 4/5" for a rule (first author and count), the test's name otherwise. */
export function evidenceLabel(row: EvidenceRow, rules: readonly AssessedRule[]): string {
  const rule = RULES[row.finding as RuleId];
  if (rule) {
    const author = rule.source.split(/[\s;,]/)[0] ?? rule.name;
    const count = rules.find((r) => r.id === row.finding)?.count;
    return count ? `${author} ${count}` : author;
  }
  const reading = row.reading === 'negative' ? ' negative' : row.reading === 'positive' ? ' +' : '';
  return `${findingName(row.finding)}${reading}`;
}

export function lrText(row: EvidenceRow): string {
  const sign = row.lr_raw >= 1 ? 'LR+' : 'LR−';
  const clipped = row.lr !== row.lr_raw ? ` (used ${formatLr(row.lr)})` : '';
  return `${sign} ${formatLr(row.lr_raw)}${clipped}`;
}

/** The strongest evidence row, by how far its LR moves the odds. */
export function strongestEvidence(source: AssessedSource): EvidenceRow | undefined {
  let best: EvidenceRow | undefined;
  for (const row of source.evidence) {
    if (!best || Math.abs(Math.log(row.lr)) > Math.abs(Math.log(best.lr))) best = row;
  }
  return best;
}

/**
 * The rules that make a source rule-supported, and the stated combinations for the others, as the
 * engine reads them (REFERENCE.md §9.5 step 2; shared/engine/ruleSupport.ts).
 */
const SUPPORTING_RULES: Record<SourceId, readonly RuleId[]> = {
  lumbar_radicular: ['cpr_cook_lss'],
  sacroiliac: ['cpr_laslett_sij_2of4', 'cpr_laslett_sij_3of6'],
  hip_joint: ['cpr_sutlive_hip_oa', 'cpr_altman_acr_hip_oa'],
  piriformis: ['cpr_martin_deep_gluteal'],
  lumbar_myofascial_or_mechanical: [],
};
const SUPPORTING_COMBINATION: Partial<Record<SourceId, string>> = {
  lumbar_radicular: 'neural-tension test with a radicular sign',
  hip_joint: 'groin pain with 2+ positive hip tests',
  lumbar_myofascial_or_mechanical: 'centralisation on repeated movements',
};

/** The met rule behind a rule-supported source, if a rule (not a combination) supports it. */
export function supportingRule(
  source: AssessedSource,
  rules: readonly AssessedRule[],
): AssessedRule | undefined {
  if (!source.rule_supported) return undefined;
  return SUPPORTING_RULES[source.id]
    .map((id) => rules.find((rule) => rule.id === id))
    .find((rule) => rule?.status === 'met');
}

/** "Sutlive hip OA rule 5/5 met", or the combination in words; null when not rule-supported. */
export function supportText(source: AssessedSource, rules: readonly AssessedRule[]): string | null {
  if (!source.rule_supported) return null;
  const rule = supportingRule(source, rules);
  if (rule) return `${ruleName(rule.id)} ${rule.count} met`;
  return SUPPORTING_COMBINATION[source.id] ?? 'a rule';
}

/** One evidence row as the basis line prints it: finding or rule, LR as published, source. */
function rowBasis(row: EvidenceRow, rules: readonly AssessedRule[]): string {
  const rule = RULES[row.finding as RuleId];
  const count = rule ? rules.find((r) => r.id === row.finding)?.count : undefined;
  const label = rule ? `${rule.name}${count ? ` ${count}` : ''}` : evidenceLabel(row, rules);
  const lr = lrText(row).replace(/ \(used [^)]*\)/, '');
  return `${label}, ${lr} · ${row.source}`;
}

export function basisText(source: AssessedSource, rules: readonly AssessedRule[]): string {
  const row = strongestEvidence(source);
  const prior = `prior only (${Math.round(source.prior * 100)}%)`;
  const support = supportText(source, rules);
  if (!row) return support ? `✓ ${support}; ${prior}` : prior;
  const moved = rowBasis(row, rules);
  if (!support) return moved;
  // The supporting rule is usually the row that moved it most: name it once.
  if (supportingRule(source, rules)?.id === row.finding) return `✓ ${moved}`;
  return `✓ ${support}; ${moved}`;
}
