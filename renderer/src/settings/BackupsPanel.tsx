// Settings → backups: "Back up now" into the data folder's backups dir, "Back up to a folder…" (a
// folder the clinician picks in main's dialog: a USB disk, another drive), "Restore from a file…"
// (a backup picked the same way, after a confirmation), and the backups in the data folder, newest
// first. Automatic daily backups appear here too. Restoring one of those is done from the recovery
// screen; here the clinician picks the file, which also covers backups kept off the computer.
import { useState } from 'react';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { call, errorMessage } from '../api';
import { reportAuthProblem } from '../auth/useAuth';
import { RestoreFromFile } from '../recovery/RestoreFromFile';
import { formatDateTime } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { useAsync } from '../ui/useAsync';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The file name only: the folder is the same for all and may hold the user's name. */
export function backupName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function BackupList({ backups, label }: { backups: BackupInfo[]; label: string }) {
  if (backups.length === 0) return <p className="status-line">No backups yet.</p>;
  return (
    <ul className="backup-list" aria-label={label}>
      {backups.map((b) => (
        <li key={b.path}>
          <span>{formatDateTime(b.createdAt)}</span>
          <span className="status-line">
            {backupName(b.path).includes('-auto-') ? 'automatic' : 'made by hand'} ·{' '}
            {formatSize(b.sizeBytes)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * After a restore the records (and their accounts) are the backup's, and main has already ended the
 * session (main/auth/policy.ts): re-read it, so the gate shows sign-in against the restored accounts
 * and every screen starts from the restored records. No auth:signOut from here: if the session poll
 * got there first and someone has signed in again meanwhile, this must not sign them out.
 */
function showSignInAfterRestore(): void {
  reportAuthProblem();
}

export function BackupsPanel({
  afterRestore = showSignInAfterRestore,
  restartDelayMs = 2500,
}: {
  afterRestore?: () => void;
  /** How long the "restored" message shows before sign-in. */
  restartDelayMs?: number;
} = {}) {
  const [state, reload] = useAsync(() => call('backup:list', {}), 'backups');
  // After "Back up now" the fresh list replaces the shown one without a loading flash.
  const [fresh, setFresh] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [restored, setRestored] = useState<BackupInfo | null>(null);

  async function backUp(where: 'dataFolder' | 'chosenFolder') {
    setBusy(true);
    setMessage(null);
    try {
      const made =
        where === 'dataFolder'
          ? await call('backup:create', {})
          : await call('backup:createInChosenFolder', {});
      if (made === null) {
        setMessage({ ok: true, text: 'No folder was chosen. No backup was made.' });
        setBusy(false);
        return;
      }
      const checked = `at ${formatDateTime(made.createdAt)} (${formatSize(made.sizeBytes)}), checked and complete`;
      setMessage({
        ok: true,
        // The full path only for a folder the clinician chose: they need to know where it went.
        text:
          where === 'dataFolder'
            ? `Backup made ${checked}.`
            : `Backup made ${checked}: ${made.path}`,
      });
    } catch (failure) {
      reportAuthProblem(failure);
      setMessage({ ok: false, text: `The backup was not made: ${errorMessage(failure)}` });
      setBusy(false);
      return;
    }
    if (where === 'chosenFolder') {
      setBusy(false);
      return;
    }
    // The backup is made; only the list is refreshed here (a failure shows in the list).
    await call('backup:list', {}).then(setFresh, () => {
      setFresh(null);
      reload();
    });
    setBusy(false);
  }

  return (
    <section className="panel" aria-labelledby="backups-h">
      <h2 id="backups-h">Backups</h2>
      <p>
        A backup is made automatically each day and checked before it is kept. Copy the backups
        folder to another disk regularly.
      </p>
      <div className="backup-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void backUp('dataFolder')}
        >
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void backUp('chosenFolder')}
        >
          Back up to a folder…
        </button>
      </div>
      {message && (
        <p
          className={message.ok ? 'backup-message' : 'backup-message error-text'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
      <h3>Restore</h3>
      {restored ? (
        <p role="status">
          ✓ The records are restored from the backup of {formatDateTime(restored.createdAt)}. Sign
          in again to continue.
        </p>
      ) : (
        <RestoreFromFile
          onRestored={(info) => {
            setRestored(info);
            window.setTimeout(afterRestore, restartDelayMs);
          }}
          confirmation={
            <>
              <p>
                Next you choose a backup file made by this app. If it passes its checks, it replaces
                the records on this computer: anything recorded after that backup was made will be
                missing.
              </p>
              <p>
                The current records are kept aside in the data folder (moved, not deleted), so they
                can be brought back. You will then sign in again.
              </p>
            </>
          }
        />
      )}
      <h3>Backups in the data folder</h3>
      {fresh ? (
        <BackupList backups={fresh} label="Backups" />
      ) : (
        <>
          <LoadState state={state} what="the backups" onRetry={reload} />
          {state.kind === 'ready' && <BackupList backups={state.value} label="Backups" />}
        </>
      )}
    </section>
  );
}
