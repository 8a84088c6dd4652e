// Every source named by a test, rule, red flag or prior anchor resolves to a §10 citation, so the
// letter can print the full reference.
import { describe, expect, it } from 'vitest';
import {
  CITATIONS,
  OUTCOME_MEASURES,
  RED_FLAGS,
  RULES,
  TEST_LIST,
  citationFor,
  citationsIn,
} from '../../../shared/clinical';

describe('citations', () => {
  it('every test accuracy source (and alternative) resolves', () => {
    for (const test of TEST_LIST) {
      const accuracy = test.accuracy;
      if (!accuracy) continue;
      expect(citationsIn(accuracy.source).unknown, test.id).toEqual([]);
      for (const alt of accuracy.alternatives ?? []) {
        expect(citationsIn(alt.source).unknown, `${test.id}: ${alt.label}`).toEqual([]);
      }
    }
  });

  it('every rule and red-flag source resolves', () => {
    for (const rule of Object.values(RULES)) {
      expect(citationsIn(rule.source).unknown, rule.id).toEqual([]);
    }
    for (const flag of Object.values(RED_FLAGS)) {
      expect(citationsIn(flag.source).unknown, flag.id).toEqual([]);
    }
  });

  it('looks up one short form, aliases and multi-source strings', () => {
    expect(citationFor('Laslett 2005')?.full).toBe('Laslett M et al. 2005, Man Ther 10');
    expect(citationFor('Laslett 2005 Spine J')?.full).toContain('Spine J 5');
    expect(citationFor('Cibulka 1999')?.short).toBe('Cibulka & Koldehoff 1999');
    expect(citationFor('Nobody 1900')).toBeUndefined();
    const both = citationsIn('Suri 2011; Tawa 2017');
    expect(both.found.map((c) => c.short)).toEqual(['Suri 2011', 'Tawa 2017']);
    expect(citationsIn('Suri 2011; Nobody 1900').unknown).toEqual(['Nobody 1900']);
  });

  it('keys every citation by its own short form', () => {
    for (const [key, citation] of Object.entries(CITATIONS)) {
      expect(citation.short).toBe(key);
      expect(citation.full.length).toBeGreaterThan(key.length);
    }
  });
});

describe('outcome measure sources', () => {
  it('resolve to citations', () => {
    for (const measure of OUTCOME_MEASURES) {
      if (measure.source) expect(citationsIn(measure.source).unknown, measure.id).toEqual([]);
    }
  });
});
