// Step 3: the special tests, by question group or by patient position, recorded one key per side.
// Keys (when no text field has focus): P positive, N negative, S skip, ←/→ side, ↑/↓ test, Enter
// details. Each record advances to the other side, then the next test.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { TESTS, type RootLevel, type TestId } from '../../../shared/clinical';
import type { EncounterContent, RecordSide, SideResult } from '../../../shared/domain/encounter';
import type { EncounterChange } from '../../../shared/domain/encounterChange';
import { applyChange } from '../encounter/applyChange';
import { markRecord } from '../assessment/perf';
import { isTypingTarget } from '../ui/format';
import type { NextTest } from '../assessment/types';
import {
  advance,
  cursorAt,
  levelChange,
  moveSide,
  moveTest,
  rangeChange,
  resultChange,
  type Cursor,
} from './recording';
import { TestCard } from './TestCard';
import { flatTestIds, testSections, type TestOrder } from './testOrder';

export interface TestsStepProps {
  content: EncounterContent;
  change: (change: EncounterChange) => void;
  readOnly: boolean;
  cursor: Cursor;
  setCursor: (cursor: Cursor) => void;
  order: TestOrder;
  setOrder: (order: TestOrder) => void;
  suggestion: NextTest | undefined;
}

const KEY_RESULTS: Record<string, SideResult> = { p: 'positive', n: 'negative', s: 'skipped' };

/**
 * Enter on a button, link or <summary> (the panel's figures) does that control's own job; only
 * elsewhere does it open the current test's details.
 */
function opensItself(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary') !== null;
}

export function TestsStep(props: TestsStepProps) {
  const { content, readOnly, cursor, order, suggestion } = props;
  const [othersChosen, setShowOthers] = useState(false);
  // Other differentials open on demand: by the switch, or when the cursor or the suggestion is there.
  const showOthers =
    othersChosen ||
    TESTS[cursor.testId].group === 'other_differentials' ||
    (suggestion !== undefined && TESTS[suggestion.test].group === 'other_differentials');
  const [expanded, setExpanded] = useState<ReadonlySet<TestId>>(new Set());
  const sections = useMemo(() => testSections(order, showOthers), [order, showOthers]);
  const ids = useMemo(() => flatTestIds(sections), [sections]);

  // Handlers read the latest state through a ref so the memoised cards keep stable callbacks.
  const latest = useRef({ props, ids });
  useLayoutEffect(() => {
    latest.current = { props, ids };
  });

  const record = useCallback((testId: TestId, side: RecordSide, result: SideResult) => {
    const { props: p, ids: order } = latest.current;
    if (p.readOnly) return;
    markRecord();
    const change = resultChange(testId, side, result, p.content.tests[testId]?.[side]);
    p.change(change);
    const next = applyChange(p.content, change, new Date().toISOString());
    p.setCursor(advance({ testId, side }, next.tests, order));
  }, []);

  const onRange = useCallback((testId: TestId, side: RecordSide, value: number | null) => {
    const { props: p } = latest.current;
    if (p.readOnly) return;
    markRecord();
    p.change(rangeChange(testId, side, value, p.content.tests[testId]?.[side]));
    p.setCursor({ testId, side });
  }, []);

  const onLevel = useCallback((testId: TestId, side: RecordSide, level: RootLevel | null) => {
    const { props: p } = latest.current;
    if (p.readOnly) return;
    markRecord();
    p.change(levelChange(testId, side, level, p.content.tests[testId]?.[side]));
    p.setCursor({ testId, side });
  }, []);

  const onSelect = useCallback((testId: TestId, side: RecordSide | null) => {
    const { props: p } = latest.current;
    p.setCursor(side ? { testId, side } : cursorAt(testId, p.content.tests));
  }, []);

  const onToggleDetails = useCallback((testId: TestId) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(testId)) next.delete(testId);
      else next.add(testId);
      return next;
    });
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.defaultPrevented) return;
      const { props: p, ids: order } = latest.current;
      const key = event.key.toLowerCase();
      const result = KEY_RESULTS[key];
      if (result) {
        event.preventDefault();
        record(p.cursor.testId, p.cursor.side, result);
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault();
        p.setCursor(moveSide(p.cursor, event.key === 'ArrowLeft' ? -1 : 1));
      } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        event.preventDefault();
        p.setCursor(moveTest(p.cursor, p.content.tests, order, event.key === 'ArrowUp' ? -1 : 1));
      } else if (event.key === 'Enter' && !opensItself(event.target)) {
        event.preventDefault();
        onToggleDetails(p.cursor.testId);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [record, onToggleDetails]);

  // Keep the current test in view and focused, so focus is always visible where the keys act.
  useEffect(() => {
    const card = document.getElementById(`test-${cursor.testId}`);
    if (!card) return;
    const active = document.activeElement;
    const focusElsewhere =
      active instanceof HTMLElement && active !== document.body && !card.contains(active);
    if (!focusElsewhere || active?.closest('.test-card')) card.focus({ preventScroll: true });
    card.scrollIntoView({ block: 'nearest' });
  }, [cursor.testId]);

  return (
    <section className="tests-step" aria-labelledby="tests-h">
      <div className="tests-toolbar">
        <h2 id="tests-h">Tests</h2>
        <div role="radiogroup" aria-label="Order of tests" className="segmented">
          {(['group', 'position'] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={order === value}
              className={`choice${order === value ? ' pressed' : ''}`}
              onClick={() => props.setOrder(value)}
            >
              {order === value ? '● ' : '○ '}
              {value === 'group' ? 'By question' : 'By patient position'}
            </button>
          ))}
        </div>
        <label className="toggle">
          <input
            type="checkbox"
            checked={showOthers}
            onChange={(event) => setShowOthers(event.target.checked)}
          />
          Other differentials
        </label>
      </div>
      <p className="key-hint">
        <kbd>P</kbd> positive · <kbd>N</kbd> negative · <kbd>S</kbd> skip · <kbd>←</kbd>/
        <kbd>→</kbd> side · <kbd>↑</kbd>/<kbd>↓</kbd> test · <kbd>Enter</kbd> details
      </p>
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`}>
          <h3 id={`section-${section.key}`} className="section-title">
            {section.title}
          </h3>
          {section.tests.map((test) => (
            <TestCard
              key={test.id}
              test={test}
              records={content.tests[test.id]}
              activeSide={cursor.testId === test.id ? cursor.side : null}
              suggested={suggestion?.test === test.id ? suggestion.why : null}
              expanded={expanded.has(test.id)}
              readOnly={readOnly}
              onSelect={onSelect}
              onResult={record}
              onRange={onRange}
              onLevel={onLevel}
              onToggleDetails={onToggleDetails}
            />
          ))}
        </section>
      ))}
    </section>
  );
}
