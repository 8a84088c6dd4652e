// The schema a records file must have: exactly what our migrations produce for its user_version.
// application_id, user_version and integrity_check can all be forged by whoever crafts a file, so a
// backup (and the live file at open) is also compared object by object with a fresh in-memory
// database migrated to the same version. An extra trigger or view, a missing index or a table whose
// SQL was edited is refused: a trigger in a restored file would run with the app's rights on every
// write (https://www.sqlite.org/security.html).
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import { migrate } from './migrate';

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  /** Whitespace-normalised CREATE statement; null for SQLite's automatic indexes. */
  sql: string | null;
}

/**
 * Internal tables SQLite itself makes, tolerated with exactly this SQL: `ANALYZE` (or `PRAGMA
 * optimize`, run by an IT tool) creates them, and they only steer the query planner; they can hold
 * no code. SQLite reads them while loading the schema, before any check could run, so refusing
 * them would not shrink what a crafted file can reach either.
 */
const TOLERATED: readonly SchemaObject[] = [
  ['sqlite_stat1', 'CREATE TABLE sqlite_stat1(tbl,idx,stat)'],
  ['sqlite_stat4', 'CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)'],
].map(([name = '', sql = '']) => ({ type: 'table', name, tbl_name: name, sql }));

/** One space for any run of whitespace: indentation is not part of the schema. */
export function normaliseSql(sql: string | null): string | null {
  return sql === null ? null : sql.replace(/\s+/g, ' ').trim();
}

export function readSchema(db: Database.Database): SchemaObject[] {
  const rows = db
    .prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name')
    .all() as { type: unknown; name: unknown; tbl_name: unknown; sql: unknown }[];
  // sqlite_schema's columns are plain text in a valid file; a crafted file could store other types.
  return rows.map((row) => ({
    type: String(row.type),
    name: String(row.name),
    tbl_name: String(row.tbl_name),
    sql: row.sql === null ? null : normaliseSql(String(row.sql)),
  }));
}

const expectedByVersion = new Map<number, readonly SchemaObject[]>();

/** The schema our migrations produce for `version` (built once per version and kept). */
export function expectedSchema(version: number, nativeBinding?: string): readonly SchemaObject[] {
  const cached = expectedByVersion.get(version);
  if (cached) return cached;
  if (!Number.isInteger(version) || version < 0 || version > MIGRATIONS.length) {
    throw new RangeError(`no schema for version ${version}`);
  }
  const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    migrate(db, MIGRATIONS, version);
    const schema = readSchema(db);
    expectedByVersion.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

const key = (object: SchemaObject) => `${object.type}\u0000${object.name}`;

export interface SchemaDifference {
  kind: 'extra' | 'missing' | 'altered';
  type: string;
  name: string;
}

export function compareSchema(
  actual: readonly SchemaObject[],
  expected: readonly SchemaObject[],
): SchemaDifference[] {
  const wanted = new Map(expected.map((object) => [key(object), object]));
  const tolerated = new Map(TOLERATED.map((object) => [key(object), object]));
  const seen = new Set<string>();
  const differences: SchemaDifference[] = [];
  for (const object of actual) {
    const id = key(object);
    seen.add(id);
    const model = wanted.get(id) ?? tolerated.get(id);
    if (!model) {
      differences.push({ kind: 'extra', type: object.type, name: object.name });
    } else if (model.tbl_name !== object.tbl_name || model.sql !== object.sql) {
      differences.push({ kind: 'altered', type: object.type, name: object.name });
    }
  }
  for (const object of expected) {
    if (!seen.has(key(object))) {
      differences.push({ kind: 'missing', type: object.type, name: object.name });
    }
  }
  return differences;
}

/** A name from the file is shown only if it is a short plain identifier (it could be any text). */
function safeName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]{0,40}$/.test(name) ? ` "${name}"` : '';
}

const KIND_WORDS: Record<SchemaDifference['kind'], string> = {
  extra: 'an added',
  missing: 'a missing',
  altered: 'a changed',
};

/** "an added trigger "evil", a missing index "patients_birth_date"" (at most three, then a count). */
export function describeDifferences(differences: readonly SchemaDifference[]): string {
  const shown = differences
    .slice(0, 3)
    .map((d) => `${KIND_WORDS[d.kind]} ${safeType(d.type)}${safeName(d.name)}`);
  const more = differences.length > 3 ? ` and ${differences.length - 3} more` : '';
  return `${shown.join(', ')}${more}`;
}

function safeType(type: string): string {
  return ['table', 'index', 'view', 'trigger'].includes(type) ? type : 'object';
}

/**
 * null when the file's schema is exactly that of its version; otherwise what differs, in words
 * (used in the restore refusal). `version` must already be known to be 0..LATEST_VERSION.
 */
export function schemaProblem(
  db: Database.Database,
  version: number,
  nativeBinding?: string,
): string | null {
  const differences = compareSchema(readSchema(db), expectedSchema(version, nativeBinding));
  if (differences.length === 0) return null;
  return `its structure was changed outside the app (${describeDifferences(differences)})`;
}
