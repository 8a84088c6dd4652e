import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../../main/pdf/compose/content';
import { clusterLines, examRows } from '../../../main/pdf/compose/exam';
import { describeRegions, historySentences } from '../../../main/pdf/compose/history';
import { redFlagLines, salutation } from '../../../main/pdf/compose/request';
import { longDate, probabilityWords } from '../../../main/pdf/compose/words';
import { LetterInputError, resolveLetterInput } from '../../../main/pdf/letterInput';
import { hipOaRecord } from './letterFixture';

const resolved = () => resolveLetterInput({ record: hipOaRecord() });

describe('history in prose', () => {
  it('says where, what makes it worse and better, and the pertinent negatives', () => {
    const text = historySentences(hipOaRecord()).join(' ');
    expect(text).toContain('Symptoms for 30 weeks (about 7 months), insidious onset.');
    expect(text).toContain(
      'Pain marked on the body chart: right groin and anterior thigh and right lateral hip.',
    );
    expect(text).toContain(
      'Aggravated by weight-bearing, walking, squatting and putting on shoes and socks; eased by lying down.',
    );
    expect(text).toContain('morning stiffness of about 20 minutes');
    expect(text).toContain(
      'Pertinent negatives: no pain in the low back, in the buttock or below the knee;',
    );
    expect(text).toContain('not aggravated by bending forward or coughing, sneezing or straining');
  });

  it('falls back to the location answers when nothing is marked on the body chart', () => {
    const record = { ...hipOaRecord(), body_chart: [] };
    expect(historySentences(record).join(' ')).toContain(
      'Pain in the groin and anterior thigh and over the lateral hip.',
    );
  });

  it('names both sides once when a region is marked left and right', () => {
    expect(describeRegions(['left_buttock', 'right_buttock', 'right_foot'])).toEqual([
      'left and right buttock',
      'right foot',
    ]);
  });
});

describe('examination', () => {
  it('puts each result under its side and spans the unsided tests', () => {
    const rows = examRows(hipOaRecord());
    expect(rows.find((r) => r.test === 'FADIR')).toEqual({
      test: 'FADIR',
      left: '—',
      right: 'Positive',
      span: false,
      positive: true,
    });
    expect(rows.find((r) => r.test.startsWith('Hip internal rotation'))?.right).toBe(
      'Positive (12°)',
    );
    expect(rows.find((r) => r.test.includes('centralisation'))).toMatchObject({
      span: true,
      left: 'Negative',
    });
  });

  it('fills both columns for a bilateral result', () => {
    const record = hipOaRecord();
    record.tests.fadir = { result: 'positive', side: 'bilateral' };
    expect(examRows(record).find((r) => r.test === 'FADIR')).toMatchObject({
      left: 'Positive',
      right: 'Positive',
    });
  });

  it('lists met clusters with their count and published figure, then the rest in one line', () => {
    const lines = clusterLines(resolved().assessment);
    expect(lines[0]).toBe('Sutlive hip OA rule 4/5 — met (≥4: LR+ 24.3, Sutlive 2008)');
    expect(lines).toContain('ACR clinical criteria for hip OA 2/2 — met (LR+ 3.4, Altman 1991)');
    expect(lines.find((l) => l.startsWith('Not met:'))).toContain(
      'Laslett SIJ cluster, 2 of 4 0/4',
    );
    expect(lines.join(' ')).not.toContain('Cibulka'); // not scored: says nothing about this patient
  });
});

describe('impression and request', () => {
  it('gives the verdict in words and figures with its basis', () => {
    const content = composeLetter(resolved());
    expect(content.impression.headline).toBe('Hip joint — likely (81%).');
    expect(content.impression.basis[0]).toBe(
      'Hip joint 81%: Sutlive hip OA rule 4/5, LR+ 24.3 (Sutlive 2008), from a pre-test probability of 30% (age 55 or over).',
    );
    expect(content.impression.coding).toBe(
      'Suggested coding: Hip OA — ICD-10 M16; SNOMED CT 239872002.',
    );
    expect(content.request[0]).toBe('Routine orthopaedic hip opinion.');
    expect(content.plainLanguage).toMatch(
      /^In plain words, for the patient: the pain most likely comes from the hip joint/,
    );
  });

  it('words the red-flag screen as none present, not screened, or the flags listed', () => {
    const record = hipOaRecord();
    const { assessment } = resolved();
    expect(redFlagLines(record, assessment)).toEqual([
      'Screened at this consultation: none present.',
    ]);
    expect(redFlagLines({ ...record, red_flags: undefined }, assessment)).toEqual([
      'Not screened at this consultation.',
    ]);
    expect(redFlagLines({ ...record, red_flags: ['rf_history_of_cancer'] }, assessment)).toEqual([
      'Present: history of cancer.',
    ]);
  });

  it('greets a named doctor by title and surname, and a clinic as a colleague', () => {
    expect(salutation(['Dr Helen Carter', 'Hip clinic'])).toBe('Dear Dr Carter,');
    expect(salutation(['Orthopaedic Hip Clinic'])).toBe('Dear colleague,');
    expect(salutation([])).toBe('Dear colleague,');
  });
});

describe('words', () => {
  it('prints the recorded date without time-zone conversion', () => {
    expect(longDate('2025-11-20T23:59:00-08:00')).toBe('20 November 2025');
  });

  it('bands probabilities into words', () => {
    expect([0.95, 0.81, 0.55, 0.35, 0.12, 0.05].map(probabilityWords)).toEqual([
      'very likely',
      'likely',
      'more likely than not',
      'possible',
      'less likely',
      'unlikely',
    ]);
  });
});

describe('resolveLetterInput', () => {
  it('refuses an unsigned encounter, naming signed_at', () => {
    const record = { ...hipOaRecord(), signed_at: null };
    expect(() => resolveLetterInput({ record })).toThrow(LetterInputError);
    try {
      resolveLetterInput({ record });
    } catch (error) {
      expect(error).toMatchObject({ code: 'NOT_SIGNED', field: 'signed_at' });
    }
  });

  it('refuses a malformed assessment, naming the field', () => {
    try {
      resolveLetterInput({ record: hipOaRecord(), assessment: { verdict: { urgency: 'soon' } } });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_ASSESSMENT' });
      expect((error as LetterInputError).field).toMatch(/^assessment\.verdict\./);
    }
  });
});
