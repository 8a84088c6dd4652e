// An encounter: one consultation, autosaved as a draft, then signed and immutable (corrections are
// addenda). Test results are stored per test and per side, as the clinician records them; the
// engine's findings format is derived from them (toFindings.ts).
import type { RedFlagId, RootLevel, TestId, Urgency } from '../clinical/ids';
import type { History } from '../findings/schema';
import type { BodyRegionId } from './bodyChart';

export type EncounterStatus = 'draft' | 'signed';

/** `midline` is the one result of an unsided test (centralisation, gait, Romberg...). */
export const RECORD_SIDES = ['left', 'right', 'midline'] as const;
export type RecordSide = (typeof RECORD_SIDES)[number];

export const SIDE_RESULTS = ['positive', 'negative', 'skipped'] as const;
export type SideResult = (typeof SIDE_RESULTS)[number];

export interface SideRecord {
  result: SideResult;
  valueDeg: number | null;
  level: RootLevel | null;
  note: string | null;
  recordedAt: string;
}

export type TestRecords = Partial<Record<TestId, Partial<Record<RecordSide, SideRecord>>>>;

/** true = asked and present, false = asked and absent; missing = not asked. Numbers for minutes/weeks. */
export type HistoryAnswers = History;

export const RED_FLAG_ACTIONS = ['referred', 'discussed', 'ruled_out'] as const;
export type RedFlagActionKind = (typeof RED_FLAG_ACTIONS)[number];

export interface RedFlagAction {
  action: RedFlagActionKind;
  reason: string;
  at: string;
}

export interface RedFlagScreen {
  /** true = present, false = asked and absent; missing = not asked. */
  answers: Partial<Record<RedFlagId, boolean>>;
  /** How the clinician resolved a raised flag; the banner stays until each present flag has one. */
  actions: Partial<Record<RedFlagId, RedFlagAction>>;
}

export interface Referral {
  recipient: string;
  urgency: Urgency | null;
  notes: string;
}

export interface EncounterContent {
  presentingComplaint: string;
  history: HistoryAnswers;
  bodyChart: BodyRegionId[];
  /** Worst pain in the last week, NPRS 0–10. */
  painScore: number | null;
  redFlags: RedFlagScreen;
  tests: TestRecords;
  plan: string;
  referral: Referral;
}

export interface Addendum {
  id: string;
  encounterId: string;
  clinicianId: string;
  clinicianName: string;
  text: string;
  createdAt: string;
}

export interface Encounter extends EncounterContent {
  id: string;
  patientId: string;
  clinicianId: string;
  status: EncounterStatus;
  startedAt: string;
  updatedAt: string;
  signedAt: string | null;
  /** Increases by one with every saved change; lets the UI detect a stale view. */
  revision: number;
  /** The engine's output as it was at signing, with its version, so the letter can be rebuilt. */
  assessmentSnapshot: unknown | null;
  engineVersion: string | null;
  addenda: Addendum[];
}

export interface EncounterSummary {
  id: string;
  patientId: string;
  patientName: string;
  status: EncounterStatus;
  startedAt: string;
  signedAt: string | null;
  /** The primary source of the latest assessment, when one has been saved. */
  verdict: string | null;
}

export function emptyEncounterContent(): EncounterContent {
  return {
    presentingComplaint: '',
    history: {},
    bodyChart: [],
    painScore: null,
    redFlags: { answers: {}, actions: {} },
    tests: {},
    plan: '',
    referral: { recipient: '', urgency: null, notes: '' },
  };
}
