// Start-up: the handler table built and the database opened, checked and migrated — what stands
// between a double-click and a usable window (Electron's own start is not measured here).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppRuntime } from '../main/runtime';
import { percentile, round, type Measurement } from './measurement';

const RUNS = 7;

export async function run(): Promise<Measurement[]> {
  const fresh: number[] = [];
  const existing: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'hipspine-bench-startup-'));
    try {
      // First start: creates the file and runs every migration.
      let started = performance.now();
      let runtime = await startAppRuntime({ dataDir, harness: true });
      fresh.push(performance.now() - started);
      await runtime.close();
      // Every later start: opens, quick_checks, finds nothing to migrate.
      started = performance.now();
      runtime = await startAppRuntime({ dataDir, harness: true });
      existing.push(performance.now() - started);
      await runtime.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return [
    { name: 'startup_ms', value: round(percentile(existing, 50)), unit: 'ms', target: 500 },
    { name: 'startup_first_run_ms', value: round(percentile(fresh, 50)), unit: 'ms', target: 1000 },
  ];
}
