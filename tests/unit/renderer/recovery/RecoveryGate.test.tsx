// @vitest-environment jsdom
// The records check before sign-in: ok → the app; corrupt → the recovery screen with the backups,
// a confirmed restore and then the app; network share → an explanation and no restore.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, DatabaseStatus } from '../../../../shared/ipc/contract';
import { RecoveryGate } from '../../../../renderer/src/recovery/RecoveryGate';

let status: DatabaseStatus;
const requests: { channel: string; request: unknown }[] = [];
const BACKUPS: BackupInfo[] = [
  {
    path: '/data/backups/hipspine-backup-20251120-101200000.sqlite3',
    createdAt: '2025-11-20T10:12:00.000Z',
    sizeBytes: 123_000,
    integrity: 'ok',
  },
  {
    path: '/data/backups/hipspine-auto-20251119-080000000.sqlite3',
    createdAt: '2025-11-19T08:00:00.000Z',
    sizeBytes: 120_000,
    integrity: 'ok',
  },
];

beforeEach(() => {
  requests.length = 0;
  window.api = new Proxy(
    {},
    {
      get: (_target, channel: string) => async (request: unknown) => {
        requests.push({ channel, request });
        if (channel === 'db:status') return { ok: true, value: status };
        if (channel === 'db:listBackups') return { ok: true, value: BACKUPS };
        if (channel === 'db:restoreFromBackup') {
          status = { state: 'ok', message: 'The records are open.' };
          return { ok: true, value: BACKUPS[1] };
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

describe('RecoveryGate', () => {
  it('shows the app when the records are ok', async () => {
    status = { state: 'ok', message: 'The records are open.' };
    render(app);
    expect(await screen.findByText('Sign in')).toBeTruthy();
  });

  it('replaces sign-in with the recovery screen and restores the chosen backup after confirming', async () => {
    status = { state: 'corrupt', message: 'The records file is damaged.' };
    render(app);
    await screen.findByRole('heading', { name: 'The records cannot be opened' });
    expect(screen.queryByText('Sign in')).toBeNull();
    const radios = await screen.findAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(radios[1] as HTMLElement);

    fireEvent.click(screen.getByRole('button', { name: 'Restore this backup…' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' });
    expect(requests.some((r) => r.channel === 'db:restoreFromBackup')).toBe(false);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' })));
    expect(requests.find((r) => r.channel === 'db:restoreFromBackup')?.request).toEqual({
      path: BACKUPS[1]?.path,
    });
    expect(screen.getByRole('status').textContent).toContain('is restored');
    await act(async () => vi.advanceTimersByTime(1500));
    expect(await screen.findByText('Sign in')).toBeTruthy();
  });

  it('explains a network share and offers no restore', async () => {
    status = { state: 'network_share', message: 'The records file is on a network share.' };
    render(app);
    await screen.findByText(/move the HipSpine data folder/);
    expect(screen.queryByRole('button', { name: /Restore/ })).toBeNull();
    expect(requests.some((r) => r.channel === 'db:listBackups')).toBe(false);
  });
});
