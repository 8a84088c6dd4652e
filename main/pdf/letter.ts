// The referral letter as a PDF. Deterministic: the creation and modification dates are the signing
// time and the document id is derived from a hash of the signed data, with nothing random or
// time-based — regenerating the letter of a signed encounter gives a byte-identical file.
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { composeLetter, type LetterContent } from './compose/content';
import { drawFooters } from './layout/footer';
import { Flow, type Doc, type PageFrame } from './layout/flow';
import { drawLetterhead, drawRunningHeader } from './layout/letterhead';
import {
  drawAddenda,
  drawExamination,
  drawHistory,
  drawImpression,
  drawOpening,
  drawPlan,
  drawRedFlags,
  drawRequest,
  drawSignature,
} from './layout/sections';
import { resolveLetterInput, type LetterInput, type ResolvedLetterInput } from './letterInput';
import { loadFont, type FontKey } from './text/fonts';

export interface RenderedLetter {
  pdf: Buffer;
  pageCount: number;
  /** Hex sha256 of the PDF bytes, stored with the letter record. */
  sha256: string;
}

const MARGIN = { top: 46, side: 56, bottom: 58 };
const FONT_KEYS: readonly FontKey[] = ['sans', 'sans-bold', 'cjk'];

/** JSON with sorted keys, so the digest depends on the data, not on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The PDF document id: the first 16 bytes of sha256 over the signed record and its assessment. */
export function documentId(input: ResolvedLetterInput): Buffer {
  // The record's own assessment field is left out: the assessment printed is hashed instead, so
  // an export with the assessment stored and one computed on the way hash alike.
  const signed = canonicalJson({
    record: { ...input.record, assessment: null },
    assessment: input.assessment,
    paper: input.paperSize,
  });
  return createHash('sha256').update(signed).digest().subarray(0, 16);
}

function newDocument(input: ResolvedLetterInput, content: LetterContent): Doc {
  const signedAt = new Date(input.signedAt);
  const doc = new PDFDocument({
    size: content.paperSize === 'LETTER' ? 'LETTER' : 'A4',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    lang: 'en-GB',
    // The default font would be Helvetica, whose metrics pdfkit parses anew for every document;
    // starting with the (already parsed) DejaVu face skips that. pdfkit recognises it as the
    // same font when 'sans' is selected, so it is embedded once.
    font: loadFont('sans').face as unknown as string,
    displayTitle: true,
    info: {
      Title: 'Referral letter',
      Subject: 'Physiotherapy referral',
      Author: input.record.clinician.name,
      Creator: 'HipSpine Exam Assistant',
      Producer: 'HipSpine Exam Assistant (pdfkit)',
      CreationDate: signedAt,
      ModDate: signedAt,
    },
  });
  // pdfkit derives its id from the info dictionary; replace it with one derived from the signed
  // data, so two letters signed in the same second still get distinct ids.
  (doc as unknown as { _id: Buffer })._id = documentId(input);
  for (const key of FONT_KEYS) {
    doc.registerFont(key, loadFont(key).face as unknown as Buffer);
  }
  return doc;
}

function frameOf(doc: Doc): PageFrame {
  const { width, height } = doc.page;
  return {
    left: MARGIN.side,
    right: width - MARGIN.side,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
    pageWidth: width,
    pageHeight: height,
  };
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Renders the letter and reports its page count and hash. */
export async function renderLetterWithInfo(input: LetterInput): Promise<RenderedLetter> {
  const resolved = resolveLetterInput(input);
  const content = composeLetter(resolved);
  const doc = newDocument(resolved, content);
  const done = collect(doc);
  const frame = frameOf(doc);
  const flow = new Flow(doc, frame, (f) => drawRunningHeader(f, content));
  drawLetterhead(flow, content);
  drawOpening(flow, content);
  drawHistory(flow, content);
  drawRedFlags(flow, content);
  drawExamination(flow, content);
  drawImpression(flow, content);
  drawRequest(flow, content);
  drawPlan(flow, content);
  drawSignature(flow, content);
  drawAddenda(flow, content);
  const pageCount = doc.bufferedPageRange().count;
  drawFooters(doc, frame);
  doc.end();
  const pdf = await done;
  return { pdf, pageCount, sha256: createHash('sha256').update(pdf).digest('hex') };
}

/** The referral letter of a signed encounter as PDF bytes. */
export async function renderLetter(input: LetterInput): Promise<Buffer> {
  return (await renderLetterWithInfo(input)).pdf;
}
