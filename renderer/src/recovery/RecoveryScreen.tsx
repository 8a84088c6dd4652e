// Shown instead of sign-in when the records cannot be opened: what happened in plain words, and
// for a damaged or unreadable file the automatic backups in the data folder with a confirmed
// restore. A folder on a network share is never restored into: the clinic must move it.
import { useState } from 'react';
import type { BackupInfo, DatabaseStatus } from '../../../shared/ipc/contract';
import { call, errorMessage } from '../api';
import { backupName, formatSize } from '../settings/BackupsPanel';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDateTime } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { useAsync } from '../ui/useAsync';

const WHAT_HAPPENED: Record<Exclude<DatabaseStatus['state'], 'ok'>, string> = {
  corrupt:
    'The records file is damaged, so the app has stopped using it to keep your records safe. ' +
    'You can put back one of the backups below. The damaged file is not deleted: it is ' +
    'kept beside the restored one for your IT support.',
  unreadable:
    'The app could not read the records file. If another program has it open, close that program ' +
    'and try again. Otherwise you can put back one of the backups below; the current ' +
    'file is kept beside the restored one.',
  network_share:
    'The records folder is on a network share. SQLite files on shared network folders can be ' +
    'corrupted, so the app does not open them. Ask your IT support to move the HipSpine data ' +
    'folder to a folder on this computer’s own disk, then start the app again.',
};

export function RecoveryScreen({
  status,
  onRecovered,
}: {
  status: DatabaseStatus;
  onRecovered: () => void;
}) {
  const state = status.state === 'ok' ? 'corrupt' : status.state;
  return (
    <main className="recovery-screen" aria-labelledby="recovery-h">
      <h1 id="recovery-h">The records cannot be opened</h1>
      <div className="panel" role="alert">
        <p>{WHAT_HAPPENED[state]}</p>
        <p className="status-line">What the app found: {status.message}</p>
      </div>
      {state === 'network_share' ? (
        <button type="button" className="button" onClick={onRecovered}>
          Check again
        </button>
      ) : (
        <RestoreChoice onRestored={onRecovered} />
      )}
    </main>
  );
}

function RestoreChoice({ onRestored }: { onRestored: () => void }) {
  const [state, reload] = useAsync(() => call('db:listBackups', {}), 'recovery-backups');
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState<BackupInfo | null>(null);

  const backups = state.kind === 'ready' ? state.value : [];
  const selected = backups.find((b) => b.path === chosen) ?? backups[0] ?? null;

  async function restore() {
    if (!selected) return;
    setBusy(true);
    setError(null);
    try {
      setRestored(await call('db:restoreFromBackup', { path: selected.path }));
      setConfirming(false);
      // Back to the start: the gate reads db:status again and shows sign-in.
      window.setTimeout(onRestored, 1200);
    } catch (failure) {
      setError(errorMessage(failure));
      setConfirming(false);
      setBusy(false);
    }
  }

  if (restored) {
    return (
      <p className="panel" role="status">
        ✓ The backup of {formatDateTime(restored.createdAt)} is restored. Opening sign-in…
      </p>
    );
  }

  return (
    <section className="panel" aria-labelledby="restore-h">
      <h2 id="restore-h">Restore from a backup</h2>
      <LoadState state={state} what="the backups" onRetry={reload} />
      {state.kind === 'ready' && backups.length === 0 && (
        <p>
          No automatic backups were found in the data folder. Ask your IT support to restore the
          records from this computer’s own backup.
        </p>
      )}
      {state.kind === 'ready' && backups.length > 0 && (
        <>
          <p>Choose a backup: the newest is selected. Work recorded after it will be missing.</p>
          <fieldset className="settings-group">
            <legend>Backups in the data folder</legend>
            {backups.map((b) => (
              <label key={b.path} className="recovery-choice">
                <input
                  type="radio"
                  name="backup"
                  checked={selected?.path === b.path}
                  onChange={() => setChosen(b.path)}
                />
                {formatDateTime(b.createdAt)} ·{' '}
                {backupName(b.path).includes('-auto-') ? 'automatic' : 'made by hand'} ·{' '}
                {formatSize(b.sizeBytes)}
              </label>
            ))}
          </fieldset>
          {error && (
            <p className="error-text" role="alert">
              The backup was not restored: {error}
            </p>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={!selected || busy}
            onClick={() => setConfirming(true)}
          >
            Restore this backup…
          </button>
        </>
      )}
      {confirming && selected && (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel={busy ? 'Restoring…' : 'Restore'}
          busy={busy}
          onConfirm={() => void restore()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            The records will be put back as they were on {formatDateTime(selected.createdAt)}.
            Anything recorded after that is not in this backup. The current file is moved aside, not
            deleted.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
