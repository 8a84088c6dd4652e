// Which characters the shipped fonts can draw. The app calls findUndrawableCharacters before a
// clinician signs, so a name that would print as an empty box is caught on screen, not on paper.
import { fontFor, type FontKey, type FontStyle } from './fonts';

export interface UndrawableCharacter {
  /** The character itself. */
  char: string;
  /** "U+1F600", for a message the clinician can pass on. */
  codePoint: string;
  /** Index (UTF-16) in the text checked. */
  index: number;
}

/** Invisible format characters (joiners, direction marks, variation selectors): never a box. */
const INVISIBLE = /[\p{Cf}\p{Cc}\uFE00-\uFE0F]/u;

export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every character of `text` that no shipped font has a glyph for, in either weight. */
export function findUndrawableCharacters(text: string): UndrawableCharacter[] {
  const found: UndrawableCharacter[] = [];
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!isInvisible(char) && !drawable(codePoint, 'regular')) {
      found.push({ char, codePoint: formatCodePoint(codePoint), index });
    }
    index += char.length;
  }
  return found;
}

function drawable(codePoint: number, style: FontStyle): boolean {
  return fontFor(codePoint, style) !== null;
}

/** A stretch of text drawn in one font (null = no font has these characters). */
export interface FontRun {
  text: string;
  font: FontKey | null;
}

/**
 * Splits text into runs by the font that draws each character. Spaces and combining marks stay
 * with the run before them, so a word is never split between fonts for a space.
 */
export function fontRuns(text: string, style: FontStyle): FontRun[] {
  const runs: FontRun[] = [];
  for (const char of text) {
    if (isInvisible(char) && char !== '\n') continue;
    const codePoint = char.codePointAt(0) ?? 0;
    const last = runs[runs.length - 1];
    const sticky = /[\s\p{M}]/u.test(char);
    const font = sticky && last ? last.font : fontFor(codePoint, style);
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}
