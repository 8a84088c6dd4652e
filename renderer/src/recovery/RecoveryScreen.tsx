// Shown instead of sign-in when the records cannot be opened: what happened in plain words, and
// for a damaged or unreadable file the automatic backups in the data folder (or a backup file the
// clinician picks) with a confirmed restore. A folder on a network share is never restored into:
// the clinic must move it. Records saved by a newer version of the app are not damaged: the answer
// is to update the app, so a restore is only offered behind a second, explicit step that says the
// newer work would be left out (docs/settings-and-recovery.md).
import { useState, type ReactNode } from 'react';
import type { BackupInfo, DatabaseStatus } from '../../../shared/ipc/contract';
import { call, errorMessage } from '../api';
import { backupName, formatSize } from '../settings/BackupsPanel';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDateTime } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { useAsync } from '../ui/useAsync';
import { RestoreFromFile } from './RestoreFromFile';

const WHAT_HAPPENED: Record<Exclude<DatabaseStatus['state'], 'ok'>, string> = {
  corrupt:
    'The records file is damaged, so the app has stopped using it to keep your records safe. ' +
    'You can put back one of the backups below. The damaged file is not deleted: it is ' +
    'kept beside the restored one for your IT support.',
  unreadable:
    'The app could not read the records file. If another program has it open, close that program ' +
    'and try again. Otherwise you can put back one of the backups below; the current ' +
    'file is kept beside the restored one.',
  newer_version:
    'These records were saved by a newer version of HipSpine Exam Assistant than the one running ' +
    'now. Nothing is wrong with them, but this version cannot open them safely. Install the newer ' +
    'version (or ask your IT support to), then start the app again. The records have not been ' +
    'changed.',
  network_share:
    'The records folder is on a network share. SQLite files on shared network folders can be ' +
    'corrupted, so the app does not open them. Ask your IT support to move the HipSpine data ' +
    'folder to a folder on this computer’s own disk, then start the app again.',
};

/** What a restore leaves out, for the confirmations: newer records need a stronger warning. */
function restoreWarning(newer: boolean, when: string): ReactNode {
  if (!newer) {
    return (
      <p>
        The records will be put back as they were {when}. Anything recorded after that is not in
        this backup. The current file is moved aside, not deleted.
      </p>
    );
  }
  return (
    <>
      <p>
        The records will be put back as they were {when}. Everything recorded since then, including
        all the work saved by the newer version of the app, will be missing.
      </p>
      <p>
        The newer records are moved aside, not deleted, but this version of the app cannot open
        them: only the newer version can. Update the app instead if you can.
      </p>
    </>
  );
}

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
      {state === 'network_share' && (
        <button type="button" className="button" onClick={onRecovered}>
          Check again
        </button>
      )}
      {state === 'newer_version' && <NewerVersion onRestored={onRecovered} />}
      {(state === 'corrupt' || state === 'unreadable') && (
        <RestoreChoice onRestored={onRecovered} newer={false} />
      )}
    </main>
  );
}

/** Update first; a restore only after the clinician asks for it and reads what it leaves out. */
function NewerVersion({ onRestored }: { onRestored: () => void }) {
  const [info] = useAsync(() => call('app:info', {}), 'app-info');
  const [wantsRestore, setWantsRestore] = useState(false);
  return (
    <>
      <section className="panel" aria-labelledby="update-h">
        <h2 id="update-h">Update the app</h2>
        {info.kind === 'ready' && <p>This is version {info.value.version} of the app.</p>}
        <p>
          After installing the newer version, open the app again: the records open as they were
          left.
        </p>
        <button type="button" className="button button-primary" onClick={onRestored}>
          Check again
        </button>
      </section>
      {wantsRestore ? (
        <div className="newer-version-restore">
          <RestoreChoice onRestored={onRestored} newer />
        </div>
      ) : (
        <section className="panel newer-version-restore" aria-labelledby="older-h">
          <h2 id="older-h">Cannot update?</h2>
          <p>
            Restoring an older backup would replace these newer records: the work saved with the
            newer version would be missing from the app. Do this only if the newer version cannot be
            installed.
          </p>
          <button type="button" className="button" onClick={() => setWantsRestore(true)}>
            Restore an older backup instead…
          </button>
        </section>
      )}
    </>
  );
}

function RestoreChoice({ onRestored, newer }: { onRestored: () => void; newer: boolean }) {
  const [state, reload] = useAsync(() => call('db:listBackups', {}), 'recovery-backups');
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState<BackupInfo | null>(null);

  const backups = state.kind === 'ready' ? state.value : [];
  const selected = backups.find((b) => b.path === chosen) ?? backups[0] ?? null;

  function done(info: BackupInfo) {
    setRestored(info);
    // Back to the start: the gate reads db:status again and shows sign-in.
    window.setTimeout(onRestored, 1200);
  }

  async function restore() {
    if (!selected) return;
    setBusy(true);
    setError(null);
    try {
      const info = await call('db:restoreFromBackup', { path: selected.path });
      setConfirming(false);
      done(info);
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
      <h2 id="restore-h">{newer ? 'Restore an older backup' : 'Restore from a backup'}</h2>
      <LoadState state={state} what="the backups" onRetry={reload} />
      {state.kind === 'ready' && backups.length === 0 && (
        <p>
          No automatic backups were found in the data folder. Choose a backup file below (for
          example on a USB disk), or ask your IT support to restore the records from this computer’s
          own backup.
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
      <p>A backup kept somewhere else (another disk, a USB stick) can be chosen as a file.</p>
      <RestoreFromFile
        onRestored={done}
        confirmation={restoreWarning(newer, 'when that backup was made')}
      />
      {confirming && selected && (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel={busy ? 'Restoring…' : 'Restore'}
          busy={busy}
          onConfirm={() => void restore()}
          onCancel={() => setConfirming(false)}
        >
          {restoreWarning(newer, `on ${formatDateTime(selected.createdAt)}`)}
        </ConfirmDialog>
      )}
    </section>
  );
}
