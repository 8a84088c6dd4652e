// `npm run test:security`: runs @doyensec/electronegativity offline over main/ and the built
// renderer (out/renderer, so run `npm run build` first), reads its SARIF and fails on any finding
// that electronegativity-allowlist.json does not list with a reason.
//
// The two folders are copied side by side into one temporary folder and scanned together, so the
// tool's whole-app checks (such as "is there a CSP?") see the page and the main process at once.
// `-x AvailableSecurityFixesGlobalCheck` skips the one check that needs the network; the Electron
// version is passed explicitly because the tool cannot detect it from TypeScript sources.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { findingsFromSarif, judge, parseAllowlist } from './electronegativityFindings';

const root = resolve(import.meta.dirname, '..');
// `--renderer-dir=<path>` scans another build of the renderer (default: out/renderer).
const rendererArg = process.argv.find((a) => a.startsWith('--renderer-dir='));
const rendererOut = rendererArg
  ? resolve(rendererArg.slice('--renderer-dir='.length))
  : join(root, 'out/renderer');
if (!existsSync(join(rendererOut, 'index.html'))) {
  console.error(
    `electronegativity: ${rendererOut} has no index.html. Run \`npm run build\` first.`,
  );
  process.exit(1);
}

const require = createRequire(import.meta.url);
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const electronVersion = pkg.devDependencies.electron ?? '';

const work = mkdtempSync(join(tmpdir(), 'hipspine-electronegativity-'));
try {
  const staging = join(work, 'app');
  cpSync(join(root, 'main'), join(staging, 'main'), { recursive: true });
  cpSync(rendererOut, join(staging, 'renderer'), {
    recursive: true,
    // Source maps repeat the sources as JSON strings; scanning them only duplicates findings.
    filter: (src) => !src.endsWith('.map'),
  });
  const sarifFile = join(work, 'electronegativity.sarif');
  const run = spawnSync(
    process.execPath,
    [
      join(toolDir, 'dist/index.js'),
      ...['-i', staging, '-o', sarifFile, '-r', '-v', 'false'],
      ...['-x', 'AvailableSecurityFixesGlobalCheck', '-e', electronVersion],
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0 || !existsSync(sarifFile)) {
    console.error(`electronegativity failed to run (status ${run.status}).\n${run.stderr}`);
    process.exit(1);
  }

  const findings = findingsFromSarif(JSON.parse(readFileSync(sarifFile, 'utf8')), {
    main: 'main',
    renderer: 'out/renderer',
  });
  const allowlist = parseAllowlist(
    JSON.parse(readFileSync(join(root, 'electronegativity-allowlist.json'), 'utf8')),
  );
  const verdict = judge(findings, allowlist);

  console.log(
    `electronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}` +
      `scanned main/ and out/renderer/: ${findings.length} findings, ` +
      `${verdict.allowed.length} allowlisted, ${verdict.refused.length} not allowed.`,
  );
  for (const { finding, entry } of verdict.allowed) {
    console.log(
      `  allowed  ${finding.rule} ${finding.file}:${finding.line ?? '-'} — ${entry.reason}`,
    );
  }
  for (const entry of verdict.unused) {
    console.log(
      `  unused allowlist entry: ${entry.rule} ${entry.file} (remove it if it no longer applies)`,
    );
  }
  for (const finding of verdict.refused) {
    console.error(
      `  FINDING  ${finding.rule} [${finding.level}] ${finding.file}:${finding.line ?? '-'} — ${finding.message}`,
    );
  }
  if (verdict.refused.length > 0) {
    console.error(
      'Fix these, or add each to electronegativity-allowlist.json with the reason it does not apply.',
    );
    process.exit(1);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
