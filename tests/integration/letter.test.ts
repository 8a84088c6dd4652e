// The referral letter end to end: the hip OA export rendered to PDF, its text extracted (pdfjs-dist)
// and checked section by section; names in several scripts; page flow; reproducibility.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderLetter, renderLetterWithInfo } from '../../main/pdf';
import { documentId } from '../../main/pdf/letter';
import { assess } from '../../shared/engine/index';
import { resolveLetterInput } from '../../main/pdf/letterInput';
import { flat, hipOaRecord, pdfPages, withPatientName } from '../unit/pdf/letterFixture';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('referral letter of the hip OA case', () => {
  let pdf: Buffer;
  let pages: string[];
  let text: string;

  beforeAll(async () => {
    pdf = await renderLetter({ record: hipOaRecord() });
    pages = await pdfPages(pdf);
    text = flat(pages);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}hip-oa-letter.pdf`, pdf);
  });

  it('is a PDF with real, extractable text', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text.length).toBeGreaterThan(1500);
  });

  it('has the letterhead, date, recipient and Re: line', () => {
    expect(text).toContain('Riverside Physiotherapy');
    expect(text).toContain('12 Mill Lane');
    expect(text).toContain('Tel. 01632 960 123');
    expect(text).toContain('20 November 2025');
    expect(text).toContain('Dr Helen Carter Orthopaedic Hip Clinic Riverside General Hospital');
    expect(text).toContain('Re: Margaret Ellison');
    expect(text).toContain('Date of birth 17 April 1963 · ID NHS 943 476 5919');
    expect(text).toContain('Urgency: Routine');
    expect(text).toContain('Dear Dr Carter,');
  });

  it('gives the reason for referral, history, body chart and red-flag screen', () => {
    expect(text).toContain('Thank you for seeing Margaret Ellison, a 62-year-old woman');
    expect(text).toContain('History');
    expect(text).toContain(
      'Aggravated by weight-bearing, walking, squatting and putting on shoes and socks',
    );
    // The legend sits beside the history text, so its two lines interleave with it when extracted.
    expect(text).toContain('Marked: right groin and anterior');
    expect(text).toContain('thigh; right lateral hip.');
    expect(text).toMatch(/Front\s*Back/);
    expect(text).toContain('Red-flag screen Screened at this consultation: none present.');
  });

  it('has the examination table and the clusters with their counts', () => {
    expect(text).toMatch(/Test\s*Left\s*Right/);
    expect(text).toMatch(/Hip internal rotation range\s*—\s*Positive \(12°\)/);
    expect(text).toMatch(/FADIR\s*—\s*Positive/);
    expect(text).toContain('Sutlive hip OA rule 4/5 — met (≥4: LR+ 24.3, Sutlive 2008)');
  });

  it('states the impression with the verdict in words and figures, the request and the plan', () => {
    expect(text).toContain('Clinical impression Hip joint — likely (81%).');
    expect(text).toContain('Sutlive hip OA rule 4/5, LR+ 24.3 (Sutlive 2008)');
    expect(text).toContain('In plain words, for the patient:');
    expect(text).toContain('Request Routine orthopaedic hip opinion.');
    expect(text).toContain('Plan Continue a hip-strengthening');
  });

  it('ends with the signature block, and every page has the footer', () => {
    expect(text).toContain('Yours sincerely, Sam Okafor Physiotherapist, MSK clinical specialist');
    expect(text).toContain('Registration no. HCPC PH123456');
    expect(text).toContain('Signed 20 November 2025 at 10:12');
    pages.forEach((page, i) => {
      expect(page).toContain('Confidential');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it.skipIf(!hasTool('pdftoppm'))(
    'renders page 1 to PNG as an artifact (skipped where poppler-utils pdftoppm is missing)',
    () => {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        `${ARTIFACTS}hip-oa-letter.pdf`,
        `${ARTIFACTS}hip-oa-letter-page1`,
      ]);
      const png = execFileSync('file', [`${ARTIFACTS}hip-oa-letter-page1.png`]).toString();
      expect(png).toContain('PNG image data');
    },
  );
});

describe('names in any script', () => {
  it.each([
    ['Polish', 'Łukasiewicz Żaneta', 'Łukasiewicz Żaneta'],
    ['Greek', 'Παπαδοπούλου Ελένη', 'Παπαδοπούλου Ελένη'],
    ['Cyrillic', 'Иванова Светлана', 'Иванова Светлана'],
    // Extracted in visual order (left to right): the words drawn right to left, each word intact.
    ['Arabic', 'محمد عبد الله', 'الله عبد محمد'],
    ['Chinese', '王小明', '王小明'],
  ])(
    'prints a %s name as text in the Re: line and the header of every page',
    async (_s, name, seen) => {
      const pages = await pdfPages(await renderLetter({ record: withPatientName(name) }));
      expect(pages[0]).toContain(`Re: ${seen}`);
      expect(pages[0]).toContain(`Thank you for seeing ${seen},`);
      for (const page of pages.slice(1)) expect(page).toContain(`Re: ${seen} · born 17 April 1963`);
    },
  );

  it('prints a character no font has as its code, never as an empty box', async () => {
    const text = flat(
      await pdfPages(await renderLetter({ record: withPatientName('Ann 🦴 Lee') })),
    );
    expect(text).toContain('Re: Ann [U+1F9B4] Lee');
  });
});

describe('page flow', () => {
  it('flows a long history onto the next page, repeating the header there', async () => {
    const record = hipOaRecord();
    const sentence =
      'She describes the pain in detail, with its daily pattern and what she has tried. ';
    record.presenting_complaint = `${sentence.repeat(45)}ENDOFCOMPLAINTMARKER.`;
    const { pdf, pageCount } = await renderLetterWithInfo({ record });
    const pages = await pdfPages(pdf);
    expect(pageCount).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const markerPage = pages.findIndex((p) => p.includes('ENDOFCOMPLAINTMARKER'));
    expect(markerPage).toBeGreaterThanOrEqual(1);
    expect(pages[markerPage]).toContain('Riverside Physiotherapy — referral letter (continued)');
    expect(pages[markerPage]).toContain('Re: Margaret Ellison · born 17 April 1963');
    expect(flat([pages[0] ?? ''])).toContain('who presented with the complaint described below');
  });

  it('prints on US Letter when the clinic chooses it', async () => {
    const pdf = await renderLetter({ record: hipOaRecord(), paperSize: 'LETTER' });
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 612 792]');
    const a4 = await renderLetter({ record: hipOaRecord() });
    expect(a4.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('draws the clinic logo from its data URL', async () => {
    const record = hipOaRecord();
    record.clinic.logo =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const pdf = await renderLetter({ record });
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
  });
});

describe('reproducibility', () => {
  it('regenerates byte-identical output, dated at signing, with an id from the signed data', async () => {
    const first = await renderLetterWithInfo({ record: hipOaRecord() });
    const second = await renderLetterWithInfo({ record: hipOaRecord() });
    expect(second.pdf.equals(first.pdf)).toBe(true);
    expect(second.sha256).toBe(first.sha256);
    const raw = first.pdf.toString('latin1');
    // Both dates are the signing time (pdfkit writes them as indirect string objects).
    expect(raw.match(/\(D:20251120101200Z\)/g)).toHaveLength(2);
    expect(raw).not.toMatch(/\(D:(?!20251120101200Z)\d{14}Z\)/);
    const id = documentId(resolveLetterInput({ record: hipOaRecord() })).toString('hex');
    expect(raw.toLowerCase()).toContain(`/id [<${id}> <${id}>]`);
  });

  it('gives a different document id when the signed data differ', () => {
    const a = documentId(resolveLetterInput({ record: hipOaRecord() }));
    const record = hipOaRecord();
    record.plan = `${record.plan} Review in 6 weeks instead.`;
    expect(documentId(resolveLetterInput({ record })).equals(a)).toBe(false);
  });
});

describe('a red-flag letter', () => {
  it('leads with the flags, asks for same-day assessment and tells the patient plainly', async () => {
    const record = hipOaRecord();
    record.red_flags = ['rf_ces_urinary', 'rf_ces_saddle_anaesthesia'];
    record.referral.urgency = null;
    const text = flat(await pdfPages(await renderLetter({ record, assessment: assess(record) })));
    expect(text).toContain('Urgency: Emergency (same day)');
    expect(text).toContain(
      'My assessment: red-flag presentation: new bladder disturbance and saddle anaesthesia.',
    );
    expect(text).toContain('I would be grateful for same-day assessment.');
    expect(text).toContain('Present: saddle anaesthesia — emergency (same day).');
    expect(text).toContain('Otherwise considered:');
    expect(text).toContain('Suspected cauda equina syndrome');
    expect(text).toContain('need a doctor to see you today');
  });
});
