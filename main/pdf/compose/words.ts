// Small wording helpers shared by the letter's sections: lists, dates, probabilities in words.
// Dates are read from the ISO text as written (no time-zone conversion), so the same record prints
// the same date on every machine.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-11-20" or "2025-11-20T10:15:00+01:00" → "20 November 2025" (the date as recorded). */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** "…T10:15…" → "10:15", or null when the text holds no time. */
export function clockTime(iso: string): string | null {
  const match = /T(\d{2}):(\d{2})/.exec(iso);
  return match ? `${match[1]}:${match[2]}` : null;
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return /[.!?]$/.test(trimmed) ? capitalise(trimmed) : `${capitalise(trimmed)}.`;
}

/**
 * Probability in words, always printed with its figure and basis (UX.md "Words"). These bands are
 * the letter's wording convention, not clinical thresholds: the number beside them is what counts.
 */
export function probabilityWords(p: number): string {
  if (p >= 0.9) return 'very likely';
  if (p >= 0.7) return 'likely';
  if (p >= 0.5) return 'more likely than not';
  if (p >= 0.3) return 'possible';
  if (p >= 0.1) return 'less likely';
  return 'unlikely';
}

export function percent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/** An LR as published: "24.3", "0.19", "∞". */
export function formatLr(lr: number): string {
  if (!Number.isFinite(lr)) return '∞';
  if (lr >= 10) return lr.toFixed(1).replace(/\.0$/, '');
  return String(Number(lr.toPrecision(2)));
}

export function lrLabel(lr: number): string {
  return `${lr >= 1 ? 'LR+' : 'LR−'} ${formatLr(lr)}`;
}

export function urgencyWord(urgency: string): string {
  switch (urgency) {
    case 'emergency':
      return 'Emergency (same day)';
    case 'urgent':
      return 'Urgent (within days)';
    case 'routine':
      return 'Routine';
    default:
      return 'Not urgent (for information)';
  }
}

export function sexNoun(sex: string | undefined, age: number): string {
  const adult = age >= 18;
  if (sex === 'female') return adult ? 'woman' : 'girl';
  if (sex === 'male') return adult ? 'man' : 'boy';
  return adult ? 'adult' : 'young person';
}
