// Reason for referral, the request (REFERENCE §9.6, as the engine advises it), the red-flag screen
// and the plain-language line for the patient.
import { RED_FLAG_IDS, type RedFlagId, type Urgency } from '../../../shared/clinical/ids';
import type { EncounterExport } from '../../../shared/domain/exportRecord';
import type { LetterAssessment } from '../letterInput';
import { RED_FLAG_PHRASES } from './redFlagPhrases';
import { joinAnd, sentence, sexNoun, urgencyWord } from './words';

const REQUESTS: Record<string, string> = {
  emergency_department:
    'Same-day assessment: the emergency department or the on-call spinal / orthopaedic team.',
  urgent_gp_or_specialist: 'Urgent GP or specialist review within days.',
  rheumatology: 'Routine rheumatology assessment for possible axial spondyloarthritis.',
  orthopaedics_hip: 'Routine orthopaedic hip opinion.',
  gp_or_specialist: 'Routine GP or specialist review.',
  gp_review: 'Routine GP review with safety-netting.',
  none: 'No onward referral is needed on these findings: this letter is for your information. Physiotherapy management continues, with safety-netting advice.',
};

/** The urgency printed: the clinician's choice when made, else the engine's advice. */
export function letterUrgency(record: EncounterExport, assessment: LetterAssessment): Urgency {
  return (
    record.referral.urgency ?? assessment.verdict.referral?.urgency ?? assessment.verdict.urgency
  );
}

export function urgencyLine(record: EncounterExport, assessment: LetterAssessment): string {
  const chosen = letterUrgency(record, assessment);
  const advised = assessment.verdict.referral?.urgency ?? assessment.verdict.urgency;
  const note =
    record.referral.urgency !== null && record.referral.urgency !== advised
      ? ` (clinician's judgement; the assessment advised ${urgencyWord(advised).toLowerCase()})`
      : '';
  return `${urgencyWord(chosen)}${note}`;
}

/** The request paragraphs: what is asked of the reader, why, and the clinician's own notes. */
export function requestParagraphs(record: EncounterExport, assessment: LetterAssessment): string[] {
  const referral = assessment.verdict.referral;
  const out: string[] = [];
  if (referral) {
    out.push(REQUESTS[referral.to] ?? sentence(referral.to.replace(/_/g, ' ')));
    out.push(`Basis: ${referral.reason}`);
  }
  if (record.referral.notes.trim() !== '') out.push(record.referral.notes.trim());
  return out;
}

const isFlag = (id: string): id is RedFlagId => (RED_FLAG_IDS as readonly string[]).includes(id);

/** "Red-flag screen: none present", "not screened", or the flags with their urgency. */
export function redFlagLines(record: EncounterExport, assessment: LetterAssessment): string[] {
  if (record.red_flags === undefined) {
    return ['Not screened at this consultation.'];
  }
  if (record.red_flags.length === 0) {
    return ['Screened at this consultation: none present.'];
  }
  return record.red_flags.map((id) => {
    const urgency = assessment.red_flags.find((f) => f.id === id)?.urgency;
    const name = isFlag(id) ? RED_FLAG_PHRASES[id] : id;
    return `Present: ${name}${urgency ? ` — ${urgencyWord(urgency).toLowerCase()}` : ''}.`;
  });
}

const PLAIN: Record<string, string> = {
  hip_joint: 'the pain most likely comes from the hip joint itself, not from the back or a nerve.',
  lumbar_radicular:
    'a nerve root in the lower back is most likely irritated, and that sends pain down the leg.',
  sacroiliac:
    'the pain most likely comes from the sacroiliac joint, where the spine meets the pelvis.',
  piriformis:
    'the sciatic nerve is most likely irritated deep in the buttock, around the piriformis muscle.',
  lumbar_myofascial_or_mechanical:
    'the pain most likely comes from the muscles and joints of the lower back, not from a nerve or the hip.',
  mixed: 'more than one structure seems to be contributing to the pain.',
  red_flag: 'some of your answers need a doctor to check them soon, before anything else.',
  undetermined: 'the examination has not yet shown clearly where the pain comes from.',
};

const PLAIN_RED_FLAG: Record<string, string> = {
  emergency: 'some of your symptoms need a doctor to see you today, before anything else.',
  urgent: 'some of your symptoms need a doctor to see you within the next few days.',
};

export function plainLanguageLine(assessment: LetterAssessment): string {
  const { primary_source: primary, urgency } = assessment.verdict;
  const reading =
    (primary === 'red_flag' ? PLAIN_RED_FLAG[urgency] : undefined) ??
    PLAIN[primary] ??
    PLAIN['undetermined'] ??
    '';
  return `In plain words, for the patient: ${reading}`;
}

/** A presenting complaint longer than this is quoted in the history rather than the opening. */
export const OPENING_COMPLAINT_MAX = 220;

export function reasonSentence(
  record: EncounterExport,
  impressionHeadline: string,
  assessment: LetterAssessment,
): string {
  const complaint = record.presenting_complaint.trim().replace(/[.\s]+$/, '');
  const about =
    complaint === ''
      ? ''
      : complaint.length > OPENING_COMPLAINT_MAX
        ? ', who presented with the complaint described below'
        : `, who presented with ${lowerFirst(complaint)}`;
  const who = `${record.patient.name}, a ${record.age}-year-old ${sexNoun(record.sex, record.age)}`;
  const flags = record.red_flags ?? [];
  // A red-flag verdict already names its flags; otherwise listed flags are added here.
  const flagNote =
    flags.length > 0 && assessment.verdict.primary_source !== 'red_flag'
      ? ` Red flags present: ${joinAnd(flags.map((id) => (isFlag(id) ? RED_FLAG_PHRASES[id] : id)))}.`
      : '';
  const referral = assessment.verdict.referral;
  const asks: Record<string, string> = {
    emergency: ' I would be grateful for same-day assessment.',
    urgent: ' I would be grateful for urgent review within days.',
  };
  const ask =
    referral && referral.to !== 'none'
      ? (asks[letterUrgency(record, assessment)] ?? ' I would be grateful for your opinion.')
      : '';
  return `Thank you for seeing ${who}${about}. My assessment: ${lowerFirst(impressionHeadline)}${flagNote}${ask}`;
}

/** "Dear Dr Carter," from "Dr Helen Carter"; a clinic or team gets "Dear colleague,". */
export function salutation(recipientLines: readonly string[]): string {
  const first = recipientLines[0]?.trim();
  if (!first) return 'Dear colleague,';
  const titled = /^(Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Prof\.?|Professor)\s+(.+)$/i.exec(first);
  if (titled?.[1] && titled[2]) {
    const words = titled[2].trim().split(/\s+/);
    return `Dear ${titled[1]} ${words[words.length - 1] ?? ''},`;
  }
  if (/\b(clinic|team|department|service|hospital|practice|centre|center|unit)\b/i.test(first)) {
    return 'Dear colleague,';
  }
  return `Dear ${first},`;
}

function lowerFirst(text: string): string {
  // Keep acronyms and names ("FAI", "Sutlive") as written.
  if (/^[A-Z]{2}/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
