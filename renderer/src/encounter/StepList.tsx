// The step list on the left: where you are, how far each step has got, one key each.
import { STEPS, type StepId } from './steps';

export function StepList({
  step,
  progress,
  onStep,
}: {
  step: StepId;
  progress: Record<StepId, string>;
  onStep: (step: StepId) => void;
}) {
  return (
    <nav className="step-list" aria-label="Consultation steps">
      <ol>
        {STEPS.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className={`step-button${step === entry.id ? ' current' : ''}`}
              aria-current={step === entry.id ? 'step' : undefined}
              onClick={() => onStep(entry.id)}
            >
              <span className="step-number">
                <kbd>{entry.n}</kbd>
              </span>
              <span className="step-title">{entry.title}</span>
              <span className="step-progress">{progress[entry.id]}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
