// Worked cases (cases/*.json): inputs in the findings exchange format with the verdict, urgency,
// rules and probabilities worked out by hand from REFERENCE.md (the reasoning is in each file).
import { describe, expect, it } from 'vitest';
import { SOURCE_IDS, TEST_IDS } from '../../../shared/clinical/ids';
import { assess } from '../../../shared/engine/index';
import { parseFindings } from '../../../shared/findings/schema';
import { loadCases } from './caseFiles';

const sortRows = (rows: [string, number][]): [string, number][] =>
  [...rows].sort((a, b) => a[0].localeCompare(b[0]));

describe('worked cases (computed by hand from REFERENCE.md)', () => {
  const cases = loadCases();
  it('there are at least 20', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('$file', ({ data }) => {
    const parsed = parseFindings(data.findings);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const result = assess(parsed.findings);
    const { expected } = data;
    expect(result.verdict.primary_source).toBe(expected.primary_source);
    expect(result.verdict.contributing_sources).toEqual(expected.contributing_sources);
    expect(result.verdict.urgency).toBe(expected.urgency);
    if (expected.referral_to !== undefined) {
      expect(result.verdict.referral.to).toBe(expected.referral_to);
    }
    if (expected.referral_urgency !== undefined) {
      expect(result.verdict.referral.urgency).toBe(expected.referral_urgency);
    }
    for (const [id, status] of Object.entries(expected.rules ?? {})) {
      expect(result.rules.find((rule) => rule.id === id)?.status, id).toBe(status);
    }
    for (const [id, count] of Object.entries(expected.rule_counts ?? {})) {
      expect(result.rules.find((rule) => rule.id === id)?.count, id).toBe(count);
    }
    for (const [id, p] of Object.entries(expected.probabilities ?? {})) {
      const actual = result.sources.find((source) => source.id === id)?.probability ?? NaN;
      expect(Math.abs(actual - p), `${id}: ${actual} vs ${p}`).toBeLessThanOrEqual(0.005);
    }
    for (const [id, urgency] of Object.entries(expected.flag_urgencies ?? {})) {
      expect(result.red_flags.find((flag) => flag.id === id)?.urgency, id).toBe(urgency);
    }
    if (expected.suggested_flags !== undefined) {
      expect(result.suggested_red_flags.map((flag) => flag.id)).toEqual(expected.suggested_flags);
    }
    for (const [id, rows] of Object.entries(expected.evidence ?? {})) {
      const evidence = result.sources.find((source) => source.id === id)?.evidence ?? [];
      const actual = evidence.map((row): [string, number] => [row.finding, row.lr]);
      expect(sortRows(actual), `${id} evidence`).toEqual(sortRows(rows));
    }
    for (const [id, prior] of Object.entries(expected.priors ?? {})) {
      expect(result.sources.find((source) => source.id === id)?.prior, `${id} prior`).toBe(prior);
    }
    for (const text of expected.warnings_include ?? []) {
      expect(
        result.warnings.some((warning) => warning.includes(text)),
        text,
      ).toBe(true);
    }
  });
});

// The output contract of FINDINGS-FORMAT.md, checked on every worked case.
describe('output contract (FINDINGS-FORMAT.md) on every worked case', () => {
  const cases = loadCases();
  const MSK_SOURCES: readonly string[] = SOURCE_IDS;

  it.each(cases)('$file', ({ data }) => {
    const parsed = parseFindings(data.findings);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const findings = parsed.findings;
    const result = assess(findings);

    // next_tests ranks every test not yet performed (missing or not_tested), each exactly once.
    const notDone = TEST_IDS.filter((id) => {
      const finding = findings.tests[id];
      return finding === undefined || finding.result === 'not_tested';
    });
    const ranked = result.next_tests.map((entry) => entry.test);
    expect(new Set(ranked).size, 'no test twice').toBe(ranked.length);
    expect([...ranked].sort()).toEqual([...notDone].sort());
    for (const entry of result.next_tests) expect(entry.why.length).toBeGreaterThan(0);

    // sources: one per source, sorted by probability, evidence rows name finding, lr, source.
    expect(result.sources.map((s) => s.id).sort()).toEqual([...SOURCE_IDS].sort());
    const probabilities = result.sources.map((s) => s.probability);
    expect([...probabilities].sort((a, b) => b - a)).toEqual(probabilities);
    for (const source of result.sources) {
      expect(source.evidence.length).toBeLessThanOrEqual(3);
      for (const row of source.evidence) {
        expect(typeof row.finding).toBe('string');
        expect(row.lr).toBeGreaterThanOrEqual(0.1);
        expect(row.lr).toBeLessThanOrEqual(10);
        expect(row.source.length).toBeGreaterThan(0);
      }
    }

    // rules: id, met, count, note; red_flags: id and urgency for each listed flag.
    for (const rule of result.rules) {
      expect(typeof rule.id).toBe('string');
      expect(rule.met).toBe(rule.status === 'met');
      expect(rule.count).toMatch(/^\d+\/\d+$/);
      expect(rule.note.length).toBeGreaterThan(0);
    }
    expect(result.red_flags.map((flag) => flag.id)).toEqual(findings.red_flags ?? []);
    for (const flag of result.red_flags) {
      expect(['emergency', 'urgent', 'routine', 'none']).toContain(flag.urgency);
    }
    expect(Array.isArray(result.warnings)).toBe(true);

    // primary_source values and what contributing_sources holds for each.
    const { primary_source: primary, contributing_sources: contributing } = result.verdict;
    for (const source of contributing) expect(MSK_SOURCES).toContain(source);
    if (primary === 'mixed') expect(contributing.length).toBeGreaterThanOrEqual(2);
    else if (primary === 'undetermined') expect(contributing).toEqual([]);
    else if (primary !== 'red_flag') expect(contributing).toEqual([primary]);
    else expect(['emergency', 'urgent', 'routine']).toContain(result.verdict.urgency);
  });
});
