// Folding of names and identifiers for search: case-, accent- and punctuation-insensitive, so
// "zolt" finds "Zoltán" and "lukas" finds "Łukasiewicz" (letters that Unicode does not decompose
// are mapped by hand). Pure functions: the SQLite adapter stores their output in its index.

const EXTRA_FOLDS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ŀ: 'l',
  ħ: 'h',
};

/** Lower-case, strip diacritics and map special letters; punctuation becomes a space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđðßæœıþŀħ]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words to index for a patient: names and identifier. */
export function patientSearchText(patient: {
  givenName: string;
  familyName: string;
  identifier: string | null;
}): string {
  const parts: string[] = [];
  // Each part as written and, when it has separators, run together: "O'Neill" is found by
  // "o neill" and "oneill", "943 476 5919" by "9434765919".
  for (const value of [patient.givenName, patient.familyName, patient.identifier ?? '']) {
    const folded = foldText(value);
    if (folded === '') continue;
    parts.push(folded);
    const compact = folded.replace(/ /g, '');
    if (compact !== folded) parts.push(compact);
  }
  return parts.join(' ');
}

export interface PatientQuery {
  /** Folded words, each matched as a word prefix, all required. */
  words: string[];
  /** A date of birth typed in the query, as YYYY-MM-DD. */
  birthDate: string | null;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Splits what was typed into name/identifier words and at most one date of birth. */
export function parsePatientQuery(query: string): PatientQuery {
  const words: string[] = [];
  let birthDate: string | null = null;
  for (const token of query.trim().split(/\s+/)) {
    if (token === '') continue;
    const date: string | null = birthDate === null ? toIsoDate(token) : null;
    if (date) {
      birthDate = date;
      continue;
    }
    words.push(...foldText(token).split(' ').filter(Boolean));
  }
  return { words, birthDate };
}

/** YYYY-MM-DD, or DD/MM/YYYY (also with dots or dashes), when it is a real calendar date. */
export function toIsoDate(token: string): string | null {
  const iso = ISO_DATE.exec(token);
  const dayFirst = iso ? null : DAY_FIRST_DATE.exec(token);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : [];
  if (!year || !month || !day) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    return null;
  }
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
