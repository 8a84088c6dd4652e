// The examination table (test, left, right) and the clusters with their counts. The findings format
// records one side per test: the side where familiar symptoms were reproduced, or the side tested
// for a negative test; `bilateral` fills both columns and an unsided test spans them.
import { RULES, TESTS } from '../../../shared/clinical';
import { RULE_IDS, TEST_IDS, type RuleId } from '../../../shared/clinical/ids';
import type { EncounterExport } from '../../../shared/domain/exportRecord';
import type { TestFinding } from '../../../shared/findings/schema';
import type { LetterAssessment } from '../letterInput';
import { formatLr } from './words';

export interface ExamRow {
  test: string;
  left: string;
  right: string;
  /** One result for an unsided test (centralisation, gait): printed across both columns. */
  span: boolean;
  positive: boolean;
}

const RESULT_WORDS = { positive: 'Positive', negative: 'Negative', not_tested: 'Not tested' };

function resultText(finding: TestFinding): string {
  const details: string[] = [];
  if (finding.value_deg !== undefined) details.push(`${finding.value_deg}°`);
  if (finding.level !== undefined) details.push(finding.level);
  const word = RESULT_WORDS[finding.result];
  return details.length > 0 ? `${word} (${details.join(', ')})` : word;
}

export function examRows(record: EncounterExport): ExamRow[] {
  const rows: ExamRow[] = [];
  for (const id of TEST_IDS) {
    const finding = record.tests[id];
    if (finding === undefined || finding.result === 'not_tested') continue;
    const text = resultText(finding);
    const positive = finding.result === 'positive';
    const name = TESTS[id].name;
    if (!TESTS[id].sided || finding.side === undefined) {
      rows.push({ test: name, left: text, right: '', span: true, positive });
      continue;
    }
    const onLeft = finding.side === 'left' || finding.side === 'bilateral';
    const onRight = finding.side === 'right' || finding.side === 'bilateral';
    rows.push({
      test: name,
      left: onLeft ? text : '—',
      right: onRight ? text : '—',
      span: false,
      positive,
    });
  }
  return rows;
}

function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

/** The published figure of a rule at the count reached: the strong threshold's when reached. */
function ruleFigure(id: RuleId, count: string, met: boolean): string {
  const rule = RULES[id];
  const positives = Number(count.split('/')[0]);
  if (met && rule.strong && positives >= rule.strong.threshold && rule.strong.lrPositive) {
    return `≥${rule.strong.threshold}: LR+ ${formatLr(rule.strong.lrPositive.value)}, ${rule.source}`;
  }
  if (met && rule.lrPositive) return `LR+ ${formatLr(rule.lrPositive.value)}, ${rule.source}`;
  return rule.source;
}

/**
 * The clusters as a reader wants them: each rule met on its own line with its published figure
 * ("Sutlive hip OA rule 4/5 — met (≥4: LR+ 24.3, Sutlive 2008)"), then one line for those not
 * met and one for those incomplete. Rules the engine could not score, and rules with nothing
 * recorded, are left out: they say nothing about this patient.
 */
export function clusterLines(assessment: LetterAssessment): string[] {
  const met: string[] = [];
  const notMet: string[] = [];
  const incomplete: string[] = [];
  const voided: string[] = [];
  for (const rule of assessment.rules) {
    if (!isRuleId(rule.id)) continue;
    const status = rule.status ?? (rule.met ? 'met' : 'not_met');
    const [positives, total] = rule.count.split('/').map(Number);
    if (total === 0 || (status === 'incomplete' && positives === 0)) continue;
    const name = `${RULES[rule.id].name} ${rule.count}`;
    if (status === 'met') met.push(`${name} — met (${ruleFigure(rule.id, rule.count, true)})`);
    else if (status === 'not_met') notMet.push(name);
    else if (status === 'incomplete') incomplete.push(name);
    else if (status === 'voided') voided.push(`${name}${rule.note ? ` (${rule.note})` : ''}`);
  }
  return [
    ...met,
    ...(notMet.length > 0 ? [`Not met: ${notMet.join('; ')}.`] : []),
    ...(incomplete.length > 0 ? [`Incomplete (items not done): ${incomplete.join('; ')}.`] : []),
    ...(voided.length > 0 ? [`Voided: ${voided.join('; ')}.`] : []),
  ];
}
