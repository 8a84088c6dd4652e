// The one IPC contract: channel name → request schema → response type. Main registers exactly these
// channels (and fails at start-up if a handler is missing or extra); the preload and the browser
// harness expose exactly these as `window.api`.
import { z } from 'zod';
import { channel } from './channel';
import type { Clinician } from '../domain/clinician';
import { newClinicianSchema, passwordSchema } from '../domain/clinician';
import type { Encounter, EncounterSummary, Addendum } from '../domain/encounter';
import { encounterChangeSchema } from '../domain/encounterChange';
import type { Patient } from '../domain/patient';
import { newPatientSchema } from '../domain/patient';
import type { Settings } from '../domain/settings';
import { settingsSchema } from '../domain/settings';
import { noteText } from '../domain/text';

const id = z.string().min(1).max(64);
const none = z.object({}).strict();

export interface AppInfo {
  name: string;
  version: string;
  engineVersion: string;
  /** true in the browser harness, where printing and native dialogs are not available. */
  harness: boolean;
}

export interface DatabaseStatus {
  /**
   * newer_version: the file was saved by a newer version of the app (its schema version is ahead of
   * this app's migrations). Nothing is wrong with it; the fix is to update the app, not to restore.
   */
  state: 'ok' | 'corrupt' | 'unreadable' | 'newer_version' | 'network_share';
  message: string;
}

export interface AuthStatus {
  /** No clinician exists yet: the first run creates one. */
  needsSetup: boolean;
  clinician: Clinician | null;
  locked: boolean;
  autoLockMinutes: number;
}

export interface SaveReceipt {
  revision: number;
  updatedAt: string;
}

export interface LetterRecord {
  id: string;
  encounterId: string;
  recipient: string;
  urgency: string;
  createdAt: string;
  sha256: string;
  pageCount: number;
}

export interface LetterPreview extends LetterRecord {
  /** The PDF itself, base64, for the preview pane. */
  pdfBase64: string;
}

export interface BackupInfo {
  path: string;
  createdAt: string;
  sizeBytes: number;
  integrity: 'ok' | string;
}

/** One printed field of a letter holding characters the shipped fonts cannot draw. */
export interface UndrawableText {
  /** The export field, as a dotted path ("patient.name", "addenda.0.text"). */
  field: string;
  /** Each character once, written "U+1F9B4". */
  codePoints: string[];
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  /** The first row whose hash chain breaks (edited or deleted), when not ok. */
  firstBadRow: number | null;
}

