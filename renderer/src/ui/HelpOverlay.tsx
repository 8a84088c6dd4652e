// The keys, on `?`. Escape or the button closes it.
import { useEffect, useRef } from 'react';

const KEYS: [string, string][] = [
  ['P', 'Positive on the active side'],
  ['N', 'Negative on the active side'],
  ['S', 'Skip the active side'],
  ['← / →', 'Left / right side'],
  ['↑ / ↓', 'Previous / next test (or red-flag question)'],
  ['Y / N', 'Red flags: yes / no to the current question, then the next'],
  ['Enter', 'Open or close the test’s details'],
  ['1 – 5', 'Red flags, History, Tests, Assessment, Letter'],
  ['/', 'Search patients'],
  [',', 'Settings (clinic, letters, backups, clinicians)'],
  ['Ctrl + L', 'Lock the screen'],
  ['?', 'This help'],
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') onClose();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="overlay">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="help-h">
        <h2 id="help-h">Keys</h2>
        <table className="keys-table">
          <tbody>
            {KEYS.map(([key, action]) => (
              <tr key={key}>
                <td>
                  <kbd>{key}</kbd>
                </td>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Keys act when no text field has focus; <kbd>Esc</kbd> leaves a text field.
        </p>
        <div className="dialog-actions">
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
