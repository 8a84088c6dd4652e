// The live assessment beside the tests: ranked sources with bars and their basis, rules with counts,
// raised red flags, and (first, always in view) the suggested next test. Each figure opens its
// reasons and sources.
import { useLayoutEffect } from 'react';
import { RED_FLAGS, RULES } from '../../../shared/clinical';
import { percent } from '../ui/format';
import { basisText, evidenceLabel, lrText, supportText } from './basis';
import { ruleName, sourceName, testName, URGENCY_SHORT, verdictLabel } from './labels';
import { measureRecordToPanel } from './perf';
import type { Assessment, NextTest } from './types';

export interface AssessmentPanelProps {
  assessment: Assessment;
  suggestion: NextTest | undefined;
  /** Signed: nothing more is recorded, so nothing is suggested. */
  signed: boolean;
  onGoToTest: (test: NextTest['test']) => void;
}

/**
 * The suggested next test and why, first in the panel so it is in view on every step without
 * scrolling (UX.md: "next: hip scour →"). Click, tap or Enter opens its card in either order.
 */
function NextTestLine({
  suggestion,
  signed,
  onGoToTest,
}: Pick<AssessmentPanelProps, 'suggestion' | 'signed' | 'onGoToTest'>) {
  if (!suggestion) {
    return (
      <p className="next-test next-none" data-next="none">
        Next: none — {signed ? 'the encounter is signed' : 'every test is recorded'}.
      </p>
    );
  }
  return (
    <div className="next-test" data-next={suggestion.test}>
      <button
        type="button"
        className="button next-button"
        aria-describedby="next-why"
        onClick={() => onGoToTest(suggestion.test)}
      >
        Next: ★ {testName(suggestion.test)} →
      </button>
      <p id="next-why" className="next-why">
        Why: {suggestion.why}
      </p>
    </div>
  );
}

/** Rules worth a line: something was recorded toward them. */
function shownRules(assessment: Assessment) {
  return assessment.rules.filter(
    (rule) =>
      rule.status === 'met' ||
      rule.status === 'voided' ||
      (rule.status !== 'not_evaluated' && !rule.count.startsWith('0/')),
  );
}

const STATUS_WORDS: Record<string, string> = {
  met: '✓ met',
  not_met: '✗ not met',
  incomplete: '… incomplete',
  voided: '⊘ voided',
  not_evaluated: 'not evaluated',
};

export function AssessmentPanel({
  assessment,
  suggestion,
  signed,
  onGoToTest,
}: AssessmentPanelProps) {
  useLayoutEffect(() => {
    measureRecordToPanel();
  }, [assessment]);

  const rules = shownRules(assessment);
  return (
    <aside className="assessment-panel" aria-labelledby="live-h">
      <h2 id="live-h">Live assessment</h2>
      <p className="verdict-line" aria-live="polite">
        <span className="label">Verdict:</span>{' '}
        <strong>{verdictLabel(assessment.verdict.primary_source)}</strong>
        {assessment.verdict.urgency !== 'none' && (
          <span className={`urgency urgency-${assessment.verdict.urgency}`}>
            {' '}
            · {URGENCY_SHORT[assessment.verdict.urgency]}
          </span>
        )}
      </p>
      <NextTestLine suggestion={suggestion} signed={signed} onGoToTest={onGoToTest} />
      <ol className="source-list" aria-label="Sources by probability">
        {assessment.sources.map((source) => {
          const support = supportText(source, assessment.rules);
          return (
            <li key={source.id}>
              <details className="source-row" data-source={source.id}>
                <summary>
                  <span className="source-name">{sourceName(source.id, true)}</span>
                  <span className="bar" aria-hidden="true">
                    <span
                      className="bar-fill"
                      style={{ width: `${Math.max(1, Math.round(source.probability * 100))}%` }}
                    />
                  </span>
                  <span className="source-pct">{percent(source.probability)}</span>
                  <span className="source-basis">{basisText(source, assessment.rules)}</span>
                </summary>
                <div className="reasons">
                  <p>
                    Starts from {percent(source.prior)} ({source.prior_basis}).
                  </p>
                  {source.evidence.length === 0 ? (
                    <p>No finding has moved it yet.</p>
                  ) : (
                    <ul>
                      {source.evidence.map((row) => (
                        <li key={`${row.family}-${row.finding}`}>
                          {evidenceLabel(row, assessment.rules)}: {lrText(row)} — {row.source}
                        </li>
                      ))}
                    </ul>
                  )}
                  <p>
                    {support
                      ? `✓ Rule-supported: ${support}.`
                      : 'Not rule-supported: no rule or stated combination backs it yet.'}
                  </p>
                </div>
              </details>
            </li>
          );
        })}
      </ol>
      <h3>Rules</h3>
      {rules.length === 0 ? (
        <p className="status-line">No rule has items recorded yet.</p>
      ) : (
        <ul className="rule-list">
          {rules.map((rule) => (
            <li key={rule.id}>
              <details data-rule={rule.id}>
                <summary>
                  {ruleName(rule.id)} <strong>{rule.count}</strong> {STATUS_WORDS[rule.status]}
                </summary>
                <div className="reasons">
                  <p>{RULES[rule.id].criteria}</p>
                  {rule.note && <p>{rule.note}</p>}
                  <p>Source: {RULES[rule.id].source}</p>
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      {assessment.red_flags.length > 0 && (
        <>
          <h3>Red flags</h3>
          <ul className="flag-list">
            {assessment.red_flags.map((flag) => (
              <li key={flag.id} className={`urgency-${flag.urgency}`}>
                ⚑ {RED_FLAGS[flag.id].suspected} — {URGENCY_SHORT[flag.urgency]}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
