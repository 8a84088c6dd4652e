// letter_ms: one referral letter of the hip OA fixture (median of warm runs), and
// letter_vs_minimal_ratio: against a minimal one-page pdfkit document made in the same run — one
// page, the same embedded DejaVu Sans, one paragraph of text — so the ratio shows what the letter's
// layout, second font, table, drawing and page flow cost over pdfkit's floor.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { renderLetter } from '../main/pdf/letter';
import { loadFont } from '../main/pdf/text/fonts';
import { parseEncounterExport } from '../shared/domain/exportRecord';
import { percentile, round, type Measurement } from './measurement';

const FIXTURE = fileURLToPath(new URL('../tests/fixtures/hip-oa-export.json', import.meta.url));
const RUNS = 40;

function minimalDocument(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('sans', loadFont('sans').data);
    doc.font('sans').fontSize(10).text('Referral letter. '.repeat(20));
    doc.end();
  });
}

/**
 * Medians of the two tasks run alternately, so both see the same machine load (the benchmark
 * machine is shared): the ratio is then stable even when the absolute times are not.
 */
async function medians(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[number, number]> {
  await a(); // warm-up: fonts read and parsed, code compiled
  await b();
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    let start = performance.now();
    await a();
    samplesA.push(performance.now() - start);
    start = performance.now();
    await b();
    samplesB.push(performance.now() - start);
  }
  return [percentile(samplesA, 50), percentile(samplesB, 50)];
}

export async function run(): Promise<Measurement[]> {
  const parsed = parseEncounterExport(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  if (!parsed.ok) throw new Error('bench fixture is not a valid export');
  const record = parsed.record;
  const [letter, minimal] = await medians(() => renderLetter({ record }), minimalDocument);
  return [
    { name: 'letter_ms', value: round(letter, 1), unit: 'ms', target: 200 },
    {
      name: 'letter_vs_minimal_ratio',
      value: round(letter / minimal, 2),
      unit: 'x',
      target: 3,
      baseline: round(minimal, 2),
      ratio: round(letter / minimal, 2),
    },
  ];
}
