// One open database with its statement cache, and the only doors to it: `read` hands out a handle
// that can only query, `write` one that can also change rows, inside a single IMMEDIATE
// transaction that appends the audit row before COMMIT. Driver errors become AppErrors.
import type { Database, RunResult, Statement, Transaction } from 'better-sqlite3';
import { isWellFormed } from '../../../shared/domain/text';
import { AppError } from '../../../shared/ipc/result';
import { toAppError } from '../errors';
import type { Actor, AuditEvent } from '../store';
import { appendAudit } from './audit';

type Params = readonly unknown[];

/** A handle that can only query: functions that take one cannot change the records. */
export interface ReadDb {
  get<T>(sql: string, ...params: Params): T | undefined;
  all<T>(sql: string, ...params: Params): T[];
}

/** A handle inside a write transaction: reads, changes, the transaction's time and its audit. */
export interface WriteDb extends ReadDb {
  /** One timestamp for the whole transaction (ISO-8601 UTC). */
  readonly now: string;
  run(sql: string, ...params: Params): RunResult;
  audit(event: AuditEvent): void;
}

export class Connection {
  private readonly statements = new Map<string, Statement>();
  /** Made once: better-sqlite3 builds four wrappers per transaction() call, too slow per keystroke. */
  private readonly transaction: Transaction<(body: () => unknown) => unknown>;

  constructor(
    readonly db: Database,
    private readonly clock: () => Date,
    /** Called when damage shows up after open (quick_check cannot see every kind). */
    private readonly onCorrupt: () => void = () => undefined,
  ) {
    this.transaction = db.transaction((body: () => unknown) => body());
  }

  private fail(error: unknown): AppError {
    const appError = toAppError(error);
    if (appError.code === 'DATABASE_CORRUPT') this.onCorrupt();
    return appError;
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private readonly reader: ReadDb = {
    get: <T>(sql: string, ...params: Params) => this.statement(sql).get(...params) as T | undefined,
    all: <T>(sql: string, ...params: Params) => this.statement(sql).all(...params) as T[],
  };

  read<T>(fn: (db: ReadDb) => T): T {
    try {
      return fn(this.reader);
    } catch (error) {
      throw this.fail(error);
    }
  }

  /** Runs `fn` in one IMMEDIATE transaction; resolves only after COMMIT (synchronous=FULL). */
  write<T>(actor: Actor, fn: (db: WriteDb) => T): T {
    const now = this.clock().toISOString();
    const handle: WriteDb = {
      now,
      get: this.reader.get,
      all: this.reader.all,
      run: (sql, ...params) => this.statement(sql).run(...params),
      audit: (event) => appendAudit(handle, actor, event),
    };
    try {
      return this.transaction.immediate(() => fn(handle)) as T;
    } catch (error) {
      throw this.fail(error);
    }
  }

  close(): void {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}

/**
 * Strings that are not well-formed Unicode (lone surrogates) would be silently replaced by U+FFFD
 * on the way into SQLite; refuse them instead, naming no value.
 */
export function assertWellFormed(value: unknown, what: string): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (!isWellFormed(item)) {
        throw new AppError(
          'BAD_REQUEST',
          `The ${what} contains a malformed character (lone surrogate); retype it.`,
        );
      }
    } else if (item !== null && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) stack.push(key, inner);
    }
  }
}
