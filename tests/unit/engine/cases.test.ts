// Worked cases (cases/*.json): inputs in the findings exchange format with the verdict, urgency,
// rules and probabilities worked out by hand from REFERENCE.md (the reasoning is in each file).
import { describe, expect, it } from 'vitest';
import { assess } from '../../../shared/engine/index';
import { parseFindings } from '../../../shared/findings/schema';
import { loadCases } from './caseFiles';

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
  });
});
