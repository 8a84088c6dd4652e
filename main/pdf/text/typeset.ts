// Line breaking and drawing of text in any script. pdfkit's own wrapper knows one font per call and
// no bidi, so the letter breaks lines itself: split by font coverage and bidi level, measure with
// pdfkit (which shapes through fontkit), break greedily at spaces and between Chinese characters,
// then draw each line's pieces in visual order. Text stays real text: selectable and searchable.
import type PDFDocument from 'pdfkit';
import { embeddingLevels, rtlPieces, visualOrder } from './bidi';
import { formatCodePoint, isInvisible } from './coverage';
import { FALLBACK, fontFor, type FontKey, type FontStyle } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;

export interface TextStyle {
  weight: FontStyle;
  size: number;
  color: string;
}

export interface Piece {
  /** The string handed to pdfkit (RTL pieces already arranged for drawing). */
  draw: string;
  font: FontKey;
  level: number;
  width: number;
}

export interface Line {
  /** Pieces in visual order, left to right. */
  pieces: Piece[];
  width: number;
  rtl: boolean;
}

interface Cell {
  char: string;
  font: FontKey;
  level: number;
  space: boolean;
}

interface Token {
  cells: Cell[];
  width: number;
  /** Width without trailing spaces: what the token needs at the end of a line. */
  trimmedWidth: number;
}

const BREAK_AFTER = /[\s\-/\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F]/u;
const BREAK_BEFORE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Advance widths at 1 pt, shared across documents: a width depends only on the font and the text,
 * and the same words recur in every letter. Bounded so a long-running app does not grow it forever.
 */
const widths = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 50_000;

function measure(doc: Doc, font: FontKey, size: number, text: string): number {
  const key = `${font}\u0000${text}`;
  let unit = widths.get(key);
  if (unit === undefined) {
    unit = doc.font(font).fontSize(1).widthOfString(text);
    if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
    widths.set(key, unit);
  }
  return unit * size;
}

/** Characters no shipped font has are printed as their code, never as a silent empty box. */
function cellsOf(paragraph: string, weight: FontStyle, levels: Uint8Array): Cell[] {
  const cells: Cell[] = [];
  let index = 0;
  for (const char of paragraph) {
    const level = levels[index] ?? 0;
    index += char.length;
    if (isInvisible(char)) continue;
    const space = /\s/u.test(char);
    const last = cells[cells.length - 1];
    const sticky = (space || /\p{M}/u.test(char)) && last !== undefined;
    const found = sticky ? last.font : fontFor(char.codePointAt(0) ?? 0, weight);
    if (found === null) {
      const primary = FALLBACK[weight][0] ?? 'sans';
      for (const c of `[${formatCodePoint(char.codePointAt(0) ?? 0)}]`) {
        cells.push({ char: c, font: primary, level: level % 2 === 1 ? level + 1 : level, space });
      }
      continue;
    }
    cells.push({ char, font: found, level, space: space && char !== '\u00A0' });
  }
  return cells;
}

function segments(cells: readonly Cell[]): { text: string; font: FontKey; level: number }[] {
  const out: { text: string; font: FontKey; level: number }[] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (last && last.font === cell.font && last.level === cell.level) last.text += cell.char;
    else out.push({ text: cell.char, font: cell.font, level: cell.level });
  }
  return out;
}

function widthOf(doc: Doc, cells: readonly Cell[], size: number): number {
  return segments(cells).reduce((sum, s) => sum + measure(doc, s.font, size, s.text), 0);
}

function tokensOf(doc: Doc, cells: readonly Cell[], size: number): Token[] {
  const tokens: Token[] = [];
  let current: Cell[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    let end = current.length;
    while (end > 0 && current[end - 1]?.space) end -= 1;
    tokens.push({
      cells: current,
      width: widthOf(doc, current, size),
      trimmedWidth: widthOf(doc, current.slice(0, end), size),
    });
    current = [];
  };
  cells.forEach((cell, i) => {
    current.push(cell);
    const next = cells[i + 1];
    if (next === undefined) return;
    const breakHere =
      (BREAK_AFTER.test(cell.char) && !next.space) || (BREAK_BEFORE.test(next.char) && !cell.space);
    if (breakHere) flush();
  });
  flush();
  return tokens;
}

