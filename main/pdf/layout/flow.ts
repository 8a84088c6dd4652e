// The page cursor: where the next line goes, and a new page (with the running header) when it does
// not fit. pdfkit never breaks pages by itself here: every text call is positioned, so the letter
// decides where a page ends and keeps headings with their first lines.
import type PDFDocument from 'pdfkit';
import { drawLine, layoutText, type TextStyle } from '../text/typeset';

export type Doc = InstanceType<typeof PDFDocument>;

export interface PageFrame {
  left: number;
  right: number;
  top: number;
  /** Lowest y body text may reach; the footer sits below it. */
  bottom: number;
  pageWidth: number;
  pageHeight: number;
}

export const LINE_HEIGHT = 1.38;

export function lineHeight(style: TextStyle): number {
  return style.size * LINE_HEIGHT;
}

export interface TextOptions {
  x?: number;
  width?: number;
  /** Narrower lines while they sit above `until` on the current page (text beside a figure). */
  beside?: { width: number; until: number };
  /** Space after the block, in points. */
  after?: number;
  align?: 'start' | 'left' | 'right';
}

export class Flow {
  y: number;

  constructor(
    readonly doc: Doc,
    readonly frame: PageFrame,
    private readonly runningHeader: (flow: Flow) => void,
  ) {
    this.y = frame.top;
  }

  get width(): number {
    return this.frame.right - this.frame.left;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.frame.top;
    this.runningHeader(this);
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.frame.bottom) this.newPage();
  }

  /** Wrapped text at the cursor; lines that do not fit move to the next page. */
  text(text: string, style: TextStyle, options: TextOptions = {}): void {
    const x = options.x ?? this.frame.left;
    const width = options.width ?? this.frame.right - x;
    const height = lineHeight(style);
    const beside = options.beside;
    // Where line n will land (same page or not), so it gets the width free at that height.
    const lineWidth = (n: number): number => {
      if (!beside) return width;
      const y = this.y + n * height;
      return y + height <= this.frame.bottom && y < beside.until ? beside.width : width;
    };
    const startPage = this.doc.bufferedPageRange().count;
    for (const line of layoutText(this.doc, text, style, lineWidth)) {
      this.ensure(height);
      const onStartPage = this.doc.bufferedPageRange().count === startPage;
      const boxWidth = beside && onStartPage && this.y < beside.until ? beside.width : width;
      drawLine(this.doc, line, x, this.baseline(style), style, boxWidth, options.align);
      this.y += height;
    }
    this.y += options.after ?? 0;
  }

  /** The baseline for a line whose box starts at the cursor. */
  baseline(style: TextStyle, top = this.y): number {
    return top + style.size * 1.02;
  }

  rule(color = '#9AA5B1', width = 0.6): void {
    this.doc
      .moveTo(this.frame.left, this.y)
      .lineTo(this.frame.right, this.y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke();
  }
}
