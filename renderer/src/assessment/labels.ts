// Names as a physiotherapist reads them, from the catalogue; ids never reach the screen.
import type { RuleId, SourceId, TestId, Urgency } from '../../../shared/clinical/ids';
import { RULES, SOURCES, TESTS, HISTORY } from '../../../shared/clinical';

const VERDICT_WORDS: Record<string, string> = {
  mixed: 'Mixed picture',
  red_flag: 'Red flag — refer',
  undetermined: 'Undetermined so far',
};

export function sourceName(id: SourceId, short = false): string {
  const source = SOURCES[id];
  return short ? (source.shortName ?? source.name) : source.name;
}

export function verdictLabel(id: string): string {
  if (id in SOURCES) return sourceName(id as SourceId);
  return VERDICT_WORDS[id] ?? id;
}

export function ruleName(id: RuleId): string {
  return RULES[id]?.name ?? id;
}

export function testName(id: TestId): string {
  return TESTS[id]?.name ?? id;
}

/** A test, a rule or a history item, whichever the id names (evidence rows mix them). */
export function findingName(id: string): string {
  if (id in TESTS) return testName(id as TestId);
  if (id in RULES) return ruleName(id as RuleId);
  if (id in HISTORY) return HISTORY[id as keyof typeof HISTORY].label;
  return id;
}

export const URGENCY_WORDS: Record<Urgency, string> = {
  emergency: 'Emergency — same day, now',
  urgent: 'Urgent — within days',
  routine: 'Routine',
  none: 'No referral needed',
};

export const URGENCY_SHORT: Record<Urgency, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  routine: 'Routine',
  none: 'None',
};

const REFERRAL_TARGETS: Record<string, string> = {
  emergency_department: 'Emergency department or on-call spinal/orthopaedic team',
  urgent_gp_or_specialist: 'Urgent GP or specialist review',
  rheumatology: 'Rheumatology',
  orthopaedics_hip: 'Orthopaedics (hip)',
  gp_or_specialist: 'GP or specialist review',
  gp_review: 'GP review',
  none: 'No referral: physiotherapy with safety-netting',
};

export function referralTargetLabel(to: string): string {
  return REFERRAL_TARGETS[to] ?? to;
}
