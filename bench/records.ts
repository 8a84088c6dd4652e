// Records benchmarks (issue 4): autosave commit latency against a raw better-sqlite3 insert with
// the same pragmas in the same run, patient search among 100,000 patients, and opening a file with
// 100,000 encounters (open + migrate + quick_check). Temp files on the same disk as os.tmpdir().
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../main/db/sqlite/open';
import type { SqliteStore } from '../main/db/sqlite/sqliteStore';
import { SYSTEM_ACTOR } from '../main/db/store';
import { percentile, round, type Measurement } from './measurement';
import { fixturePatient, insertEncounters, insertPatients, seeded } from './recordsFixtures';

const clock = () => new Date();

async function openTemp(dir: string, name: string): Promise<SqliteStore> {
  return (await openStore({ file: join(dir, name), clock })) as SqliteStore;
}

async function seedClinician(store: SqliteStore): Promise<string> {
  const clinician = await store.clinicians.create(
    {
      username: 'bench',
      name: 'Bench',
      profession: 'PT',
      registration: 'B1',
      passwordHash: 'h',
      salt: 's',
    },
    SYSTEM_ACTOR,
  );
  return clinician.id;
}

/** Autosave through the store vs a raw single-row insert, interleaved so both see the same disk. */
async function autosave(dir: string): Promise<Measurement[]> {
  const store = await openTemp(dir, 'autosave.sqlite3');
  const clinicianId = await seedClinician(store);
  const patient = await store.patients.create(
    {
      givenName: 'Bench',
      familyName: 'Patient',
      birthDate: '1970-01-01',
      sex: 'female',
      identifier: null,
      contact: null,
    },
    clinicianId,
  );
  const encounter = await store.encounters.start(patient.id, clinicianId, clinicianId);

  const raw = new Database(join(dir, 'raw.sqlite3'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT NOT NULL) STRICT');
  const insert = raw.prepare('INSERT INTO t (note) VALUES (?)');

  // Steady state for both: the WAL has grown to its checkpoint size and is being reused, as in an
  // app that has been running (appending to a growing WAL costs an extra metadata sync).
  const warm = raw.transaction(() => undefined);
  for (let i = 0; i < 1200; i++) {
    insert.run('warm-up');
    warm();
  }
  const samples: number[] = [];
  const rawSamples: number[] = [];
  const rounds = 600;
  const warmUp = 400;
  for (let i = 0; i < rounds + warmUp; i++) {
    const note = `familiar pain at ${i} degrees`;
    let started = performance.now();
    await store.encounters.applyChange(
      encounter.id,
      i % 2 === 0
        ? {
            kind: 'test',
            testId: 'slr',
            side: 'left',
            record: { result: 'positive', valueDeg: i % 90, level: null, note },
          }
        : { kind: 'fields', plan: note },
      clinicianId,
    );
    const autosaveMs = performance.now() - started;
    started = performance.now();
    insert.run(note);
    const rawMs = performance.now() - started;
    if (i >= warmUp) {
      samples.push(autosaveMs);
      rawSamples.push(rawMs);
    }
  }
  raw.close();
  await store.close();
  const p50 = percentile(samples, 50);
  const rawP50 = percentile(rawSamples, 50);
  // Each autosave is paired with the raw insert made right after it, so both see the same state
  // of the disk (its fsync cost drifts by 10x here); the ratio is the median of the pair ratios.
  const ratio = percentile(
    samples.map((ms, i) => ms / (rawSamples[i] ?? ms)),
    50,
  );
  return [
    { name: 'autosave_commit_p50_ms', value: round(p50), unit: 'ms', target: 300 },
    {
      name: 'autosave_commit_p95_ms',
      value: round(percentile(samples, 95)),
      unit: 'ms',
      target: 300,
    },
    {
      name: 'autosave_vs_raw_ratio',
      value: round(ratio),
      unit: 'x',
      target: 1.5,
      baseline: round(rawP50),
      ratio: round(ratio),
    },
  ];
}

/** What people type at the search box: name starts, name pairs, dates both ways, identifiers. */
function searchQueries(count: number): string[] {
  const random = seeded(7);
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = fixturePatient(Math.floor(random() * 100_000), random);
    const family = p.familyName.split('-')[0] as string;
    const [y, m, d] = p.birthDate.split('-');
    const kind = i % 6;
    if (kind === 0) queries.push(family.slice(0, 3));
    else if (kind === 1) queries.push(family.slice(0, 5).toLowerCase());
    else if (kind === 2) queries.push(`${family.toLowerCase()} ${p.givenName.slice(0, 2)}`);
    else if (kind === 3) queries.push(`${p.givenName} ${family}`);
    else if (kind === 4) queries.push(i % 2 === 0 ? p.birthDate : `${d}/${m}/${y}`);
    else queries.push(p.identifier.slice(0, 6));
  }
  return queries;
}

async function search(dir: string): Promise<Measurement[]> {
  const store = await openTemp(dir, 'search.sqlite3');
  insertPatients(store.rawDatabase, 100_000);
  const queries = searchQueries(600);
  for (const query of queries.slice(0, 50)) await store.patients.search(query, 20);
  const samples: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    await store.patients.search(query, 20);
    samples.push(performance.now() - started);
  }
  await store.close();
  return [
    { name: 'search_100k_p95_ms', value: round(percentile(samples, 95)), unit: 'ms', target: 10 },
  ];
}

async function open(dir: string): Promise<Measurement[]> {
  const file = 'open.sqlite3';
  const store = await openTemp(dir, file);
  const clinicianId = await seedClinician(store);
  const patients = insertPatients(store.rawDatabase, 25_000, 3);
  insertEncounters(store.rawDatabase, 100_000, patients, clinicianId);
  await store.close();
  const sizeMb = statSync(join(dir, file)).size / 1_048_576;
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const reopened = await openTemp(dir, file);
    const ms = performance.now() - started;
    if (reopened.status().state !== 'ok')
      throw new Error(`open failed: ${reopened.status().message}`);
    samples.push(ms);
    await reopened.close();
  }
  return [
    { name: 'open_100k_ms', value: round(percentile(samples, 50)), unit: 'ms', target: 500 },
    { name: 'open_100k_file_mb', value: round(sizeMb, 1), unit: 'MB' },
  ];
}

export async function run(): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hipspine-bench-records-'));
  try {
    const results: Measurement[] = [];
    // RECORDS_BENCH=autosave,search runs only those parts (for working on one figure).
    const only = process.env.RECORDS_BENCH?.split(',');
    for (const part of [autosave, search, open]) {
      if (only && !only.includes(part.name)) continue;
      const started = performance.now();
      results.push(...(await part(dir)));
      if (process.env.BENCH_VERBOSE) {
        console.error(`${part.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
