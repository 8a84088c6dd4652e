// Step 1: the red-flag screen, each question in plain words, answered yes or no. "No to all
// remaining" answers the rest in one action (age over 70 is read from the date of birth). Keys, as
// P / N / S do for tests: Y yes, N no on the current question, then the next one; ↑/↓ move.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { RED_FLAGS, RED_FLAG_IDS, type RedFlagId } from '../../../shared/clinical';
import type { RedFlagScreen } from '../../../shared/domain/encounter';
import type { EncounterChange } from '../../../shared/domain/encounterChange';
import { isTypingTarget } from '../ui/format';

export interface RedFlagStepProps {
  screen: RedFlagScreen;
  age: number;
  change: (change: EncounterChange) => void;
  readOnly: boolean;
}

function ageAnswer(id: RedFlagId, age: number): boolean {
  return id === 'rf_age_over_70' ? age > 70 : false;
}

const KEY_ANSWERS: Record<string, boolean> = { y: true, n: false };

/** The question `step` places after (or before) `id`, stopping at either end. */
export function questionAfter(id: RedFlagId, step: 1 | -1): RedFlagId {
  const index = RED_FLAG_IDS.indexOf(id) + step;
  return RED_FLAG_IDS[Math.min(RED_FLAG_IDS.length - 1, Math.max(0, index))] ?? id;
}

function firstOpen(screen: RedFlagScreen): RedFlagId {
  return RED_FLAG_IDS.find((id) => screen.answers[id] === undefined) ?? RED_FLAG_IDS[0];
}

export function RedFlagStep({ screen, age, change, readOnly }: RedFlagStepProps) {
  const unanswered = RED_FLAG_IDS.filter((id) => screen.answers[id] === undefined);
  const [current, setCurrent] = useState<RedFlagId>(() => firstOpen(screen));

  // The key handler reads the latest props through a ref, so it is registered once.
  const latest = useRef({ current, change, readOnly });
  useLayoutEffect(() => {
    latest.current = { current, change, readOnly };
  });

  function answerRest() {
    for (const id of unanswered) {
      change({ kind: 'redFlag', id, present: ageAnswer(id, age) });
    }
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.defaultPrevented) return;
      const { current: id, change: record, readOnly: locked } = latest.current;
      const answer = KEY_ANSWERS[event.key.toLowerCase()];
      if (answer !== undefined) {
        event.preventDefault();
        if (locked) return;
        record({ kind: 'redFlag', id, present: answer });
        setCurrent(questionAfter(id, 1));
      } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        event.preventDefault();
        setCurrent(questionAfter(id, event.key === 'ArrowUp' ? -1 : 1));
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Keep the current question in view and, unless focus is in another part of the screen, focused:
  // focus is always visible where the keys act.
  useEffect(() => {
    const row = document.getElementById(`rf-row-${current}`);
    if (!row) return;
    const active = document.activeElement;
    if (active && row.contains(active)) return;
    const onPage = !active || active === document.body || active.closest('.question') !== null;
    if (onPage) row.focus({ preventScroll: true });
    row.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  return (
    <section aria-labelledby="redflags-h" className="redflag-step">
      <div className="step-head">
        <h2 id="redflags-h">Red flags</h2>
        <button
          type="button"
          className="button button-primary"
          disabled={readOnly || unanswered.length === 0}
          onClick={answerRest}
          data-action="all-absent"
        >
          No to all remaining ({unanswered.length})
        </button>
      </div>
      <p className="status-line">
        Ask each question in these words. A “yes” raises a banner that stays until you record what
        was done.
      </p>
      <p className="key-hint">
        <kbd>Y</kbd> yes · <kbd>N</kbd> no (then the next question) · <kbd>↑</kbd>/<kbd>↓</kbd>{' '}
        question
      </p>
      <ol className="question-list">
        {RED_FLAG_IDS.map((id) => {
          const flag = RED_FLAGS[id];
          const answer = screen.answers[id];
          const questionId = `rf-${id}`;
          const isCurrent = id === current;
          return (
            <li
              key={id}
              id={`rf-row-${id}`}
              data-flag={id}
              tabIndex={-1}
              aria-current={isCurrent ? 'step' : undefined}
              className={`question${answer === true ? ' answer-yes' : ''}${isCurrent ? ' current' : ''}`}
              onFocus={() => setCurrent(id)}
              onClick={() => setCurrent(id)}
            >
              <span className="question-marker" aria-hidden="true">
                {isCurrent ? '▶' : ''}
              </span>
              <span id={questionId} className="question-text">
                {flag.question}
                <span className="question-aside"> ({flag.suspected})</span>
              </span>
              <span role="group" aria-labelledby={questionId} className="yes-no">
                {([true, false] as const).map((value) => {
                  const pressed = answer === value;
                  return (
                    <button
                      key={String(value)}
                      type="button"
                      className={`choice ${value ? 'choice-yes' : 'choice-no'}${pressed ? ' pressed' : ''}`}
                      aria-pressed={pressed}
                      disabled={readOnly}
                      onClick={() =>
                        change({ kind: 'redFlag', id, present: pressed ? null : value })
                      }
                    >
                      {pressed ? '✓ ' : ''}
                      {value ? 'Yes' : 'No'}
                    </button>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