/** A token wider than the whole line (a long identifier) is cut between characters. */
function splitWide(doc: Doc, token: Token, size: number, maxWidth: number): Token[] {
  const out: Token[] = [];
  let current: Cell[] = [];
  for (const cell of token.cells) {
    if (current.length > 0 && widthOf(doc, [...current, cell], size) > maxWidth) {
      const width = widthOf(doc, current, size);
      out.push({ cells: current, width, trimmedWidth: width });
      current = [];
    }
    current.push(cell);
  }
  const width = widthOf(doc, current, size);
  out.push({ cells: current, width, trimmedWidth: width });
  return out;
}

function finishLine(doc: Doc, cells: Cell[], size: number, rtl: boolean): Line {
  let end = cells.length;
  while (end > 0 && cells[end - 1]?.space) end -= 1;
  // An RTL segment is drawn word by word: fontkit reverses a word's glyphs together with any
  // space pdfkit keeps after it, which would put the gap on the wrong side of the word.
  const logical = segments(cells.slice(0, end)).flatMap((s) =>
    (s.level % 2 === 1 ? rtlPieces(s.text) : [s.text]).map((draw) => ({
      draw,
      font: s.font,
      level: s.level,
      width: measure(doc, s.font, size, draw),
    })),
  );
  const pieces = visualOrder(logical);
  return { pieces, width: pieces.reduce((sum, p) => sum + p.width, 0), rtl };
}

/**
 * Breaks text (any script, `\n` = new line) into lines no wider than maxWidth — a number, or a
 * width per line index (text flowing beside a figure gets narrower lines until it passes it).
 */
export function layoutText(
  doc: Doc,
  text: string,
  style: TextStyle,
  maxWidth: number | ((line: number) => number),
): Line[] {
  const widthAt = typeof maxWidth === 'number' ? () => maxWidth : maxWidth;
  const lines: Line[] = [];
  const paragraphs = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  for (const paragraph of paragraphs) {
    const { levels, rtl } = embeddingLevels(paragraph);
    const narrowest = Math.min(widthAt(lines.length), widthAt(lines.length + 1_000));
    const tokens = tokensOf(doc, cellsOf(paragraph, style.weight, levels), style.size).flatMap(
      (t) => (t.trimmedWidth > narrowest ? splitWide(doc, t, style.size, narrowest) : [t]),
    );
    if (tokens.length === 0) {
      lines.push({ pieces: [], width: 0, rtl });
      continue;
    }
    let cells: Cell[] = [];
    let width = 0;
    for (const token of tokens) {
      if (cells.length > 0 && width + token.trimmedWidth > widthAt(lines.length)) {
        lines.push(finishLine(doc, cells, style.size, rtl));
        cells = [];
        width = 0;
      }
      cells.push(...token.cells);
      width += token.width;
    }
    lines.push(finishLine(doc, cells, style.size, rtl));
  }
  return lines;
}

/** Widest line of the text when not wrapped (for column sizing). */
export function naturalWidth(doc: Doc, text: string, style: TextStyle): number {
  return Math.max(0, ...layoutText(doc, text, style, Number.POSITIVE_INFINITY).map((l) => l.width));
}

/**
 * Draws one line with its baseline at `baseline`. RTL paragraphs are right-aligned in the box
 * unless an alignment is forced (table cells keep their column's alignment).
 */
export function drawLine(
  doc: Doc,
  line: Line,
  x: number,
  baseline: number,
  style: TextStyle,
  boxWidth: number,
  align: 'start' | 'left' | 'right' = 'start',
): void {
  const right = align === 'right' || (align === 'start' && line.rtl);
  let cx = right ? x + boxWidth - line.width : x;
  doc.fillColor(style.color);
  for (const piece of line.pieces) {
    doc
      .font(piece.font)
      .fontSize(style.size)
      .text(piece.draw, cx, baseline, { lineBreak: false, baseline: 'alphabetic' });
    cx += piece.width;
  }
}
