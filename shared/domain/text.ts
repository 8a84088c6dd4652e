// Text and date rules shared by every schema that stores what a clinician types.
import { z } from 'zod';
import { isValid, parseISO } from 'date-fns';

/**
 * Trimmed text of bounded length that is well-formed Unicode. Lone surrogates cannot be stored
 * faithfully (SQLite and PDF would mangle them), so they are rejected with a clear message rather
 * than silently replaced.
 */
export function wellFormedText(maxLength: number) {
  return z
    .string()
    .max(maxLength, `must be at most ${maxLength} characters`)
    .refine((s) => isWellFormed(s), 'contains a malformed character (lone surrogate)')
    .transform((s) => s.trim());
}

/** Free text that keeps its whitespace (notes, history), bounded and well-formed. */
export function noteText(maxLength: number) {
  return z
    .string()
    .max(maxLength, `must be at most ${maxLength} characters`)
    .refine((s) => isWellFormed(s), 'contains a malformed character (lone surrogate)');
}

export function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}

/** A real calendar date written YYYY-MM-DD (2023-02-30 is refused). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => isValid(parseISO(s)), 'is not a real calendar date');
