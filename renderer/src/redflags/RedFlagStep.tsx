// Step 1: the red-flag screen, each question in plain words, answered yes or no. "No to all
// remaining" answers the rest in one action (age over 70 is read from the date of birth).
import { RED_FLAGS, RED_FLAG_IDS, type RedFlagId } from '../../../shared/clinical';
import type { RedFlagScreen } from '../../../shared/domain/encounter';
import type { EncounterChange } from '../../../shared/domain/encounterChange';

export interface RedFlagStepProps {
  screen: RedFlagScreen;
  age: number;
  change: (change: EncounterChange) => void;
  readOnly: boolean;
}

function ageAnswer(id: RedFlagId, age: number): boolean {
  return id === 'rf_age_over_70' ? age > 70 : false;
}

export function RedFlagStep({ screen, age, change, readOnly }: RedFlagStepProps) {
  const unanswered = RED_FLAG_IDS.filter((id) => screen.answers[id] === undefined);

  function answerRest() {
    for (const id of unanswered) {
      change({ kind: 'redFlag', id, present: ageAnswer(id, age) });
    }
  }

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
      <ol className="question-list">
        {RED_FLAG_IDS.map((id) => {
          const flag = RED_FLAGS[id];
          const answer = screen.answers[id];
          const questionId = `rf-${id}`;
          return (
            <li key={id} className={`question${answer === true ? ' answer-yes' : ''}`}>
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
