// The clinical impression: the primary source (or the mixed picture, or the red flag), each
// probability in words and figures with its basis ("likely (81%) — Sutlive hip OA rule 4/5,
// LR+ 24.3 (Sutlive 2008)"), and the other sources considered.
import { RULES, SOURCES, TESTS } from '../../../shared/clinical';
import { suggestedCoding } from './coding';
import {
  RED_FLAG_IDS,
  RULE_IDS,
  SOURCE_IDS,
  TEST_IDS,
  type RedFlagId,
  type RuleId,
  type SourceId,
  type TestId,
} from '../../../shared/clinical/ids';
import type { LetterAssessment, LetterEvidence } from '../letterInput';
import { RED_FLAG_PHRASES } from './redFlagPhrases';
import { capitalise, joinAnd, lrLabel, percent, probabilityWords } from './words';

export interface Impression {
  /** The headline, e.g. "Hip joint — likely (81%)". */
  headline: string;
  /** One line per source named in the headline: its basis. */
  basis: string[];
  /** Other sources, one short clause each. */
  others: string | null;
  /** Set when an LR above 10 was capped in the calculation (§9.4). */
  capNote: string | null;
  /** Suggested diagnosis code (REFERENCE §7) when the picture names one condition. */
  coding: string | null;
}

const isSource = (id: string): id is SourceId => (SOURCE_IDS as readonly string[]).includes(id);
const isRule = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);
const isTest = (id: string): id is TestId => (TEST_IDS as readonly string[]).includes(id);
const isFlag = (id: string): id is RedFlagId => (RED_FLAG_IDS as readonly string[]).includes(id);

export function sourceName(id: string): string {
  return isSource(id) ? SOURCES[id].name : id.replace(/_/g, ' ');
}

function evidenceText(row: LetterEvidence, assessment: LetterAssessment): string {
  const published = row.lr_raw ?? row.lr;
  let finding = row.finding.replace(/_/g, ' ');
  if (isRule(row.finding)) {
    const count = assessment.rules.find((r) => r.id === row.finding)?.count;
    const negative = row.reading === 'rule_negative';
    finding = `${RULES[row.finding].name}${count ? ` ${count}` : ''}${negative ? ' not met' : ''}`;
  } else if (isTest(row.finding)) {
    finding = `${TESTS[row.finding].name} ${row.reading === 'negative' ? 'negative' : 'positive'}`;
  }
  return `${finding}, ${lrLabel(published)} (${row.source})`;
}

function sourceLine(id: string, assessment: LetterAssessment): { head: string; basis: string } {
  const source = assessment.sources.find((s) => s.id === id);
  const name = sourceName(id);
  if (!source) return { head: name, basis: `${name}: no probability recorded.` };
  const words = `${probabilityWords(source.probability)} (${percent(source.probability)})`;
  const evidence = source.evidence.map((row) => evidenceText(row, assessment));
  const prior =
    source.prior !== undefined
      ? `a pre-test probability of ${percent(source.prior)}${priorReason(source.prior_basis)}`
      : 'its pre-test probability';
  const basis =
    evidence.length > 0
      ? `${name} ${percent(source.probability)}: ${joinAnd(evidence)}, from ${prior}.`
      : `${name} ${percent(source.probability)}: no finding moved it from ${prior}.`;
  return { head: `${name} — ${words}`, basis };
}

/** The engine's prior basis ("default", or the §5 adjustment applied) in brackets when it adds something. */
function priorReason(basis: string | undefined): string {
  if (basis === undefined || basis === '' || basis === 'default') return '';
  return ` (${basis.charAt(0).toLowerCase()}${basis.slice(1)})`;
}

function flagList(assessment: LetterAssessment): string {
  const names = assessment.red_flags.map((f) => (isFlag(f.id) ? RED_FLAG_PHRASES[f.id] : f.id));
  return names.length > 0 ? joinAnd(names) : 'red-flag features';
}

export function impression(assessment: LetterAssessment): Impression {
  const { primary_source: primary, contributing_sources: contributing } = assessment.verdict;
  let named: string[];
  let headline: string;
  if (primary === 'red_flag') {
    named = contributing;
    headline = `Red-flag presentation: ${flagList(assessment)}. This takes precedence over the musculoskeletal picture.`;
  } else if (primary === 'mixed') {
    named = contributing;
    headline = `Mixed picture: ${joinAnd(named.map((id) => sourceLine(id, assessment).head))}.`;
  } else if (primary === 'undetermined') {
    named = [];
    headline =
      'Source not yet determined: too little was examined to say where the pain comes from.';
  } else {
    named = [primary];
    headline = `${sourceLine(primary, assessment).head}.`;
  }
  const basis = named.map((id) => sourceLine(id, assessment).basis);
  if (primary === 'red_flag' && named.length > 0) {
    basis.unshift('Otherwise considered:');
  }
  const rest = assessment.sources.filter((s) => !named.includes(s.id));
  const others =
    rest.length > 0
      ? `Also considered: ${rest
          .map((s) => `${sourceName(s.id).toLowerCase()} ${percent(s.probability)}`)
          .join(', ')}.`
      : null;
  const capped = assessment.sources.some((s) =>
    s.evidence.some((e) => e.lr_raw !== undefined && e.lr_raw !== null && e.lr_raw !== e.lr),
  );
  return {
    headline: capitalise(headline),
    basis,
    others,
    coding: suggestedCoding(assessment),
    capNote: capped
      ? 'Probabilities combine a pre-test probability with at most one likelihood ratio per test family, each capped between 0.1 and 10 (published values shown).'
      : null,
  };
}
