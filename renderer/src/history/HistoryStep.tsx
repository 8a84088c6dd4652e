// Step 2: where it hurts (body chart), then quality, aggravating and easing factors, onset, duration,
// morning stiffness and worst pain 0–10. Yes / No per item; pressing the chosen answer again clears
// it (not asked), since "no" and "not asked" mean different things to the engine.
import { HISTORY, type BooleanHistoryId } from '../../../shared/clinical';
import type { EncounterContent } from '../../../shared/domain/encounter';
import type { EncounterChange } from '../../../shared/domain/encounterChange';
import { BodyChart } from './BodyChart';
import { HISTORY_GROUPS, NUMBER_ITEMS } from './historyGroups';

export interface HistoryStepProps {
  content: EncounterContent;
  change: (change: EncounterChange, coalesceKey?: string) => void;
  readOnly: boolean;
}

function YesNo({
  id,
  value,
  onAnswer,
  readOnly,
}: {
  id: BooleanHistoryId;
  value: boolean | undefined;
  onAnswer: (value: boolean | null) => void;
  readOnly: boolean;
}) {
  const feature = HISTORY[id];
  const labelId = `h-${id}`;
  return (
    <li className={`history-item${value === true ? ' answer-yes' : ''}`}>
      <span id={labelId} title={feature.question}>
        {feature.label}
      </span>
      <span role="group" aria-labelledby={labelId} className="yes-no">
        {([true, false] as const).map((answer) => {
          const pressed = value === answer;
          return (
            <button
              key={String(answer)}
              type="button"
              className={`choice ${answer ? 'choice-yes' : 'choice-no'}${pressed ? ' pressed' : ''}`}
              aria-pressed={pressed}
              disabled={readOnly}
              onClick={() => onAnswer(pressed ? null : answer)}
            >
              {pressed ? '✓ ' : ''}
              {answer ? 'Yes' : 'No'}
            </button>
          );
        })}
      </span>
    </li>
  );
}

export function HistoryStep({ content, change, readOnly }: HistoryStepProps) {
  const history = content.history;
  return (
    <section aria-labelledby="history-h" className="history-step">
      <h2 id="history-h">History</h2>
      <div className="history-top">
        <div>
          <h3>Where is the pain?</h3>
          <BodyChart
            regions={content.bodyChart}
            readOnly={readOnly}
            onChange={(regions) => change({ kind: 'bodyChart', regions })}
          />
        </div>
        <div className="history-numbers">
          <label className="field">
            <span className="field-label">Presenting complaint</span>
            <textarea
              className="text-input"
              value={content.presentingComplaint}
              disabled={readOnly}
              onChange={(event) =>
                change(
                  { kind: 'fields', presentingComplaint: event.target.value },
                  'presentingComplaint',
                )
              }
            />
          </label>
          {NUMBER_ITEMS.map(({ id, unit }) => (
            <label key={id} className="field">
              <span className="field-label">
                {HISTORY[id].label} ({unit})
              </span>
              <input
                className="text-input number-input"
                type="number"
                inputMode="numeric"
                min={0}
                max={100000}
                disabled={readOnly}
                value={history[id] ?? ''}
                onChange={(event) => {
                  const raw = event.target.value;
                  const value = raw === '' ? null : Number(raw);
                  if (value === null || (Number.isFinite(value) && value >= 0)) {
                    change({ kind: 'history', id, value }, `history:${id}`);
                  }
                }}
              />
            </label>
          ))}
          <fieldset className="pain-scale">
            <legend className="field-label">Worst pain in the last week (0–10)</legend>
            <div role="radiogroup" aria-label="Worst pain, 0 to 10" className="pain-buttons">
              {Array.from({ length: 11 }, (_, score) => {
                const checked = content.painScore === score;
                return (
                  <button
                    key={score}
                    type="button"
                    role="radio"
                    aria-checked={checked}
                    className={`choice pain-choice${checked ? ' pressed' : ''}`}
                    disabled={readOnly}
                    onClick={() => change({ kind: 'fields', painScore: checked ? null : score })}
                  >
                    {score}
                  </button>
                );
              })}
            </div>
          </fieldset>
        </div>
      </div>
      <div className="history-groups">
        {HISTORY_GROUPS.map((group) => (
          <section
            key={group.title}
            aria-labelledby={`hg-${group.title}`}
            className="history-group"
          >
            <h3 id={`hg-${group.title}`}>{group.title}</h3>
            <ul className="history-items">
              {group.items.map((id) => (
                <YesNo
                  key={id}
                  id={id}
                  value={history[id]}
                  readOnly={readOnly}
                  onAnswer={(value) => change({ kind: 'history', id, value })}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
