// Everything the letter says, as plain strings, before any layout. Pure: the same input always
// gives the same content, which is what makes the PDF reproducible.
import type { BodyRegionId } from '../../../shared/domain/bodyChart';
import type { ResolvedLetterInput } from '../letterInput';
import { clusterLines, examRows, type ExamRow } from './exam';
import { describeRegions, historySentences } from './history';
import { impression, type Impression } from './impression';
import {
  OPENING_COMPLAINT_MAX,
  letterUrgency,
  plainLanguageLine,
  reasonSentence,
  redFlagLines,
  requestParagraphs,
  salutation,
  urgencyLine,
} from './request';
import { clockTime, longDate } from './words';

export interface LetterContent {
  paperSize: ResolvedLetterInput['paperSize'];
  clinic: { name: string; addressLines: string[]; phone: string; logo: string | null };
  date: string;
  recipientLines: string[];
  patient: { name: string; dob: string; identifier: string | null };
  urgency: string;
  urgencyLevel: string;
  salutation: string;
  reason: string;
  /** The presenting complaint when too long for the opening, then the structured history. */
  historyParagraphs: string[];
  bodyChart: { regions: BodyRegionId[]; legend: string };
  redFlags: string[];
  exam: { rows: ExamRow[]; clusters: string[] };
  impression: Impression;
  plainLanguage: string;
  request: string[];
  plan: string;
  signature: { name: string; profession: string; registration: string; signed: string };
  addenda: { heading: string; text: string }[];
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function composeLetter(input: ResolvedLetterInput): LetterContent {
  const { record, assessment } = input;
  const view = impression(assessment);
  const charted = describeRegions(record.body_chart);
  const time = clockTime(input.signedAt);
  const complaint = record.presenting_complaint.trim();
  return {
    paperSize: input.paperSize,
    clinic: {
      name: record.clinic.name,
      addressLines: lines(record.clinic.address),
      phone: record.clinic.phone,
      logo: record.clinic.logo,
    },
    date: longDate(input.signedAt),
    recipientLines: lines(record.referral.recipient),
    patient: {
      name: record.patient.name,
      dob: longDate(record.patient.birth_date),
      identifier: record.patient.identifier,
    },
    urgency: urgencyLine(record, assessment),
    urgencyLevel: letterUrgency(record, assessment),
    salutation: salutation(lines(record.referral.recipient)),
    reason: reasonSentence(record, view.headline, assessment),
    historyParagraphs: [
      ...(complaint.length > OPENING_COMPLAINT_MAX ? [`Presenting complaint: ${complaint}`] : []),
      historySentences(record).join(' '),
    ],
    bodyChart: {
      regions: record.body_chart,
      legend:
        charted.length > 0
          ? `Marked: ${charted.join('; ')}.`
          : 'No regions marked on the body chart.',
    },
    redFlags: redFlagLines(record, assessment),
    exam: { rows: examRows(record), clusters: clusterLines(assessment) },
    impression: view,
    plainLanguage: plainLanguageLine(assessment),
    request: requestParagraphs(record, assessment),
    plan: record.plan.trim(),
    signature: {
      name: record.clinician.name,
      profession: record.clinician.profession,
      registration: record.clinician.registration,
      signed: `Signed ${longDate(input.signedAt)}${time ? ` at ${time}` : ''}`,
    },
    addenda: record.addenda.map((a) => ({
      heading: `Addendum, ${longDate(a.created_at)} — ${a.author}`,
      text: a.text,
    })),
  };
}
