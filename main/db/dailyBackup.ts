// The automatic daily backup: checked at start-up and then every hour, made once per day into the
// app's backups folder, keeping the newest `backupsToKeep` (a setting). Failures are logged by code
// only and retried at the next check; they never interrupt the consultation.
import type { Logger } from '../log';
import type { Store } from './store';

export interface DailyBackupOptions {
  store: Store;
  backupsDir: string;
  log: Logger;
  /** How often to check whether today's backup is due. */
  intervalMs?: number;
}

export async function runDailyBackup(options: DailyBackupOptions): Promise<void> {
  const { store, backupsDir, log } = options;
  if (store.status().state !== 'ok') return;
  try {
    const { backupsToKeep } = await store.settings.get();
    const info = await store.backup.runDailyIfDue(backupsDir, backupsToKeep);
    if (info) log.info('daily_backup_created', { sizeBytes: info.sizeBytes });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    log.error('daily_backup_failed', { code: typeof code === 'string' ? code : null });
  }
}

/** Starts the checks; returns a function that stops them. The timer never keeps the app alive. */
export function startDailyBackups(options: DailyBackupOptions): () => void {
  void runDailyBackup(options);
  const timer = setInterval(() => void runDailyBackup(options), options.intervalMs ?? 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
