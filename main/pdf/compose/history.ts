// The history summary in clinician prose: the presenting complaint as typed, then what the
// structured answers say (where, what it is like, what makes it worse and better), then the
// pertinent negatives — the answers asked and absent, which a reader needs as much as the positives.
import { BOOLEAN_HISTORY_IDS, type BooleanHistoryId } from '../../../shared/clinical/ids';
import { splitRegion, type BodyRegionId } from '../../../shared/domain/bodyChart';
import type { EncounterExport } from '../../../shared/domain/exportRecord';
import { HISTORY_PHRASES, type PhraseGroup } from './historyPhrases';
import { capitalise, joinAnd, sentence } from './words';

const AREA_WORDS: Record<string, string> = {
  low_back: 'low back',
  sij_region: 'sacroiliac region',
  buttock: 'buttock',
  groin_anterior_thigh: 'groin and anterior thigh',
  lateral_hip: 'lateral hip',
  posterior_thigh: 'posterior thigh',
  below_knee: 'leg below the knee',
  foot: 'foot',
};

/** "right groin and anterior thigh", grouping both sides: "both buttocks" reads as "left and right buttock". */
export function describeRegions(regions: readonly BodyRegionId[]): string[] {
  const byArea = new Map<string, Set<string>>();
  for (const region of regions) {
    const { side, area } = splitRegion(region);
    const sides = byArea.get(area) ?? new Set<string>();
    sides.add(side);
    byArea.set(area, sides);
  }
  return [...byArea.entries()].map(([area, sides]) => {
    const words = AREA_WORDS[area] ?? area.replace(/_/g, ' ');
    const side = sides.size === 2 ? 'left and right' : [...sides][0];
    return `${side} ${words}`;
  });
}

function answered(record: EncounterExport, value: boolean): BooleanHistoryId[] {
  return BOOLEAN_HISTORY_IDS.filter((id) => record.history[id] === value);
}

function inGroup(ids: readonly BooleanHistoryId[], group: PhraseGroup): string[] {
  return ids
    .filter((id) => HISTORY_PHRASES[id].group === group)
    .map((id) => HISTORY_PHRASES[id].text);
}

function durationWords(weeks: number): string {
  if (weeks < 9) return `${weeks} week${weeks === 1 ? '' : 's'}`;
  const months = Math.round(weeks / 4.345);
  return `${weeks} weeks (about ${months} month${months === 1 ? '' : 's'})`;
}

/** The structured history as sentences (positives first, then pertinent negatives). */
export function historySentences(record: EncounterExport): string[] {
  const present = answered(record, true);
  const absent = answered(record, false);
  const out: string[] = [];

  // Age and sex are in the opening sentence; the history starts with the time course.
  const opening: string[] = [];
  const weeks = record.history.symptom_duration_weeks;
  if (weeks !== undefined) opening.push(`symptoms for ${durationWords(weeks)}`);
  const onset = inGroup(present, 'onset');
  if (onset.length > 0) opening.push(joinAnd(onset));
  if (opening.length > 0) out.push(sentence(opening.join(', ')));

  const charted = describeRegions(record.body_chart);
  const located = inGroup(present, 'location');
  if (charted.length > 0) out.push(sentence(`Pain marked on the body chart: ${joinAnd(charted)}`));
  else if (located.length > 0) out.push(sentence(`Pain ${joinAnd(located)}`));

  const quality = inGroup(present, 'quality');
  if (quality.length > 0) out.push(sentence(`Described as ${joinAnd(quality, 'or')}`));
  if (record.pain_score !== null) {
    out.push(`Worst pain in the last week ${record.pain_score}/10 (NPRS).`);
  }
  const aggravating = inGroup(present, 'aggravating');
  const easing = inGroup(present, 'easing');
  const modifiers = [
    aggravating.length > 0 ? `aggravated by ${joinAnd(aggravating)}` : '',
    easing.length > 0 ? `eased by ${joinAnd(easing)}` : '',
  ].filter((s) => s !== '');
  if (modifiers.length > 0) out.push(sentence(modifiers.join('; ')));

  const stiffness = record.history.morning_stiffness_minutes;
  const features = [...inGroup(present, 'feature'), ...inGroup(present, 'night')];
  if (stiffness !== undefined) features.push(`morning stiffness of about ${stiffness} minutes`);
  if (features.length > 0) out.push(sentence(`Reports ${joinAnd(features)}`));
  const risks = inGroup(present, 'risk');
  if (risks.length > 0) out.push(sentence(`Relevant background: ${joinAnd(risks)}`));

  // Pertinent negatives: where it does not hurt, then what is absent, then what does not provoke it.
  const noPainAt = inGroup(absent, 'location');
  const absentFeatures = [
    ...inGroup(absent, 'quality').map((t) => (t.includes('ache') ? t : `${t} pain`)),
    ...inGroup(absent, 'feature'),
    ...inGroup(absent, 'night'),
  ].map((t) => t.replace(/^a /, ''));
  const notAggravated = inGroup(absent, 'aggravating');
  const notEased = inGroup(absent, 'easing');
  const negativeParts = [
    noPainAt.length > 0 ? `no pain ${joinAnd(noPainAt, 'or')}` : '',
    absentFeatures.length > 0 ? `no ${joinAnd(absentFeatures, 'or')}` : '',
    notAggravated.length > 0 ? `not aggravated by ${joinAnd(notAggravated, 'or')}` : '',
    notEased.length > 0 ? `not eased by ${joinAnd(notEased, 'or')}` : '',
  ].filter((s) => s !== '');
  if (negativeParts.length > 0) {
    out.push(`Pertinent negatives: ${negativeParts.join('; ')}.`);
  }
  return out.map((s) => capitalise(s));
}
