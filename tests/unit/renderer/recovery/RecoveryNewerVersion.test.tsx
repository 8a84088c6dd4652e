// @vitest-environment jsdom
// Records saved by a newer version of the app: the recovery screen says to update the app, offers
// no restore until the clinician asks for one, and then warns that the newer work would be left out.
// A damaged file also offers a backup file chosen in main's dialog.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, DatabaseStatus } from '../../../../shared/ipc/contract';
import { RecoveryGate } from '../../../../renderer/src/recovery/RecoveryGate';

let status: DatabaseStatus;
const requests: string[] = [];
const BACKUP: BackupInfo = {
  path: '/data/backups/hipspine-auto-20251119-080000000.sqlite3',
  createdAt: '2025-11-19T08:00:00.000Z',
  sizeBytes: 120_000,
  integrity: 'ok',
};

beforeEach(() => {
  requests.length = 0;
  window.api = new Proxy(
    {},
    {
      get: (_target, channel: string) => async () => {
        requests.push(channel);
        if (channel === 'db:status') return { ok: true, value: status };
        if (channel === 'app:info') {
          return {
            ok: true,
            value: { name: 'HipSpine', version: '0.1.0', engineVersion: '1', harness: false },
          };
        }
        if (channel === 'db:listBackups') return { ok: true, value: [BACKUP] };
        if (channel === 'db:restoreFromChosenFile' || channel === 'db:restoreFromBackup') {
          status = { state: 'ok', message: 'The records are open.' };
          return { ok: true, value: BACKUP };
        }
        return { ok: false, error: { code: 'UNSUPPORTED', message: 'no' } };
      },
    },
  ) as typeof window.api;
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const app = (
  <RecoveryGate pollMs={60_000}>
    <p>Sign in</p>
  </RecoveryGate>
);

describe('recovery: records from a newer version of the app', () => {
  beforeEach(() => {
    status = {
      state: 'newer_version',
      message:
        'These records were saved by a newer version of the app. Update the app to open them.',
    };
  });

  it('says to update the app, shows this version, and offers no restore at first', async () => {
    render(app);
    await screen.findByRole('heading', { name: 'Update the app' });
    expect(screen.getByText(/Nothing is wrong with them/)).toBeTruthy();
    expect(await screen.findByText('This is version 0.1.0 of the app.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Restore this backup…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Restore from a file…' })).toBeNull();
    expect(requests).not.toContain('db:listBackups');
    // The primary action is checking again, not restoring.
    const primary = screen.getByRole('button', { name: 'Check again' });
    expect(primary.className).toContain('button-primary');
  });

  it('restores only behind an explicit second step that says the newer work is left out', async () => {
    render(app);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Restore an older backup instead…' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Restore this backup…' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' });
    expect(dialog.textContent).toMatch(/all the work saved by the newer version of the app/);
    expect(dialog.textContent).toMatch(/this version of the app cannot open them/);
    expect(requests).not.toContain('db:restoreFromBackup');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    fireEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }));
    const fileDialog = screen.getByRole('dialog', { name: 'Restore from a backup file?' });
    expect(fileDialog.textContent).toMatch(/work saved by the newer version/);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await act(async () =>
      fireEvent.click(within(fileDialog).getByRole('button', { name: 'Choose the backup file…' })),
    );
    expect(requests).toContain('db:restoreFromChosenFile');
    expect(screen.getByRole('status').textContent).toContain('is restored');
    await act(async () => vi.advanceTimersByTime(1500));
    expect(await screen.findByText('Sign in')).toBeTruthy();
  });
});

describe('recovery: a damaged file, restored from a chosen file', () => {
  it('offers "Restore from a file…" beside the listed backups', async () => {
    status = { state: 'corrupt', message: 'The records file is damaged.' };
    render(app);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore from a file…' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore from a backup file?' });
    expect(dialog.textContent).toMatch(/current file is moved aside, not deleted/);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await act(async () =>
      fireEvent.click(within(dialog).getByRole('button', { name: 'Choose the backup file…' })),
    );
    expect(requests).toContain('db:restoreFromChosenFile');
    expect(requests).not.toContain('db:restoreFromBackup');
    await act(async () => vi.advanceTimersByTime(1500));
    expect(await screen.findByText('Sign in')).toBeTruthy();
  });
});
