// Words for the pre-signing glyph warning: which printed field holds characters the letter's fonts
// cannot draw ("U+1F9B4 in patient name").
import type { UndrawableText } from '../../../shared/ipc/contract';

const FIELD_WORDS: Record<string, string> = {
  'patient.name': 'patient name',
  'patient.identifier': 'patient identifier',
  'clinician.name': 'your name',
  'clinician.profession': 'your profession',
  'clinician.registration': 'your registration number',
  'clinic.name': 'clinic name (Settings)',
  'clinic.address': 'clinic address (Settings)',
  'clinic.phone': 'clinic phone (Settings)',
  'referral.recipient': 'referral recipient',
  'referral.notes': 'referral notes',
  presenting_complaint: 'presenting complaint',
  plan: 'plan',
};

export function fieldWords(field: string): string {
  const known = FIELD_WORDS[field];
  if (known) return known;
  const addendum = /^addenda\.(\d+)\.(author|text)$/.exec(field);
  if (addendum) return `addendum ${Number(addendum[1]) + 1}`;
  return field;
}

/** "U+1F9B4 in patient name; U+D55C, U+AD6D in plan" */
export function describeUndrawable(found: readonly UndrawableText[]): string {
  return found.map((f) => `${f.codePoints.join(', ')} in ${fieldWords(f.field)}`).join('; ');
}
