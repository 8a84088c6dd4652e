// "Restore from a file…": a backup the clinician picks in main's open-file dialog (a USB disk, a
// copied backups folder), after a confirmation that says what is lost and that the current records
// are kept aside. Main shows the dialog and checks the file exactly as it checks a listed backup
// (db:restoreFromChosenFile); the renderer never sees or sends a path. Used by Settings and by the
// recovery screen, each with its own confirmation text.
import { useState, type ReactNode } from 'react';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { call, errorMessage } from '../api';
import { reportAuthProblem } from '../auth/useAuth';
import { ConfirmDialog } from '../ui/ConfirmDialog';

export function RestoreFromFile({
  onRestored,
  confirmation,
  label = 'Restore from a file…',
}: {
  /** Called with the restored backup; the caller says so and moves on (sign-in). */
  onRestored: (info: BackupInfo) => void;
  /** The confirmation's text: what will be missing, and that the current records are kept. */
  confirmation: ReactNode;
  label?: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function chooseAndRestore() {
    setBusy(true);
    setMessage(null);
    try {
      const info = await call('db:restoreFromChosenFile', {});
      setConfirming(false);
      setBusy(false);
      if (info === null) {
        setMessage({ ok: true, text: 'No file was chosen. Nothing was changed.' });
        return;
      }
      onRestored(info);
    } catch (failure) {
      reportAuthProblem(failure);
      setConfirming(false);
      setBusy(false);
      setMessage({
        ok: false,
        text: `The backup was not restored: ${errorMessage(failure)} The current records are unchanged.`,
      });
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => {
          setMessage(null);
          setConfirming(true);
        }}
      >
        {label}
      </button>
      {message && (
        <p className={message.ok ? undefined : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title="Restore from a backup file?"
          confirmLabel={busy ? 'Waiting for the file…' : 'Choose the backup file…'}
          busy={busy}
          onConfirm={() => void chooseAndRestore()}
          onCancel={() => setConfirming(false)}
        >
          {confirmation}
        </ConfirmDialog>
      )}
    </>
  );
}
