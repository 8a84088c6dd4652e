// @vitest-environment jsdom
// Settings → Backups: "Back up to a folder…" (main shows the folder dialog; null = cancelled) and
// "Restore from a file…", which asks first (saying the current records are kept aside), then lets
// main show the file dialog, and after a restore shows sign-in (main has ended the session, so
// sign-in uses the restored accounts).
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '../../../../shared/ipc/contract';
import { BackupsPanel } from '../../../../renderer/src/settings/BackupsPanel';

const CHOSEN: BackupInfo = {
  path: '/media/usb/hipspine/hipspine-backup-20251120-101200000.sqlite3',
  createdAt: '2025-11-20T10:12:00.000Z',
  sizeBytes: 123_000,
  integrity: 'ok',
};

/** What main answers per channel; a function may throw to answer with an error. */
let answers: Record<string, () => unknown>;
const requests: string[] = [];

beforeEach(() => {
  requests.length = 0;
  answers = { 'backup:list': () => [] };
  window.api = new Proxy(
    {},
    {
      get: (_target, channel: string) => async () => {
        requests.push(channel);
        const answer = answers[channel];
        if (!answer) return { ok: false, error: { code: 'UNSUPPORTED', message: 'no' } };
        try {
          return { ok: true, value: answer() };
        } catch (error) {
          return { ok: false, error };
        }
      },
    },
  ) as typeof window.api;
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Renders the panel and waits for its list (whose loading line is a status of its own). */
async function renderPanel(props: Parameters<typeof BackupsPanel>[0] = {}): Promise<void> {
  render(<BackupsPanel {...props} />);
  await screen.findByText('No backups yet.');
}

describe('BackupsPanel: a chosen folder', () => {
  it('backs up to the folder main’s dialog returns and says where', async () => {
    answers['backup:createInChosenFolder'] = () => CHOSEN;
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Back up to a folder…' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/checked and complete/);
    expect(status.textContent).toContain(CHOSEN.path);
    expect(requests).toContain('backup:createInChosenFolder');
    expect(requests).not.toContain('backup:create');
  });

  it('says nothing was made when the dialog is cancelled', async () => {
    answers['backup:createInChosenFolder'] = () => null;
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Back up to a folder…' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'No folder was chosen. No backup was made.',
    );
  });

  it('shows main’s plain error when the backup fails', async () => {
    answers['backup:createInChosenFolder'] = () => {
      throw { code: 'DISK_FULL', message: 'The backup disk is full. Free some space.' };
    };
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Back up to a folder…' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/backup disk is full/);
  });
});

describe('BackupsPanel: restore from a file', () => {
  it('asks first, saying the current records are kept aside; cancelling calls nothing', async () => {
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore from a backup file?' });
    expect(dialog.textContent).toMatch(/kept aside in the data folder \(moved, not deleted\)/);
    expect(dialog.textContent).toMatch(/recorded after that backup was made will be missing/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requests).not.toContain('db:restoreFromChosenFile');
  });

  it('reports a cancelled file dialog as "nothing changed"', async () => {
    answers['db:restoreFromChosenFile'] = () => null;
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Choose the backup file…' })),
    );
    expect((await screen.findByRole('status')).textContent).toMatch(/Nothing was changed/);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows why a file was refused, and that the records are unchanged', async () => {
    answers['db:restoreFromChosenFile'] = () => {
      throw {
        code: 'BAD_REQUEST',
        message: 'This file cannot be restored: it is damaged. Choose another backup.',
      };
    };
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Choose the backup file…' })),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/it is damaged/);
    expect(alert.textContent).toMatch(/current records are unchanged/);
  });

  it('after a restore says so, then moves on to sign-in', async () => {
    answers['db:restoreFromChosenFile'] = () => CHOSEN;
    const afterRestore = vi.fn();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await renderPanel({ afterRestore, restartDelayMs: 1000 });
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Choose the backup file…' })),
    );
    expect((await screen.findByRole('status')).textContent).toMatch(
      /restored from the backup of .*Sign in again/,
    );
    expect(afterRestore).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(1100));
    expect(afterRestore).toHaveBeenCalledTimes(1);
  });

  it('by default re-reads the session main ended, and never signs anyone out itself', async () => {
    answers['db:restoreFromChosenFile'] = () => CHOSEN;
    const reread = vi.fn();
    window.addEventListener('hipspine:auth-changed', reread);
    try {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      await renderPanel({ restartDelayMs: 1000 });
      fireEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
      await act(async () =>
        fireEvent.click(screen.getByRole('button', { name: 'Choose the backup file…' })),
      );
      await screen.findByText(/restored from the backup of/);
      expect(reread).not.toHaveBeenCalled();
      await act(async () => vi.advanceTimersByTime(1100));
      expect(reread).toHaveBeenCalledTimes(1);
      // Someone may have signed in again meanwhile (the session poll showed sign-in first).
      expect(requests).not.toContain('auth:signOut');
    } finally {
      window.removeEventListener('hipspine:auth-changed', reread);
    }
  });
});
