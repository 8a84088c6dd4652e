// Storage behind a small interface of async methods per aggregate (ARCHITECTURE.md "Data"). SQLite is
// the embedded default (sqlite/openStore); nothing above this file assumes a synchronous database, and
// nothing SQLite-only (FTS5, triggers, pragmas) leaks through it, so a PostgreSQL adapter can follow.
//
// Every write takes the acting clinician's id (`actor`) and leaves one audit row in the same
// transaction. Failures are AppError { code, message }: NOT_FOUND, CONFLICT, SIGNED_READ_ONLY,
// DISK_FULL, DATABASE_CORRUPT, BAD_REQUEST.
import type { Clinician } from '../../shared/domain/clinician';
import type { Addendum, Encounter, EncounterSummary } from '../../shared/domain/encounter';
import type { ParsedEncounterChange } from '../../shared/domain/encounterChange';
import type { Patient } from '../../shared/domain/patient';
import type { Settings } from '../../shared/domain/settings';
import type {
  AuditVerification,
  BackupInfo,
  DatabaseStatus,
  LetterRecord,
  SaveReceipt,
} from '../../shared/ipc/contract';

/** A clinician id, or SYSTEM_ACTOR for writes no clinician made (first-run setup, automatic backup). */
export type Actor = string;
export const SYSTEM_ACTOR: Actor = 'system';

/** A patient as the create call takes it (already validated by newPatientSchema). */
export interface PatientInput {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Patient['sex'];
  identifier: string | null;
  contact: string | null;
}

export interface PatientStore {
  create(input: PatientInput, actor: Actor): Promise<Patient>;
  get(id: string): Promise<Patient | null>;
  /**
   * Name parts in any order, partial words, accent- and case-insensitive; a date of birth typed
   * YYYY-MM-DD or DD/MM/YYYY; an identifier (spaces ignored). Empty query → [].
   */
  search(query: string, limit: number): Promise<Patient[]>;
}

export interface SignInput {
  /** The revision the assessment was computed from; signing fails with CONFLICT if it moved on. */
  revision: number;
  assessment: unknown;
  engineVersion: string;
}

export interface EncounterStore {
  start(patientId: string, clinicianId: string, actor: Actor): Promise<Encounter>;
  get(id: string): Promise<Encounter | null>;
  listForPatient(patientId: string): Promise<EncounterSummary[]>;
  listRecent(limit: number): Promise<EncounterSummary[]>;
  /** One change, one transaction; resolves after COMMIT (durable: synchronous=FULL). */
  applyChange(
    encounterId: string,
    change: ParsedEncounterChange,
    actor: Actor,
  ): Promise<SaveReceipt>;
  /** Stores the snapshot and signs; afterwards the database refuses any change to the encounter. */
  sign(encounterId: string, input: SignInput, actor: Actor): Promise<Encounter>;
  /** Only on a signed encounter (a draft is simply edited). */
  addAddendum(encounterId: string, text: string, actor: Actor): Promise<Addendum>;
}

export interface NewClinicianRecord {
  username: string;
  name: string;
  profession: string;
  registration: string;
  /** Encoded by main/auth (e.g. scrypt with its parameters); never leaves main. */
  passwordHash: string;
  salt: string;
}

export interface Credentials {
  clinicianId: string;
  passwordHash: string;
  salt: string;
  failedAttempts: number;
  /** ISO time until which sign-in is refused, or null. */
  lockedUntil: string | null;
}

export interface ClinicianStore {
  count(): Promise<number>;
  /** Username is unique, case-insensitively (CONFLICT otherwise). */
  create(input: NewClinicianRecord, actor: Actor): Promise<Clinician>;
  get(id: string): Promise<Clinician | null>;
  getByUsername(username: string): Promise<Clinician | null>;
  list(): Promise<Clinician[]>;
  getCredentials(clinicianId: string): Promise<Credentials | null>;
  updatePassword(
    clinicianId: string,
    next: { passwordHash: string; salt: string },
    actor: Actor,
  ): Promise<void>;
  /** Adds one failed attempt (and an optional lock) and returns the new count. */
  recordFailedAttempt(clinicianId: string, lockedUntil: string | null): Promise<number>;
  resetFailedAttempts(clinicianId: string): Promise<void>;
}

export interface NewLetterRecord {
  encounterId: string;
  recipient: string;
  urgency: string;
  sha256: string;
  pageCount: number;
  /** The PDF itself, kept in the database so backups carry it; optional. */
  pdf?: Uint8Array;
}

export interface LetterStore {
  create(input: NewLetterRecord, actor: Actor): Promise<LetterRecord>;
  get(id: string): Promise<LetterRecord | null>;
  getPdf(id: string): Promise<Uint8Array | null>;
  listForEncounter(encounterId: string): Promise<LetterRecord[]>;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: Actor;
  action: string;
  entity: string;
  entityId: string;
  /** What changed, as JSON (stays inside the database; never logged). */
  changes: unknown;
}

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string;
  changes?: unknown;
}

export interface AuditStore {
  /** For events that are not a record write (sign-in, sign-out, export): appended to the chain. */
  record(event: AuditEvent, actor: Actor): Promise<void>;
  list(filter: { entity?: string; entityId?: string; limit: number }): Promise<AuditEntry[]>;
  /** Walks the hash chain; reports the first edited or deleted row. */
  verify(): Promise<AuditVerification>;
}

export interface SettingsStore {
  get(): Promise<Settings>;
  update(patch: Partial<Settings>, actor: Actor): Promise<Settings>;
}

export interface BackupStore {
  /** Online backup into `folder`, then opened read-only and integrity-checked. */
  create(folder: string): Promise<BackupInfo>;
  /** Backups found in `folder`, newest first. */
  list(folder: string): Promise<BackupInfo[]>;
  /** Today's automatic backup into `folder` unless one exists; keeps the newest `keep`. */
  runDailyIfDue(folder: string, keep: number): Promise<BackupInfo | null>;
}

export interface Store {
  /** ok, or why the records cannot be opened (the recovery screen shows the message). */
  status(): DatabaseStatus;
  patients: PatientStore;
  encounters: EncounterStore;
  clinicians: ClinicianStore;
  letters: LetterStore;
  audit: AuditStore;
  settings: SettingsStore;
  backup: BackupStore;
  /**
   * Validates the backup (integrity_check, application id, schema version), moves the current file
   * aside, puts the backup in its place and reopens. Works from the recovery screen too.
   */
  restoreFromBackup(path: string): Promise<BackupInfo>;
  close(): Promise<void>;
}
