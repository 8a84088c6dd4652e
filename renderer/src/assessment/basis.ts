// "72% — Sutlive 4/5, LR+ 24.3": every probability is printed with its basis, so no number appears
// without a reason. A source resting on its prior says so; one that moved names the finding that
// moved it most, its LR and the publication; a rule-supported one (✓) names the rule or the stated
// combination that supports it, as the engine reports it (`source.support`).
import { RULES, type RuleId } from '../../../shared/clinical';
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

/** The met rule behind a rule-supported source, when a rule (not a combination) supports it. */
export function supportingRule(
  source: AssessedSource,
  rules: readonly AssessedRule[],
): AssessedRule | undefined {
  const support = source.support;
  if (support?.kind !== 'rule') return undefined;
  return rules.find((rule) => rule.id === support.rule);
}

/** "Sutlive hip OA rule 5/5 met", or the combination in words; null when not rule-supported. */
export function supportText(source: AssessedSource, rules: readonly AssessedRule[]): string | null {
  const support = source.support;
  if (support === null) return null;
  if (support.kind === 'combination') return support.text;
  const rule = supportingRule(source, rules);
  return `${ruleName(support.rule)}${rule ? ` ${rule.count}` : ''} met`;
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
