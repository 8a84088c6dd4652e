// Right-to-left text (Arabic names, an Arabic history note) in a left-to-right letter. The Unicode
// bidi algorithm (bidi-js) gives each character a level; pieces of one level are put in visual
// order here (rule L2). Shaping stays with fontkit: it joins Arabic letters and lays each RTL word
// out right to left, so an RTL piece is handed over with its words in reverse order.
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

export interface Levels {
  levels: Uint8Array;
  /** Paragraph direction, from its first strong character (an all-Arabic note is right-aligned). */
  rtl: boolean;
}

export function embeddingLevels(paragraph: string): Levels {
  const result = bidi.getEmbeddingLevels(paragraph, 'auto');
  const first = result.paragraphs[0];
  return { levels: result.levels, rtl: first !== undefined && first.level % 2 === 1 };
}

/** Any piece of a line with its bidi level. */
export interface Leveled {
  level: number;
}

/** Reorders one line's pieces (in logical order) into visual order, per UBA rule L2. */
export function visualOrder<T extends Leveled>(pieces: readonly T[]): T[] {
  const out = [...pieces];
  if (out.length === 0) return out;
  const max = Math.max(...out.map((p) => p.level));
  const minOdd = Math.min(...out.map((p) => p.level).filter((l) => l % 2 === 1), max + 1);
  for (let level = max; level >= minOdd; level -= 1) {
    let i = 0;
    while (i < out.length) {
      if ((out[i]?.level ?? 0) < level) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < out.length && (out[j]?.level ?? 0) >= level) j += 1;
      const reversed = out.slice(i, j).reverse();
      out.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return out;
}

/**
 * The words and gaps of a right-to-left piece, in logical order (visualOrder reverses them with
 * the piece's level). fontkit lays each Arabic word out right to left; a word with no RTL letters
 * (brackets, dashes) it would not reverse, so that is reversed and mirrored here.
 */
export function rtlPieces(text: string): string[] {
  return (text.match(/\s+|\S+/g) ?? []).map((token) => {
    if (/\s/.test(token) || /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(token)) return token;
    return [...token]
      .reverse()
      .map((c) => bidi.getMirroredCharacter(c) ?? c)
      .join('');
  });
}
