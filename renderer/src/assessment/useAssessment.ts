// The live assessment: recomputed synchronously from what is on screen at every change (the engine
// takes well under a millisecond for a full exam), so the panel never lags the keypress. A signed
// encounter shows the assessment stored at signing instead.
import { useMemo } from 'react';
import type { PatientPosition } from '../../../shared/clinical';
import type { EncounterContent } from '../../../shared/domain/encounter';
import type { FindingsSubject } from '../../../shared/domain/toFindings';
import { toFindings } from '../../../shared/domain/toFindings';
import { assess } from '../../../shared/engine';
import type { Assessment } from './types';

export function useAssessment(
  content: EncounterContent,
  subject: FindingsSubject,
  encounterDate: string,
  position: PatientPosition | undefined,
  snapshot: Assessment | null,
): Assessment {
  const { birthDate, sex } = subject;
  return useMemo(() => {
    if (snapshot) return snapshot;
    const findings = toFindings(content, { birthDate, sex }, encounterDate);
    return assess(findings, position ? { position } : {});
  }, [content, birthDate, sex, encounterDate, position, snapshot]);
}

/** A stored snapshot, when it has the shape of an assessment (older engines may differ). */
export function snapshotOf(value: unknown): Assessment | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<Assessment>;
  if (!candidate.verdict || !Array.isArray(candidate.sources) || !Array.isArray(candidate.rules)) {
    return null;
  }
  return {
    suggested_red_flags: [],
    next_tests: [],
    warnings: [],
    red_flags: [],
    ...candidate,
  } as Assessment;
}
