// How fast does the engine's next-test order settle the verdict? For each worked case with a full
// battery, reveal its recorded tests one at a time (history and red flags known from the start) in
// the engine's order (top of next_tests among the recorded tests) and in a textbook order (the
// reference's order: hip, lumbar/neural, SIJ, piriformis, other), and count the tests needed until
// the verdict equals the full-battery verdict and stays there. REFERENCE §9.7 reports ~17% for its
// oracle order and 37% for a textbook order.
import { describe, expect, it } from 'vitest';
import { TEST_IDS, type TestId } from '../../../shared/clinical/ids';
import { assess } from '../../../shared/engine/index';
import type { Findings } from '../../../shared/findings/schema';
import { parseFindings } from '../../../shared/findings/schema';
import { loadCases } from './caseFiles';

type Order = (findings: Findings, remaining: TestId[]) => TestId;

const verdictKey = (findings: Findings): string => {
  const { primary_source, contributing_sources } = assess(findings, {
    skipNextTests: true,
  }).verdict;
  return `${primary_source}:${contributing_sources.join(',')}`;
};

function testsToSettle(full: Findings, order: Order): { needed: number; total: number } {
  const battery = TEST_IDS.filter((id) => {
    const finding = full.tests[id];
    return finding !== undefined && finding.result !== 'not_tested';
  });
  const target = verdictKey(full);
  const partial: Findings = { ...full, tests: {} };
  const keys = [verdictKey(partial)];
  const remaining = [...battery];
  while (remaining.length > 0) {
    const next = order(partial, remaining);
    remaining.splice(remaining.indexOf(next), 1);
    partial.tests = { ...partial.tests, [next]: full.tests[next] };
    keys.push(verdictKey(partial));
  }
  // The smallest k after which every verdict equals the full-battery one.
  let needed = keys.length - 1;
  while (needed > 0 && keys[needed - 1] === target) needed -= 1;
  return { needed, total: battery.length };
}

const engineOrder: Order = (findings, remaining) => {
  const ranked = assess(findings).next_tests.map((entry) => entry.test);
  return ranked.find((test) => remaining.includes(test)) ?? (remaining[0] as TestId);
};

const textbookOrder: Order = (_findings, remaining) => remaining[0] as TestId;

describe('next-test ranking efficiency (REFERENCE §9.7)', () => {
  const cases = loadCases().filter(({ data }) => data.full_battery);

  it('settles the full-battery verdict with fewer tests than a textbook order', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
    let engineSum = 0;
    let textbookSum = 0;
    for (const { file, data } of cases) {
      const parsed = parseFindings(data.findings);
      if (!parsed.ok) throw new Error(file);
      const engine = testsToSettle(parsed.findings, engineOrder);
      const textbook = testsToSettle(parsed.findings, textbookOrder);
      engineSum += engine.needed / engine.total;
      textbookSum += textbook.needed / textbook.total;
      console.log(
        `${file}: engine ${engine.needed}/${engine.total}, textbook ${textbook.needed}/${textbook.total}`,
      );
    }
    const engineFraction = engineSum / cases.length;
    const textbookFraction = textbookSum / cases.length;
    console.log(
      `average fraction of recorded tests needed: engine ${(engineFraction * 100).toFixed(1)}%, textbook ${(textbookFraction * 100).toFixed(1)}%`,
    );
    expect(engineFraction).toBeLessThan(textbookFraction);
  });
});
