// "72% — Sutlive 4/5, LR+ 24.3": every probability is printed with the finding that moved it most.
import { RULES, type RuleId } from '../../../shared/clinical';
import { formatLr } from '../ui/format';
import { findingName } from './labels';
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

export function basisText(source: AssessedSource, rules: readonly AssessedRule[]): string {
  const row = strongestEvidence(source);
  if (!row) return `prior only (${Math.round(source.prior * 100)}%)`;
  return `${evidenceLabel(row, rules)}, ${lrText(row).replace(/ \(used [^)]*\)/, '')}`;
}
