// Test helpers for the letter: the hip OA export fixture (tests/fixtures), variants of it, and the
// text of a PDF per page (pdfjs-dist, so the tests need no system tools).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseEncounterExport, type EncounterExport } from '../../../shared/domain/exportRecord';

export const FIXTURE_PATH = fileURLToPath(
  new URL('../../fixtures/hip-oa-export.json', import.meta.url),
);

export function fixtureJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Record<string, unknown>;
}

export function hipOaRecord(): EncounterExport {
  const parsed = parseEncounterExport(fixtureJson());
  if (!parsed.ok) throw new Error(`fixture invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.record;
}

/** The fixture with another patient name (given, family as written in that script). */
export function withPatientName(name: string): EncounterExport {
  const record = hipOaRecord();
  return { ...record, patient: { ...record.patient, name } };
}

/** Bidi marks that extractors add around right-to-left runs. */
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

interface TextItem {
  str: string;
  transform: number[];
}

/** Each page's text, one line per baseline, items left to right. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items = (content.items as unknown[]).filter(
      (item): item is TextItem => typeof item === 'object' && item !== null && 'str' in item,
    );
    const lines = new Map<number, { x: number; str: string }[]>();
    for (const item of items) {
      const y = Math.round(item.transform[5] ?? 0);
      const key = [...lines.keys()].find((k) => Math.abs(k - y) <= 1) ?? y;
      const line = lines.get(key) ?? [];
      line.push({ x: item.transform[4] ?? 0, str: item.str });
      lines.set(key, line);
    }
    const text = [...lines.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, parts]) =>
        parts
          .sort((a, b) => a.x - b.x)
          .map((p) => p.str)
          .join(''),
      )
      .join('\n');
    pages.push(text.replace(BIDI_MARKS, '').normalize('NFKC'));
  }
  await doc.destroy();
  return pages;
}

/** All pages' text with runs of whitespace collapsed, for phrase searches across line breaks. */
export function flat(pages: readonly string[]): string {
  return pages.join('\n').replace(/\s+/g, ' ');
}
