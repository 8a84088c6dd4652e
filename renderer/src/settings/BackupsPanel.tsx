// Settings → backups: "Back up now" into the data folder's backups dir, and the backups there,
// newest first. Automatic daily backups appear here too; a restore is done from the recovery
// screen (or by IT), not from a running workstation.
import { useState } from 'react';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { call, errorMessage } from '../api';
import { reportAuthProblem } from '../auth/useAuth';
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

export function BackupsPanel() {
  const [state, reload] = useAsync(() => call('backup:list', {}), 'backups');
  // After "Back up now" the fresh list replaces the shown one without a loading flash.
  const [fresh, setFresh] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function backUpNow() {
    setBusy(true);
    setMessage(null);
    try {
      const made = await call('backup:create', {});
      setMessage({
        ok: true,
        text: `Backup made at ${formatDateTime(made.createdAt)} (${formatSize(made.sizeBytes)}), checked and complete.`,
      });
    } catch (failure) {
      reportAuthProblem(failure);
      setMessage({ ok: false, text: `The backup was not made: ${errorMessage(failure)}` });
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
      <button
        type="button"
        className="button button-primary"
        disabled={busy}
        onClick={() => void backUpNow()}
      >
        {busy ? 'Backing up…' : 'Back up now'}
      </button>
      {message && (
        <p className={message.ok ? undefined : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
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
