// The Store over SQLite: each aggregate's async methods run one read or one write transaction on
// the current connection. When the file could not be opened, `status()` says why and every record
// call fails with DATABASE_CORRUPT; a restore from backup reconnects in place, so the handler
// context keeps the same Store object.
import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { BackupInfo, DatabaseStatus } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { AuditRow } from './audit';
import { listAudit, verifyAuditChain } from './audit';
import {
  backupTime,
  checkBackupFile,
  createBackup,
  dailyBackupDue,
  listBackups,
  pruneAutoBackups,
} from './backup';
import * as clinicians from './clinicians';
import { openDatabase, type OpenDatabaseOptions } from './connect';
import { Connection } from './connection';
import { getEncounter, listForPatient, listRecent, requireEncounter } from './encounterRead';
import { addAddendum, applyChange, signEncounter, startEncounter } from './encounterWrite';
import * as letters from './letters';
import { createPatient, getPatient, searchPatients } from './patients';
import { installCopy, moveAside, removeInstalled, undoMoves } from './restore';
import { getSettings, updateSettings } from './settings';
import type {
  AuditStore,
  BackupStore,
  ClinicianStore,
  EncounterStore,
  LetterStore,
  PatientStore,
  SettingsStore,
  Store,
} from '../store';

export class SqliteStore implements Store {
  private connection: Connection | null = null;
  private currentStatus: DatabaseStatus = { state: 'unreadable', message: 'Not opened yet.' };

  private constructor(private readonly options: OpenDatabaseOptions) {}

  static open(options: OpenDatabaseOptions): SqliteStore {
    const store = new SqliteStore(options);
    store.connect();
    return store;
  }

  private connect(): void {
    const result = openDatabase(this.options);
    this.currentStatus = result.status;
    this.connection = result.db
      ? new Connection(result.db, this.options.clock, () => this.markCorrupt())
      : null;
  }

  /** Damage found while working: from now on the recovery screen is shown, and nothing is written. */
  private markCorrupt(): void {
    this.currentStatus = {
      state: 'corrupt',
      message: 'The records file is damaged. Restore it from a backup; the damaged file is kept.',
    };
    const damaged = this.connection;
    this.connection = null;
    // Closed after the failing call has unwound (it may still hold a statement).
    queueMicrotask(() => damaged?.close());
  }

  /** The open connection, or the refusal the recovery screen explains. */
  private get conn(): Connection {
    if (!this.connection) {
      throw new AppError(
        'DATABASE_CORRUPT',
        `The records cannot be used: ${this.currentStatus.message}`,
      );
    }
    return this.connection;
  }

  /** For tests and benchmarks inside the adapter: the raw driver handle. */
  get rawDatabase(): Database.Database {
    return this.conn.db;
  }

  status(): DatabaseStatus {
    return { ...this.currentStatus };
  }

  readonly patients: PatientStore = {
    create: async (input, actor) => this.conn.write(actor, (db) => createPatient(db, input)),
    get: async (id) => this.conn.read((db) => getPatient(db, id)),
    search: async (query, limit) => this.conn.read((db) => searchPatients(db, query, limit)),
  };

  readonly encounters: EncounterStore = {
    start: async (patientId, clinicianId, actor) => {
      const id = this.conn.write(actor, (db) => startEncounter(db, patientId, clinicianId));
      return this.conn.read((db) => requireEncounter(db, id));
    },
    get: async (id) => this.conn.read((db) => getEncounter(db, id)),
    listForPatient: async (patientId) => this.conn.read((db) => listForPatient(db, patientId)),
    listRecent: async (limit) => this.conn.read((db) => listRecent(db, limit)),
    applyChange: async (encounterId, change, actor) =>
      this.conn.write(actor, (db) => applyChange(db, encounterId, change)),
    sign: async (encounterId, input, actor) => {
      this.conn.write(actor, (db) => signEncounter(db, encounterId, input));
      return this.conn.read((db) => requireEncounter(db, encounterId));
    },
    addAddendum: async (encounterId, text, actor) =>
      this.conn.write(actor, (db) => addAddendum(db, encounterId, text, actor)),
  };

