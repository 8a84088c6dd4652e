// @vitest-environment jsdom
// Autosave: "saved" only after main's receipt; a failed save is shown with Retry and the change is
// kept (the screen still shows it) until it goes through.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Encounter } from '../../../shared/domain/encounter';
import { emptyEncounterContent } from '../../../shared/domain/encounter';
import type { Api } from '../../../shared/ipc/api';
import { SaveIndicator } from '../../../renderer/src/encounter/SaveIndicator';
import { useEncounterDraft } from '../../../renderer/src/encounter/useEncounterDraft';

const ENCOUNTER: Encounter = {
  ...emptyEncounterContent(),
  id: 'enc-1',
  patientId: 'pat-1',
  clinicianId: 'cl-1',
  status: 'draft',
  startedAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T09:00:00.000Z',
  signedAt: null,
  revision: 1,
  assessmentSnapshot: null,
  engineVersion: null,
  addenda: [],
};

function Harness() {
  const draft = useEncounterDraft(ENCOUNTER);
  return (
    <div>
      <SaveIndicator save={draft.save} signed={false} onRetry={draft.retry} />
      <button
        type="button"
        onClick={() => draft.change({ kind: 'fields', presentingComplaint: 'Buttock pain' })}
      >
        type
      </button>
      <span data-testid="complaint">{draft.content.presentingComplaint}</span>
    </div>
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useEncounterDraft', () => {
  it('shows a failed save with Retry, keeps the input, and saves on retry', async () => {
    const change = vi
      .fn()
      .mockResolvedValueOnce({
        ok: false,
        error: { code: 'DISK_FULL', message: 'The disk is full. Free some space.' },
      })
      .mockResolvedValueOnce({
        ok: true,
        value: { revision: 2, updatedAt: '2025-01-10T09:01:00.000Z' },
      });
    window.api = { 'encounters:change': change } as unknown as Api;
    render(<Harness />);
    expect(screen.getByRole('status').textContent).toContain('Saved');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'type' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('The disk is full');
    expect(screen.getByTestId('complaint').textContent).toBe('Buttock pain');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    });
    expect(screen.getByRole('status').textContent).toContain('Saved');
    expect(change).toHaveBeenCalledTimes(2);
    expect(change.mock.calls[1]?.[0]).toEqual({
      encounterId: 'enc-1',
      change: { kind: 'fields', presentingComplaint: 'Buttock pain' },
    });
  });

  it('says "saving" until the receipt arrives', async () => {
    let resolve: (value: unknown) => void = () => {};
    window.api = {
      'encounters:change': vi.fn(() => new Promise((r) => (resolve = r))),
    } as unknown as Api;
    render(<Harness />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'type' }));
    });
    expect(screen.getByRole('status').textContent).toContain('Saving');
    await act(async () => {
      resolve({ ok: true, value: { revision: 2, updatedAt: '2025-01-10T09:01:00.000Z' } });
    });
    expect(screen.getByRole('status').textContent).toContain('Saved');
  });
});
