// One special test: name, position, what counts as positive, a side-by-side record, and (on Enter or
// "Details") the steps and the figures with their source.
import { memo } from 'react';
import type { RootLevel, TestDefinition } from '../../../shared/clinical';
import type { RecordSide, SideRecord, SideResult } from '../../../shared/domain/encounter';
import { PositionIcon } from './PositionIcon';
import { POSITION_TITLES } from './testOrder';
import { sidesOf } from './recording';
import { SideControls } from './SideControls';
import { TestFigures, figureLine } from './TestFigures';

export interface TestCardProps {
  test: TestDefinition;
  records: Partial<Record<RecordSide, SideRecord>> | undefined;
  /** The side the keys act on, when this is the current test. */
  activeSide: RecordSide | null;
  suggested: string | null;
  expanded: boolean;
  readOnly: boolean;
  onSelect: (testId: TestDefinition['id'], side: RecordSide | null) => void;
  onResult: (testId: TestDefinition['id'], side: RecordSide, result: SideResult) => void;
  onRange: (testId: TestDefinition['id'], side: RecordSide, value: number | null) => void;
  onLevel: (testId: TestDefinition['id'], side: RecordSide, level: RootLevel | null) => void;
  onToggleDetails: (testId: TestDefinition['id']) => void;
}

function TestCardView(props: TestCardProps) {
  const { test, records, activeSide, suggested, expanded, readOnly } = props;
  const current = activeSide !== null;
  const headingId = `test-${test.id}-h`;
  return (
    <article
      id={`test-${test.id}`}
      data-test-id={test.id}
      className={`test-card${current ? ' current' : ''}${suggested ? ' suggested' : ''}`}
      aria-labelledby={headingId}
      aria-current={current ? 'step' : undefined}
      tabIndex={-1}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !current) props.onSelect(test.id, null);
      }}
    >
      <header className="test-card-head">
        <h3 id={headingId} className="test-name">
          {test.name}
        </h3>
        <span className="test-position">
          <PositionIcon position={test.position} />
          {POSITION_TITLES[test.position]}
        </span>
        {suggested && (
          <span className="suggested-badge" title={suggested}>
            ★ Suggested next
          </span>
        )}
        <button
          type="button"
          className="button details-button"
          aria-expanded={expanded}
          aria-controls={`${headingId}-details`}
          onClick={() => props.onToggleDetails(test.id)}
        >
          {expanded ? 'Hide details' : 'Details'}
        </button>
      </header>
      <p className="test-positive">
        <span className="label">Positive:</span> {test.positive}
      </p>
      {suggested && <p className="suggested-why">Why next: {suggested}</p>}
      <div className="sides">
        {sidesOf(test).map((side) => (
          <SideControls
            key={side}
            test={test}
            side={side}
            record={records?.[side]}
            active={activeSide === side}
            readOnly={readOnly}
            onResult={(result) => props.onResult(test.id, side, result)}
            onRange={(value) => props.onRange(test.id, side, value)}
            onLevel={(level) => props.onLevel(test.id, side, level)}
          />
        ))}
      </div>
      <p className="test-figures-line">{figureLine(test.accuracy)}</p>
      {expanded && (
        <div id={`${headingId}-details`} className="test-details">
          <h4>Steps</h4>
          <ol>
            {test.procedure.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p>
            <strong>Looks for:</strong> {test.target}
          </p>
          <h4>Figures</h4>
          <TestFigures accuracy={test.accuracy} />
        </div>
      )}
    </article>
  );
}

/** Memoised: a record re-renders only the card it touched (and the panel), not all 46. */
export const TestCard = memo(TestCardView);