  readonly clinicians: ClinicianStore = {
    count: async () => this.conn.read((db) => clinicians.countClinicians(db)),
    create: async (input, actor) =>
      this.conn.write(actor, (db) => clinicians.createClinician(db, input)),
    get: async (id) => this.conn.read((db) => clinicians.getClinician(db, id)),
    getByUsername: async (username) =>
      this.conn.read((db) => clinicians.getClinicianByUsername(db, username)),
    list: async () => this.conn.read((db) => clinicians.listClinicians(db)),
    getCredentials: async (id) => this.conn.read((db) => clinicians.getCredentials(db, id)),
    updatePassword: async (id, next, actor) =>
      this.conn.write(actor, (db) => clinicians.updatePassword(db, id, next)),
    recordFailedAttempt: async (id, lockedUntil) =>
      this.conn.write('system', (db) => clinicians.recordFailedAttempt(db, id, lockedUntil)),
    resetFailedAttempts: async (id) =>
      this.conn.write('system', (db) => clinicians.resetFailedAttempts(db, id)),
  };

  readonly letters: LetterStore = {
    create: async (input, actor) =>
      this.conn.write(actor, (db) => letters.createLetter(db, input, actor)),
    get: async (id) => this.conn.read((db) => letters.getLetter(db, id)),
    getPdf: async (id) => this.conn.read((db) => letters.getLetterPdf(db, id)),
    listForEncounter: async (encounterId) =>
      this.conn.read((db) => letters.listLetters(db, encounterId)),
  };

  readonly audit: AuditStore = {
    record: async (event, actor) => this.conn.write(actor, (db) => db.audit(event)),
    list: async (filter) => this.conn.read((db) => listAudit(db, filter)),
    verify: async () =>
      this.conn.read(() =>
        verifyAuditChain(
          this.conn.db
            .prepare('SELECT * FROM audit_log ORDER BY seq')
            .iterate() as Iterable<AuditRow>,
        ),
      ),
  };

  readonly settings: SettingsStore = {
    get: async () => this.conn.read((db) => getSettings(db)),
    update: async (patch, actor) => this.conn.write(actor, (db) => updateSettings(db, patch)),
  };

  readonly backup: BackupStore = {
    create: async (folder) =>
      createBackup(
        this.conn.db,
        folder,
        'backup',
        this.options.clock(),
        this.options.nativeBinding,
      ),
    list: async (folder) => listBackups(folder),
    runDailyIfDue: async (folder, keep) => {
      if (!this.connection) return null;
      const now = this.options.clock();
      if (!dailyBackupDue(folder, now)) return null;
      const info = await createBackup(
        this.conn.db,
        folder,
        'auto',
        now,
        this.options.nativeBinding,
      );
      pruneAutoBackups(folder, keep);
      return info;
    },
  };

  async restoreFromBackup(path: string): Promise<BackupInfo> {
    const file = resolve(this.options.file);
    if (resolve(path) === file) {
      throw new AppError('BAD_REQUEST', 'Choose a backup file, not the records file itself.');
    }
    const check = checkBackupFile(path, this.options.nativeBinding);
    if (!check.ok) {
      throw new AppError(
        'BAD_REQUEST',
        `This file cannot be restored: ${check.problem}. Choose another backup.`,
      );
    }
    this.disconnect();
    let moves: [string, string][] = [];
    try {
      moves = moveAside(file, this.options.clock());
      installCopy(path, file);
    } catch {
      undoMoves(moves);
      this.connect();
      throw new AppError('INTERNAL', 'The backup could not be put in place; nothing was changed.');
    }
    this.connect();
    if (this.currentStatus.state !== 'ok') {
      // Passed the file check but the open refused it: put the current records back as they were
      // (the installed copy and any -wal/-shm it grew go first, so no WAL meets the wrong file).
      this.disconnect();
      removeInstalled(file);
      undoMoves(moves);
      this.connect();
      throw new AppError(
        'BAD_REQUEST',
        'This backup cannot be opened by the app, so the current records were put back. Choose another backup.',
      );
    }
    this.conn.write('system', (db) =>
      db.audit({
        action: 'restore',
        entity: 'database',
        entityId: 'records',
        changes: { from: basename(path) },
      }),
    );
    return {
      path,
      createdAt: backupTime(basename(path)) ?? statSync(path).mtime.toISOString(),
      sizeBytes: statSync(path).size,
      integrity: 'ok',
    };
  }

  private disconnect(): void {
    if (!this.connection) return;
    try {
      // Fold the WAL into the main file so the copy moved aside is one self-contained file.
      this.connection.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A damaged file may refuse; it is moved aside as it is.
    }
    this.connection.close();
    this.connection = null;
  }

  async close(): Promise<void> {
    this.disconnect();
  }
}
