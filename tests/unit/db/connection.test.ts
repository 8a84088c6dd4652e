import { describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { Connection } from '../../../main/db/sqlite/connection';
import { toAppError } from '../../../main/db/errors';

const sqliteError = (code: string) => Object.assign(new Error(`driver says ${code}`), { code });

describe('Connection', () => {
  it('reports damage found after open, so the store can switch to the recovery screen', () => {
    const onCorrupt = vi.fn();
    const connection = new Connection(new Database(':memory:'), () => new Date(), onCorrupt);
    expect(() =>
      connection.read(() => {
        throw sqliteError('SQLITE_CORRUPT');
      }),
    ).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }));
    expect(onCorrupt).toHaveBeenCalledOnce();
    connection.close();
  });

  it('rolls back the whole write when any part fails', () => {
    const db = new Database(':memory:');
    db.exec(
      'CREATE TABLE t (x TEXT) STRICT; CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT, actor TEXT, action TEXT, entity TEXT, entity_id TEXT, changes TEXT, prev_hash TEXT, hash TEXT)',
    );
    const connection = new Connection(db, () => new Date());
    expect(() =>
      connection.write('system', (w) => {
        w.run("INSERT INTO t VALUES ('a')");
        w.audit({ action: 'x', entity: 't', entityId: '1' });
        throw sqliteError('SQLITE_FULL');
      }),
    ).toThrow(expect.objectContaining({ code: 'DISK_FULL' }));
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    connection.close();
  });
});

describe('toAppError', () => {
  it('maps driver codes to plain messages that carry no stored values', () => {
    expect(toAppError(sqliteError('SQLITE_BUSY'))).toMatchObject({ code: 'CONFLICT' });
    expect(toAppError(sqliteError('SQLITE_CONSTRAINT_UNIQUE'))).toMatchObject({ code: 'CONFLICT' });
    expect(toAppError(sqliteError('SQLITE_NOTADB'))).toMatchObject({ code: 'DATABASE_CORRUPT' });
    const internal = toAppError(new Error("near 'Kowalska': syntax error"));
    expect(internal).toMatchObject({ code: 'INTERNAL' });
    expect(internal.message).not.toMatch(/Kowalska/);
  });
});
