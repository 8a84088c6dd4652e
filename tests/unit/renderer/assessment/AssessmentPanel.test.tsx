// @vitest-environment jsdom
// The live panel against the real engine: the suggested next test and its reason come first (in view
// on every step), one press opens its card; without a suggestion the panel says why.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Findings } from '../../../../shared/findings/schema';
import { assess } from '../../../../shared/engine';
import { AssessmentPanel } from '../../../../renderer/src/assessment/AssessmentPanel';
import { testName } from '../../../../renderer/src/assessment/labels';

afterEach(cleanup);

const EMPTY: Findings = { age: 50, history: {}, tests: {}, red_flags: [] };

function panel(findings: Findings, options: { signed?: boolean; noSuggestion?: boolean } = {}) {
  const assessment = assess(findings);
  const suggestion = options.noSuggestion || options.signed ? undefined : assessment.next_tests[0];
  const onGoToTest = vi.fn();
  render(
    <AssessmentPanel
      assessment={assessment}
      suggestion={suggestion}
      signed={options.signed ?? false}
      onGoToTest={onGoToTest}
    />,
  );
  return { assessment, suggestion, onGoToTest };
}

describe('AssessmentPanel: next test', () => {
  it('names the suggested test and its reason, before the sources', () => {
    const { suggestion } = panel(EMPTY);
    if (!suggestion) throw new Error('the engine suggests a test for an empty exam');
    const button = screen.getByRole('button', { name: `Next: ★ ${testName(suggestion.test)} →` });
    const why = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe(`Why: ${suggestion.why}`);
    const sources = screen.getByRole('list', { name: 'Sources by probability' });
    // DOCUMENT_POSITION_FOLLOWING: the sources come after the next test.
    expect(button.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a click (or Enter, which a button turns into a click) asks for that test', () => {
    const { suggestion, onGoToTest } = panel(EMPTY);
    fireEvent.click(screen.getByRole('button', { name: /^Next: ★/ }));
    expect(onGoToTest).toHaveBeenCalledWith(suggestion?.test);
  });

  it('says why there is no suggestion', () => {
    panel(EMPTY, { noSuggestion: true });
    expect(screen.getByText('Next: none — every test is recorded.')).toBeTruthy();
    cleanup();
    panel(EMPTY, { signed: true });
    expect(screen.getByText('Next: none — the encounter is signed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Next/ })).toBeNull();
  });
});

describe('AssessmentPanel: each figure opens its reasons and sources', () => {
  it('a row is a <details> whose summary holds the figure and its basis, the body the reasons', () => {
    panel({
      age: 68,
      history: { loc_groin_anterior_thigh: true },
      tests: { fadir: { result: 'positive' }, hip_scour: { result: 'positive' } },
      red_flags: [],
    });
    const hip = document.querySelector('[data-source="hip_joint"]') as HTMLDetailsElement;
    expect(hip.tagName).toBe('DETAILS');
    const summary = hip.querySelector('summary') as HTMLElement;
    expect(summary.textContent).toMatch(/^Hip joint\d+%✓ groin pain with 2\+ positive hip tests; /);
    const reasons = hip.querySelector('.reasons')?.textContent ?? '';
    expect(reasons).toMatch(/Starts from \d+% \(.+\)\./);
    expect(reasons).toContain('Hip scour (with adduction) +: LR+ 2.5 — Sutlive 2008');
    expect(reasons).toContain('✓ Rule-supported: groin pain with 2+ positive hip tests.');

    const piriformis = document.querySelector('[data-source="piriformis"]') as HTMLElement;
    expect(piriformis.querySelector('summary')?.textContent).toBe('Piriformis5%prior only (5%)');
    expect(piriformis.querySelector('.reasons')?.textContent).toContain(
      'No finding has moved it yet.',
    );
  });
});
