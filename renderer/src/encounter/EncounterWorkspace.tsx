// The consultation screen (UX.md layout): header with patient, save state and red-flag banner; the
// step list; the current step; and the live assessment beside red flags, history and tests.
import { useEffect, useMemo, useRef, useState } from 'react';
import { TESTS, type TestId } from '../../../shared/clinical';
import type { Addendum, Encounter } from '../../../shared/domain/encounter';
import type { Patient } from '../../../shared/domain/patient';
import { patientDisplayName } from '../../../shared/domain/patient';
import { ageOn } from '../../../shared/domain/toFindings';
import type { Navigate } from '../app/route';
import { AssessmentPanel } from '../assessment/AssessmentPanel';
import { AssessmentStep } from '../assessment/AssessmentStep';
import { snapshotOf, useAssessment } from '../assessment/useAssessment';
import { HistoryStep } from '../history/HistoryStep';
import { LetterStep } from '../letter/LetterStep';
import { RedFlagBanner } from '../redflags/RedFlagBanner';
import { raisedFlags } from '../redflags/raised';
import { RedFlagStep } from '../redflags/RedFlagStep';
import { cursorAt, resumeCursor, type Cursor } from '../tests/recording';
import { flatTestIds, testSections, type TestOrder } from '../tests/testOrder';
import { TestsStep } from '../tests/TestsStep';
import { formatDateTime, isTypingTarget } from '../ui/format';
import { stepProgress } from './progress';
import { SaveIndicator } from './SaveIndicator';
import { StepList } from './StepList';
import { STEPS, type StepId } from './steps';
import { useEncounterDraft } from './useEncounterDraft';

export interface EncounterWorkspaceProps {
  initial: Encounter;
  patient: Patient;
  navigate: Navigate;
  locked: boolean;
}

export function EncounterWorkspace({
  initial,
  patient,
  navigate,
  locked,
}: EncounterWorkspaceProps) {
  const [encounter, setEncounter] = useState(initial);
  const draft = useEncounterDraft(initial);
  const { content, save, change, retry } = draft;
  const signed = encounter.status === 'signed';
  const [step, setStep] = useState<StepId>(signed ? 'assessment' : 'redflags');
  const [order, setOrder] = useState<TestOrder>('group');
  const [cursor, setCursor] = useState<Cursor>(() =>
    resumeCursor(initial.tests, flatTestIds(testSections('group', false))),
  );

  const encounterDate = encounter.startedAt.slice(0, 10);
  const position = order === 'position' ? TESTS[cursor.testId].position : undefined;
  const snapshot = useMemo(
    () => (signed ? snapshotOf(encounter.assessmentSnapshot) : null),
    [signed, encounter.assessmentSnapshot],
  );
  const assessment = useAssessment(content, patient, encounterDate, position, snapshot);
  const suggestion = signed ? undefined : assessment.next_tests[0];
  const unresolved = raisedFlags(content.redFlags, assessment).filter((f) => !f.resolved).length;

  // After an unlock, a save refused while locked goes again.
  useEffect(() => {
    if (!locked && save.kind === 'failed' && !save.readOnly) retry();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locked]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const target = STEPS.find((entry) => String(entry.n) === event.key);
      if (target) {
        event.preventDefault();
        setStep(target.id);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The suggested test, chosen from the panel: its card is focused and scrolled to the middle once the
  // tests step has rendered it (in either order), whatever had focus before.
  const [jump, setJump] = useState<{ testId: TestId; n: number } | null>(null);
  function goToTest(testId: TestId) {
    setCursor(cursorAt(testId, content.tests));
    setStep('tests');
    setJump((last) => ({ testId, n: (last?.n ?? 0) + 1 }));
  }
  useEffect(() => {
    if (!jump) return;
    const card = document.getElementById(`test-${jump.testId}`);
    card?.focus({ preventScroll: true });
    card?.scrollIntoView?.({ block: 'center' });
  }, [jump]);

  // The sticky header grows with the red-flag banner: the step list, the panel and scrolled-to
  // cards sit below it (--header-h), so the suggested next test is never hidden behind the banner.
  const rootRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const header = headerRef.current;
    const root = rootRef.current;
    if (!header || !root || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--header-h', `${Math.ceil(header.getBoundingClientRect().height)}px`);
    });
    observer.observe(header);
    return () => observer.disconnect();
  }, []);

  const showPanel = step === 'redflags' || step === 'history' || step === 'tests';
  const readOnly = signed;

  return (
    <div className="encounter" ref={rootRef}>
      <header className="encounter-header" ref={headerRef}>
        <div className="encounter-id">
          <button
            type="button"
            className="button"
            onClick={() => navigate({ name: 'patient', patientId: patient.id })}
          >
            ← {patientDisplayName(patient)}
          </button>
          <h1 className="encounter-title">
            {patientDisplayName(patient)}
            <span className="encounter-meta">
              {' '}
              · {ageOn(patient.birthDate, encounterDate)} y · encounter{' '}
              {formatDateTime(encounter.startedAt)} · {signed ? 'signed' : 'draft'}
            </span>
          </h1>
          <SaveIndicator save={save} signed={signed} onRetry={retry} />
        </div>
        <RedFlagBanner
          screen={content.redFlags}
          assessment={assessment}
          change={change}
          readOnly={readOnly}
        />
      </header>
      <div className={`encounter-body${showPanel ? ' with-panel' : ''}`}>
        <StepList
          step={step}
          progress={stepProgress(content, assessment, signed)}
          onStep={setStep}
        />
        <main className="step-content" aria-label={STEPS.find((s) => s.id === step)?.title}>
          {step === 'redflags' && (
            <RedFlagStep
              screen={content.redFlags}
              age={ageOn(patient.birthDate, encounterDate)}
              change={change}
              readOnly={readOnly}
            />
          )}
          {step === 'history' && (
            <HistoryStep content={content} change={change} readOnly={readOnly} />
          )}
          {step === 'tests' && (
            <TestsStep
              content={content}
              change={change}
              readOnly={readOnly}
              cursor={cursor}
              setCursor={setCursor}
              order={order}
              setOrder={setOrder}
              suggestion={suggestion}
            />
          )}
          {step === 'assessment' && <AssessmentStep assessment={assessment} />}
          {step === 'letter' && (
            <LetterStep
              encounter={encounter}
              content={content}
              assessment={assessment}
              change={change}
              save={save}
              unresolvedFlags={unresolved}
              onSigned={setEncounter}
              onAddendum={(addendum: Addendum) =>
                setEncounter((current) => ({
                  ...current,
                  addenda: [...current.addenda, addendum],
                }))
              }
            />
          )}
        </main>
        {showPanel && (
          <AssessmentPanel
            assessment={assessment}
            suggestion={suggestion}
            signed={signed}
            onGoToTest={goToTest}
          />
        )}
      </div>
    </div>
  );
}
