// The Electronegativity gate's logic (SARIF → findings → allowlist verdict) and the allowlist file
// itself. The scan runs in `npm run test:security` after the build (scripts/electronegativity.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsFromSarif, judge, parseAllowlist } from '../../scripts/electronegativityFindings';

const ROOT = join(import.meta.dirname, '../..');

function sarif(results: { ruleId: string; uri: string; line?: number; level?: string }[]) {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Electronegativity' } },
        results: results.map((r) => ({
          ruleId: r.ruleId,
          level: r.level ?? 'warning',
          message: { text: `${r.ruleId} message` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.uri },
                ...(r.line ? { region: { startLine: r.line } } : {}),
              },
            },
          ],
        })),
      },
    ],
  };
}

const prefixes = { main: 'main', renderer: 'out/renderer' };

describe('electronegativity gate', () => {
  it('maps staged paths back to repository paths', () => {
    const findings = findingsFromSarif(
      sarif([
        { ruleId: 'SANDBOX_JS_CHECK', uri: 'main/electron/window.ts', line: 46 },
        { ruleId: 'CSP_GLOBAL_CHECK', uri: 'renderer/index.html', line: 5, level: 'note' },
        { ruleId: 'LIMIT_NAVIGATION_GLOBAL_CHECK', uri: 'file:///' },
      ]),
      prefixes,
    );
    expect(findings.map((f) => [f.rule, f.file, f.line, f.level])).toEqual([
      ['SANDBOX_JS_CHECK', 'main/electron/window.ts', 46, 'warning'],
      ['CSP_GLOBAL_CHECK', 'out/renderer/index.html', 5, 'note'],
      ['LIMIT_NAVIGATION_GLOBAL_CHECK', '(global)', null, 'warning'],
    ]);
  });

  it('fails on anything not in the allowlist, and reports unused entries', () => {
    const findings = findingsFromSarif(
      sarif([
        { ruleId: 'SANDBOX_JS_CHECK', uri: 'main/electron/window.ts', line: 46 },
        { ruleId: 'SANDBOX_JS_CHECK', uri: 'main/electron/other.ts', line: 3 },
        { ruleId: 'NODE_INTEGRATION_JS_CHECK', uri: 'main/electron/window.ts', line: 46 },
      ]),
      prefixes,
    );
    const allowlist = parseAllowlist({
      findings: [
        { rule: 'SANDBOX_JS_CHECK', file: 'main/electron/window.ts', reason: 'x'.repeat(30) },
        { rule: 'AUXCLICK_JS_CHECK', file: 'main/electron/window.ts', reason: 'y'.repeat(30) },
      ],
    });
    const verdict = judge(findings, allowlist);
    expect(verdict.allowed).toHaveLength(1);
    expect(verdict.refused.map((f) => `${f.rule} ${f.file}`)).toEqual([
      'SANDBOX_JS_CHECK main/electron/other.ts',
      'NODE_INTEGRATION_JS_CHECK main/electron/window.ts',
    ]);
    expect(verdict.unused.map((e) => e.rule)).toEqual(['AUXCLICK_JS_CHECK']);
  });

  it('refuses an allowlist entry without a real reason, and a file that is not SARIF', () => {
    expect(() =>
      parseAllowlist({ findings: [{ rule: 'SANDBOX_JS_CHECK', file: 'a.ts' }] }),
    ).toThrow(/reason/);
    expect(() =>
      parseAllowlist({ findings: [{ rule: 'SANDBOX_JS_CHECK', file: 'a.ts', reason: 'ok' }] }),
    ).toThrow(/reason/);
    expect(() => parseAllowlist({})).toThrow(/findings/);
    expect(() => findingsFromSarif({ nope: true }, prefixes)).toThrow(/SARIF/);
  });

  it('the project allowlist is well formed: every entry has a rule, a file and a reason', () => {
    const json: unknown = JSON.parse(
      readFileSync(join(ROOT, 'electronegativity-allowlist.json'), 'utf8'),
    );
    const entries = parseAllowlist(json);
    expect(entries.length).toBeGreaterThan(0);
    // Never allowlist the checks that would mean the window is actually open to Node or remote code.
    const forbidden = [
      'NODE_INTEGRATION_JS_CHECK',
      'NODE_INTEGRATION_HTML_CHECK',
      'INSECURE_CONTENT_JS_CHECK',
    ];
    expect(entries.filter((e) => forbidden.includes(e.rule))).toEqual([]);
  });

  it('npm test runs the scan after the build', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['test:security']).toContain('scripts/electronegativity.ts');
    expect(pkg.scripts.test).toMatch(/test:e2e.*test:security|build.*test:security/);
  });
});
