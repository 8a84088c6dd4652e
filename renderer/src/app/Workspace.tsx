// The signed-in app: the top bar, the current screen, and the app-wide keys (`/` search patients,
// `,` settings, `?` help, Ctrl+L lock). The encounter stays mounted while locked so unsaved input survives.
import { useCallback, useEffect, useState } from 'react';
import type { Clinician } from '../../../shared/domain/clinician';
import { EncounterScreen } from '../encounter/EncounterScreen';
import { HomeScreen } from '../home/HomeScreen';
import { PatientScreen } from '../patient/PatientScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { HelpOverlay } from '../ui/HelpOverlay';
import { isTypingTarget } from '../ui/format';
import type { Route } from './route';

export function Workspace({
  clinician,
  locked,
  onLock,
  onSignOut,
}: {
  clinician: Clinician;
  locked: boolean;
  onLock: () => void;
  onSignOut: () => void;
}) {
  const [route, setRoute] = useState<Route>({ name: 'home' });
  const [help, setHelp] = useState(false);
  const closeHelp = useCallback(() => setHelp(false), []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (locked) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        onLock();
        return;
      }
      // Escape leaves a text field, so the single-key shortcuts work again.
      if (event.key === 'Escape' && isTypingTarget(event.target)) {
        (event.target as HTMLElement).blur();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelp((open) => !open);
      } else if (event.key === ',') {
        event.preventDefault();
        setRoute({ name: 'settings' });
      } else if (event.key === '/') {
        event.preventDefault();
        setRoute({ name: 'home' });
        // After the home screen has rendered.
        window.setTimeout(() => {
          document.querySelector<HTMLInputElement>('[data-patient-search]')?.focus();
        }, 0);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [locked, onLock]);

  return (
    <div className="workspace" aria-hidden={locked ? true : undefined}>
      <div className="app-bar">
        <span className="app-title">HipSpine Exam Assistant</span>
        <span>{clinician.name}</span>
        <button
          type="button"
          className="button"
          aria-current={route.name === 'settings' ? 'page' : undefined}
          onClick={() => setRoute({ name: 'settings' })}
        >
          Settings <kbd>,</kbd>
        </button>
        <button type="button" className="button" onClick={() => setHelp(true)}>
          Keys <kbd>?</kbd>
        </button>
        <button type="button" className="button" onClick={onLock}>
          Lock <kbd>Ctrl+L</kbd>
        </button>
        <button type="button" className="button" onClick={onSignOut}>
          Sign out
        </button>
      </div>
      {route.name === 'home' && <HomeScreen navigate={setRoute} />}
      {route.name === 'patient' && (
        <PatientScreen key={route.patientId} patientId={route.patientId} navigate={setRoute} />
      )}
      {route.name === 'encounter' && (
        <EncounterScreen
          key={route.encounterId}
          encounterId={route.encounterId}
          patientId={route.patientId}
          navigate={setRoute}
          locked={locked}
        />
      )}
      {route.name === 'settings' && <SettingsScreen me={clinician} navigate={setRoute} />}
      {help && <HelpOverlay onClose={closeHelp} />}
    </div>
  );
}
