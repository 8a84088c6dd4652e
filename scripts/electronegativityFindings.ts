// Reads Electronegativity's SARIF output and checks each finding against the allowlist
// (electronegativity-allowlist.json). Pure: the runner (electronegativity.ts) does the I/O, and
// tests/security/electronegativity.test.ts checks this logic and the allowlist itself.

export interface Finding {
  rule: string;
  /** Repository path (main/..., out/renderer/...), or "(global)" for whole-app checks. */
  file: string;
  line: number | null;
  level: string;
  message: string;
}

export interface AllowlistEntry {
  rule: string;
  file: string;
  /** Why this finding does not apply or is accepted; required. */
  reason: string;
}

export interface Verdict {
  allowed: { finding: Finding; entry: AllowlistEntry }[];
  refused: Finding[];
  /** Allowlist entries that matched nothing: delete them, or the tool stopped seeing something. */
  unused: AllowlistEntry[];
}

interface SarifResult {
  ruleId?: unknown;
  level?: unknown;
  message?: { text?: unknown };
  locations?: {
    physicalLocation?: { artifactLocation?: { uri?: unknown }; region?: { startLine?: unknown } };
  }[];
}

/**
 * `prefixes` maps the folder names used in the scanned staging tree back to repository paths
 * (the runner copies main/ and out/renderer/ side by side into one folder).
 */
export function findingsFromSarif(sarif: unknown, prefixes: Record<string, string>): Finding[] {
  const runs = (sarif as { runs?: { results?: SarifResult[] }[] } | null)?.runs;
  if (!Array.isArray(runs)) throw new Error('Not a SARIF log: no "runs" array.');
  return runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = String(location?.artifactLocation?.uri ?? '');
      const line = location?.region?.startLine;
      return {
        rule: String(result.ruleId ?? 'UNKNOWN'),
        file: repositoryPath(uri, prefixes),
        line: typeof line === 'number' ? line : null,
        level: String(result.level ?? 'warning'),
        message: String(result.message?.text ?? ''),
      };
    }),
  );
}

function repositoryPath(uri: string, prefixes: Record<string, string>): string {
  // Global checks report the scan root itself ("file:///" or empty).
  if (uri === '' || /^file:\/*$/.test(uri)) return '(global)';
  const path = uri
    .replace(/^file:\/\//, '')
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '');
  for (const [staged, repo] of Object.entries(prefixes)) {
    if (path === staged || path.startsWith(`${staged}/`)) return repo + path.slice(staged.length);
  }
  return path;
}

/** Throws on a malformed allowlist: every entry needs a rule, a file and a real reason. */
export function parseAllowlist(json: unknown): AllowlistEntry[] {
  const entries = (json as { findings?: unknown } | null)?.findings;
  if (!Array.isArray(entries)) throw new Error('The allowlist needs a "findings" array.');
  return entries.map((entry, i) => {
    const e = entry as Partial<AllowlistEntry>;
    if (typeof e.rule !== 'string' || !/^[A-Z0-9_]+$/.test(e.rule)) {
      throw new Error(`Allowlist entry ${i}: "rule" must be an Electronegativity check id.`);
    }
    if (typeof e.file !== 'string' || e.file.length === 0) {
      throw new Error(`Allowlist entry ${i} (${e.rule}): "file" is required.`);
    }
    if (typeof e.reason !== 'string' || e.reason.trim().length < 20) {
      throw new Error(`Allowlist entry ${i} (${e.rule}): give a reason of at least 20 characters.`);
    }
    return { rule: e.rule, file: e.file, reason: e.reason };
  });
}

/** Matches by rule and file (not line: lines move with every edit; the reason is per file). */
export function judge(findings: readonly Finding[], allowlist: readonly AllowlistEntry[]): Verdict {
  const allowed: Verdict['allowed'] = [];
  const refused: Finding[] = [];
  const used = new Set<AllowlistEntry>();
  for (const finding of findings) {
    const entry = allowlist.find((e) => e.rule === finding.rule && e.file === finding.file);
    if (entry) {
      allowed.push({ finding, entry });
      used.add(entry);
    } else {
      refused.push(finding);
    }
  }
  return { allowed, refused, unused: allowlist.filter((e) => !used.has(e)) };
}
