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
  try {
    // Inside the try: a check that throws for any reason is logged, never an unhandled rejection.
    if (store.status().state !== 'ok') return;
    const { backupsToKeep } = await store.settings.get();
    const info = await store.backup.runDailyIfDue(backupsDir, backupsToKeep);
    if (info) log.info('daily_backup_created', { sizeBytes: info.sizeBytes });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    log.error('daily_backup_failed', { code: typeof code === 'string' ? code : null });
  }
}

/**
 * Starts the checks (the first one at once); returns a function that stops them and resolves once
 * a backup already under way has finished, so the caller can then close the store safely. A check
 * that comes due while the previous one still runs is skipped. The timer never keeps the app alive.
 */
export function startDailyBackups(options: DailyBackupOptions): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const check = () => {
    if (stopped || running) return;
    running = runDailyBackup(options).finally(() => {
      running = null;
    });
  };
  check();
  const timer = setInterval(check, options.intervalMs ?? 3_600_000);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
