// `npm run bench`: runs every bench/*.ts module that exports `run(): Promise<Measurement[]>` and
// prints a table; `npm run bench -- --json` prints one JSON object per line instead.
// `npm run bench -- startup` runs only the modules whose file name contains "startup".
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, Measurement } from './measurement';

const NOT_BENCHES = new Set(['index.ts', 'measurement.ts']);

const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((arg) => !arg.startsWith('--'));

const files = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !NOT_BENCHES.has(file))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();

const rows: (Measurement & { module: string })[] = [];
let failed = false;
for (const file of files) {
  const module = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as
    Partial<BenchModule> | undefined;
  if (typeof module?.run !== 'function') continue;
  try {
    for (const measurement of await module.run()) {
      if (json) console.log(JSON.stringify(measurement));
      rows.push({ ...measurement, module: basename(file, '.ts') });
    }
  } catch (error) {
    failed = true;
    console.error(
      `bench ${file} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

if (!json) console.log(formatTable(rows));
if (failed) process.exitCode = 1;

function formatTable(list: readonly (Measurement & { module: string })[]): string {
  const header = ['module', 'name', 'value', 'unit', 'target', 'baseline', 'ratio', ''];
  const body = list.map((m) => [
    m.module,
    m.name,
    String(m.value),
    m.unit,
    m.target === undefined ? '' : String(m.target),
    m.baseline === undefined ? '' : String(m.baseline),
    m.ratio === undefined ? '' : String(m.ratio),
    m.target === undefined ? '' : m.value <= m.target ? 'ok' : 'OVER TARGET',
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
