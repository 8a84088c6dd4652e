// Crash durability: a writer process autosaving as fast as it can is killed with SIGKILL at random
// moments, over and over, on the same records file. After each kill the file is reopened and
// checked: every acknowledged write is there, no encounter is half-written, integrity is ok.
//
// The writer is bundled once with esbuild (tsx's own compiler) so each start takes ~0.1 s instead
// of tsx's ~1.5 s, which keeps 50+ kills inside the time budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { openStore } from '../../main/db/sqlite/open';
import type { SqliteStore } from '../../main/db/sqlite/sqliteStore';
import { SYSTEM_ACTOR } from '../../main/db/store';

const KILLS = 60;
let dir: string;
let file: string;
let writer: string;
let clinicianId: string;
let patientId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hipspine-crash-'));
  file = join(dir, 'records.sqlite3');
  writer = join(dir, 'crashWriter.cjs');
  buildSync({
    entryPoints: [resolve(__dirname, 'crashWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: writer,
    external: ['better-sqlite3'],
    nodePaths: [resolve(__dirname, '../../node_modules')],
    logLevel: 'silent',
  });
  const store = await openStore({ file, clock: () => new Date() });
  const clinician = await store.clinicians.create(
    {
      username: 'crash',
      name: 'Crash Test',
      profession: 'PT',
      registration: 'X',
      passwordHash: 'h',
      salt: 's',
    },
    SYSTEM_ACTOR,
  );
  const patient = await store.patients.create(
    {
      givenName: 'Crash',
      familyName: 'Test',
      birthDate: '1970-01-01',
      sex: 'other',
      identifier: null,
      contact: null,
    },
    clinician.id,
  );
  clinicianId = clinician.id;
  patientId = patient.id;
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface RunLog {
  acked: Map<string, number>;
  signed: Set<string>;
  ackCount: number;
}

/**
 * Starts the writer and kills it `killAfterMs` after it is ready (or after it was started, to hit
 * the open itself), then collects what it acknowledged.
 */
function runAndKill(killAfterMs: number, fromReady: boolean): Promise<RunLog> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, file, clinicianId, patientId], {
      cwd: resolve(__dirname, '../..'),
      env: { ...process.env, NODE_PATH: resolve(__dirname, '../../node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: RunLog = { acked: new Map(), signed: new Set(), ackCount: 0 };
    let timer = fromReady ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    let pending = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, id, revision] = line.split(' ');
        if (kind === 'ready' && fromReady) {
          timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        } else if (kind === 'ack' && id) {
          log.acked.set(id, Number(revision));
          log.ackCount++;
        } else if (kind === 'signed' && id) {
          log.signed.add(id);
        }
      }
    });
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') fail(new Error(`writer exited on its own (${code}): ${stderr}`));
      else done(log);
    });
  });
}

interface EncounterState {
  id: string;
  status: string;
  revision: number;
  plan: string;
  note: string | null;
  changes: number;
}

/** What a whole encounter at revision R must hold (see crashWriter.ts). */
function isWhole(e: EncounterState): boolean {
  const changeRevisions = e.status === 'signed' ? e.revision - 1 : e.revision;
  const lastOdd = changeRevisions % 2 === 1 ? changeRevisions : changeRevisions - 1;
  const lastEven = changeRevisions % 2 === 0 ? changeRevisions : changeRevisions - 1;
  const plan = lastOdd >= 1 ? `p${lastOdd}` : '';
  const note = lastEven >= 2 ? `t${lastEven}` : null;
  return e.plan === plan && e.note === note && e.changes === changeRevisions;
}

describe('SIGKILL during autosave', () => {
  it(`loses no acknowledged write and leaves no partial encounter over ${KILLS} kills`, async () => {
    let acknowledged = 0;
    let lost = 0;
    let partial = 0;
    let integrityFailures = 0;
    let killsWithWritesInFlight = 0;
    const started = Date.now();
    for (let i = 0; i < KILLS; i++) {
      // Most kills land in the middle of autosaving; every tenth lands during start-up and open.
      const log =
        i % 10 === 9
          ? await runAndKill(Math.floor(Math.random() * 250), false)
          : await runAndKill(15 + Math.floor(Math.random() * 150), true);
      acknowledged += log.ackCount;
      if (log.ackCount > 0) killsWithWritesInFlight++;

      const store = (await openStore({ file, clock: () => new Date() })) as SqliteStore;
      expect(store.status().state).toBe('ok');
      const db = store.rawDatabase;
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') integrityFailures++;
      const states = db
        .prepare(
          `SELECT e.id, e.status, e.revision, e.plan,
             (SELECT note FROM encounter_tests t WHERE t.encounter_id = e.id) AS note,
             (SELECT count(*) FROM audit_log a
               WHERE a.entity_id = e.id AND a.action = 'change') AS changes
           FROM encounters e`,
        )
        .all() as EncounterState[];
      const byId = new Map(states.map((s) => [s.id, s]));
      for (const [id, revision] of log.acked) {
        const stored = byId.get(id);
        const storedChanges = stored
          ? stored.status === 'signed'
            ? stored.revision - 1
            : stored.revision
          : -1;
        if (storedChanges < revision) lost++;
      }
      for (const id of log.signed) if (byId.get(id)?.status !== 'signed') lost++;
      partial += states.filter((s) => !isWhole(s)).length;
      expect(await store.audit.verify()).toMatchObject({ ok: true });
      await store.close();
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `[reliability] crash: ${KILLS} SIGKILLs (${killsWithWritesInFlight} mid-autosave), ` +
        `${acknowledged} acknowledged writes, lost ${lost}, partial encounters ${partial}, ` +
        `integrity failures ${integrityFailures}, ${seconds.toFixed(1)} s`,
    );
    expect(killsWithWritesInFlight).toBeGreaterThanOrEqual(50);
    expect(lost).toBe(0);
    expect(partial).toBe(0);
    expect(integrityFailures).toBe(0);
  }, 120_000);
});
