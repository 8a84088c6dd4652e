// Derives the engine's findings (the exchange format) from an encounter as recorded: per-side test
// records become one finding per test, body-chart regions become location features, and the red-flag
// screen becomes the list of flags judged present.
import { differenceInYears, parseISO } from 'date-fns';
import { TEST_IDS, type BooleanHistoryId, type RedFlagId, type TestId } from '../clinical/ids';
import type { Findings, History, TestFinding } from '../findings/schema';
import type { Sex } from '../findings/schema';
import { AREA_FEATURE, locationFeatures } from './bodyChart';
import type { EncounterContent, RecordSide, SideRecord } from './encounter';

export interface FindingsSubject {
  birthDate: string;
  sex: Sex;
}

/** Age in whole years on the day of the encounter. */
export function ageOn(birthDate: string, onDate: string): number {
  return Math.max(0, Math.min(120, differenceInYears(parseISO(onDate), parseISO(birthDate))));
}

export function toFindings(
  content: EncounterContent,
  subject: FindingsSubject,
  encounterDate: string,
): Findings {
  const findings: Findings = {
    age: ageOn(subject.birthDate, encounterDate),
    sex: subject.sex,
    history: toHistory(content),
    tests: {},
  };
  for (const testId of TEST_IDS) {
    const finding = toTestFinding(content.tests[testId]);
    if (finding) findings.tests[testId] = finding;
  }
  const flags = toRedFlags(content);
  if (flags) findings.red_flags = flags;
  return findings;
}

/** Once any region is marked, the chart answers every location it can show: unmarked = absent. */
function toHistory(content: EncounterContent): History {
  const history: History = { ...content.history };
  if (content.bodyChart.length === 0) return history;
  const marked = locationFeatures(content.bodyChart);
  const charted = new Set<BooleanHistoryId>([...Object.values(AREA_FEATURE), 'loc_bilateral_legs']);
  for (const feature of charted) history[feature] = marked.has(feature);
  return history;
}

type SideRecords = Partial<Record<RecordSide, SideRecord>>;

/**
 * One finding per test (FINDINGS-FORMAT: `side` is where familiar symptoms were reproduced; for a
 * negative test, the side tested). Positive on both sides is `bilateral`, which the Laslett rule
 * counts twice for Gaenslen. Skipped sides are not performed.
 */
export function toTestFinding(records: SideRecords | undefined): TestFinding | undefined {
  if (!records) return undefined;
  const done = (['left', 'right', 'midline'] as const)
    .map((side) => ({ side, record: records[side] }))
    .filter(
      (entry): entry is { side: RecordSide; record: SideRecord } =>
        entry.record !== undefined && entry.record.result !== 'skipped',
    );
  if (done.length === 0) {
    return Object.keys(records).length > 0 ? { result: 'not_tested' } : undefined;
  }
  const positives = done.filter((entry) => entry.record.result === 'positive');
  const chosen = positives.length > 0 ? positives : done;
  const finding: TestFinding = { result: positives.length > 0 ? 'positive' : 'negative' };
  const sides = chosen.map((entry) => entry.side).filter((side) => side !== 'midline');
  if (sides.length === 2) finding.side = 'bilateral';
  else if (sides.length === 1) finding.side = sides[0];
  // The most restricted range (smallest angle) and the first recorded level stand for the test.
  const angles = chosen.map((e) => e.record.valueDeg).filter((v): v is number => v !== null);
  if (angles.length > 0) finding.value_deg = Math.min(...angles);
  const level = chosen.map((e) => e.record.level).find((l) => l !== null);
  if (level) finding.level = level;
  return finding;
}

/** Absent until the screen has been started; then the flags answered "present". */
function toRedFlags(content: EncounterContent): RedFlagId[] | undefined {
  const answered = Object.entries(content.redFlags.answers) as [RedFlagId, boolean][];
  if (answered.length === 0) return undefined;
  return answered.filter(([, present]) => present).map(([id]) => id);
}

export function isTestId(value: string): value is TestId {
  return (TEST_IDS as readonly string[]).includes(value);
}