export const contract = {
  // App and database state (public: needed to draw the sign-in and recovery screens).
  'app:info': channel<typeof none, AppInfo>(none, { public: true }),
  'db:status': channel<typeof none, DatabaseStatus>(none, { public: true }),
  'db:restoreFromBackup': channel<z.ZodObject<{ path: z.ZodString }>, BackupInfo>(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    { public: true },
  ),
  /** The backups in the data folder's backups dir (the recovery screen offers them). */
  'db:listBackups': channel<typeof none, BackupInfo[]>(none, { public: true }),
  /**
   * Restore from a file the clinician picks in main's open-file dialog (the renderer never sends a
   * path); same checks and sign-in rule as db:restoreFromBackup. null: the dialog was cancelled.
   */
  'db:restoreFromChosenFile': channel<typeof none, BackupInfo | null>(none, { public: true }),

  // Access (issue 7).
  'auth:status': channel<typeof none, AuthStatus>(none, { public: true }),
  'auth:setup': channel<typeof newClinicianSchema, Clinician>(newClinicianSchema, { public: true }),
  'auth:signIn': channel<z.ZodObject<{ username: z.ZodString; password: z.ZodString }>, Clinician>(
    z
      .object({ username: z.string().min(1).max(60), password: z.string().min(1).max(200) })
      .strict(),
    { public: true },
  ),
  'auth:signOut': channel<typeof none, null>(none, { public: true }),
  'auth:lock': channel<typeof none, null>(none, { public: true }),
  'clinicians:list': channel<typeof none, Clinician[]>(none),
  'clinicians:add': channel<typeof newClinicianSchema, Clinician>(newClinicianSchema),
  'clinicians:changePassword': channel<
    z.ZodObject<{ current: z.ZodString; next: typeof passwordSchema }>,
    null
  >(z.object({ current: z.string().min(1).max(200), next: passwordSchema }).strict()),

  // Patients.
  'patients:create': channel<typeof newPatientSchema, Patient>(newPatientSchema),
  'patients:get': channel<z.ZodObject<{ id: typeof id }>, Patient>(z.object({ id }).strict()),
  'patients:search': channel<
    z.ZodObject<{ query: z.ZodString; limit: z.ZodDefault<z.ZodNumber> }>,
    Patient[]
  >(
    z
      .object({
        query: z.string().max(200),
        limit: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),

  // Encounters.
  'encounters:start': channel<z.ZodObject<{ patientId: typeof id }>, Encounter>(
    z.object({ patientId: id }).strict(),
  ),
  'encounters:get': channel<z.ZodObject<{ id: typeof id }>, Encounter>(z.object({ id }).strict()),
  'encounters:listForPatient': channel<z.ZodObject<{ patientId: typeof id }>, EncounterSummary[]>(
    z.object({ patientId: id }).strict(),
  ),
  'encounters:listRecent': channel<
    z.ZodObject<{ limit: z.ZodDefault<z.ZodNumber> }>,
    EncounterSummary[]
  >(z.object({ limit: z.number().int().min(1).max(100).default(10) }).strict()),
  'encounters:change': channel<
    z.ZodObject<{ encounterId: typeof id; change: typeof encounterChangeSchema }>,
    SaveReceipt
  >(z.object({ encounterId: id, change: encounterChangeSchema }).strict()),
  /** Main recomputes the assessment from the stored draft; the renderer's copy is never trusted. */
  'encounters:sign': channel<z.ZodObject<{ encounterId: typeof id }>, Encounter>(
    z.object({ encounterId: id }).strict(),
  ),
  'encounters:addAddendum': channel<
    z.ZodObject<{ encounterId: typeof id; text: ReturnType<typeof noteText> }>,
    Addendum
  >(z.object({ encounterId: id, text: noteText(20_000) }).strict()),

  // Referral letters (issue 6).
  'letters:create': channel<z.ZodObject<{ encounterId: typeof id }>, LetterPreview>(
    z.object({ encounterId: id }).strict(),
  ),
  'letters:listForEncounter': channel<z.ZodObject<{ encounterId: typeof id }>, LetterRecord[]>(
    z.object({ encounterId: id }).strict(),
  ),
  /** Before signing: the draft's printed text the letter fonts cannot draw. */
  'letters:checkCharacters': channel<z.ZodObject<{ encounterId: typeof id }>, UndrawableText[]>(
    z.object({ encounterId: id }).strict(),
  ),
  'letters:saveAs': channel<z.ZodObject<{ letterId: typeof id }>, { path: string } | null>(
    z.object({ letterId: id }).strict(),
  ),
  'letters:print': channel<z.ZodObject<{ letterId: typeof id }>, null>(
    z.object({ letterId: id }).strict(),
  ),

  // Settings, backups, audit.
  'settings:get': channel<typeof none, Settings>(none),
  'settings:update': channel<ReturnType<typeof settingsSchema.partial>, Settings>(
    settingsSchema.partial(),
  ),
  'backup:create': channel<z.ZodObject<{ folder: z.ZodOptional<z.ZodString> }>, BackupInfo>(
    z.object({ folder: z.string().min(1).max(4096).optional() }).strict(),
  ),
  /** A backup into a folder the clinician picks in main's folder dialog; null: cancelled. */
  'backup:createInChosenFolder': channel<typeof none, BackupInfo | null>(none),
  'backup:list': channel<typeof none, BackupInfo[]>(none),
  'audit:verify': channel<typeof none, AuditVerification>(none),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = Contract[C]['response'];

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];
