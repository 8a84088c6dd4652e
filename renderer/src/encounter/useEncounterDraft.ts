// Holds the encounter being edited and saves every change through `encounters:change`, one at a
// time and in order. The screen updates at once; "saved" is shown only once main has returned a
// receipt for the last change. A failed save keeps the change queued (and the input on screen) until
// Retry, so nothing typed is lost.
import { useCallback, useRef, useState } from 'react';
import type { Encounter, EncounterContent } from '../../../shared/domain/encounter';
import type { EncounterChange } from '../../../shared/domain/encounterChange';
import { call, errorMessage, ApiError } from '../api';
import { reportAuthProblem } from '../auth/useAuth';
import { applyChange } from './applyChange';

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; readOnly: boolean };

interface Queued {
  change: EncounterChange;
  /** Changes with the same key (one text field being typed) replace each other while waiting. */
  key: string | null;
}

export interface EncounterDraft {
  content: EncounterContent;
  save: SaveState;
  /** Number of changes not yet confirmed by main. */
  change: (change: EncounterChange, coalesceKey?: string) => void;
  retry: () => void;
}

export function contentOf(encounter: Encounter): EncounterContent {
  return {
    presentingComplaint: encounter.presentingComplaint,
    history: encounter.history,
    bodyChart: encounter.bodyChart,
    painScore: encounter.painScore,
    redFlags: encounter.redFlags,
    tests: encounter.tests,
    plan: encounter.plan,
    referral: encounter.referral,
  };
}

export function useEncounterDraft(encounter: Encounter): EncounterDraft {
  const encounterId = encounter.id;
  const [content, setContent] = useState<EncounterContent>(() => contentOf(encounter));
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: encounter.updatedAt });
  const queue = useRef<Queued[]>([]);
  const inFlight = useRef(false);

  const pump = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      let savedAt: string | null = null;
      while (queue.current.length > 0) {
        setSave({ kind: 'saving' });
        const head = queue.current[0] as Queued;
        const receipt = await call('encounters:change', { encounterId, change: head.change });
        queue.current.shift();
        savedAt = receipt.updatedAt;
      }
      if (savedAt !== null) setSave({ kind: 'saved', at: savedAt });
    } catch (error) {
      // Refused because the session locked meanwhile: let the gate show the lock at once.
      reportAuthProblem(error);
      const readOnly = error instanceof ApiError && error.code === 'SIGNED_READ_ONLY';
      setSave({ kind: 'failed', message: errorMessage(error), readOnly });
    } finally {
      inFlight.current = false;
    }
  }, [encounterId]);

  const change = useCallback(
    (next: EncounterChange, coalesceKey?: string) => {
      setContent((current) => applyChange(current, next, new Date().toISOString()));
      const key = coalesceKey ?? null;
      const items = queue.current;
      const last = items[items.length - 1];
      // The head is on its way to main while inFlight; only a waiting item may be replaced.
      const lastIsWaiting = items.length > 1 || !inFlight.current;
      if (key !== null && last && last.key === key && lastIsWaiting) {
        items[items.length - 1] = { change: next, key };
      } else {
        items.push({ change: next, key });
      }
      void pump();
    },
    [pump],
  );

  const retry = useCallback(() => void pump(), [pump]);

  return { content, save, change, retry };
}
