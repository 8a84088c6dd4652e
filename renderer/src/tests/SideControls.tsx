// One side of a test: Positive / Negative / Skip, each a word as well as a colour, with the range
// or root level where the test records one.
import { ROOT_LEVELS, type RootLevel, type TestDefinition } from '../../../shared/clinical';
import type { RecordSide, SideRecord, SideResult } from '../../../shared/domain/encounter';

const SIDE_WORDS: Record<RecordSide, string> = { left: 'Left', right: 'Right', midline: 'Result' };
const RESULT_BUTTONS: { result: SideResult; key: string; word: string; mark: string }[] = [
  { result: 'positive', key: 'P', word: 'Positive', mark: '+' },
  { result: 'negative', key: 'N', word: 'Negative', mark: '−' },
  { result: 'skipped', key: 'S', word: 'Skip', mark: '·' },
];

export interface SideControlsProps {
  test: TestDefinition;
  side: RecordSide;
  record: SideRecord | undefined;
  active: boolean;
  readOnly: boolean;
  onResult: (result: SideResult) => void;
  onRange: (value: number | null) => void;
  onLevel: (level: RootLevel | null) => void;
}

export function SideControls(props: SideControlsProps) {
  const { test, side, record, active, readOnly } = props;
  const label = `${test.name}, ${SIDE_WORDS[side].toLowerCase()}`;
  return (
    <div
      className={`side${active ? ' side-active' : ''}`}
      role="group"
      aria-label={`${label}${active ? ' (active side)' : ''}`}
    >
      <span className="side-name">
        {active && (
          <span className="active-mark" aria-hidden="true">
            ▶{' '}
          </span>
        )}
        {SIDE_WORDS[side]}
      </span>
      <span className="side-buttons">
        {RESULT_BUTTONS.map((button) => {
          const pressed = record?.result === button.result;
          return (
            <button
              key={button.result}
              type="button"
              className={`choice result-${button.result}${pressed ? ' pressed' : ''}`}
              aria-pressed={pressed}
              aria-label={`${label}: ${button.word}`}
              disabled={readOnly}
              onClick={() => props.onResult(button.result)}
            >
              {pressed ? '✓ ' : ''}
              {button.word}
            </button>
          );
        })}
      </span>
      {test.records === 'value_deg' && (
        <label className="range-field">
          <span>degrees</span>
          <input
            className="text-input"
            type="number"
            inputMode="numeric"
            min={0}
            max={180}
            aria-label={`${label}, range in degrees`}
            disabled={readOnly}
            value={record?.valueDeg ?? ''}
            onChange={(event) => {
              const raw = event.target.value;
              const value = raw === '' ? null : Number(raw);
              if (value === null || (Number.isFinite(value) && value >= 0 && value <= 180)) {
                props.onRange(value);
              }
            }}
          />
        </label>
      )}
      {test.records === 'level' && (
        <label className="level-field">
          <span>level</span>
          <select
            className="text-input"
            aria-label={`${label}, root level`}
            disabled={readOnly}
            value={record?.level ?? ''}
            onChange={(event) =>
              props.onLevel(event.target.value === '' ? null : (event.target.value as RootLevel))
            }
          >
            <option value="">—</option>
            {ROOT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

export { RESULT_BUTTONS };
