// Checks that the ids in ../shared/clinical/REFERENCE.md and shared/clinical/ids.ts agree, both
// ways: the first column of the §1–§4 and §6 tables must list exactly the ids of each id list, and
// every other backticked word in §2–§4 and §6 must be a known id or a format word.
// Run by CI only where the design docs sit beside the repo:
//   npx tsx scripts/check-reference.ts [path/to/REFERENCE.md]
// Exit 0 = agree; 1 = mismatch (each printed); 2 = REFERENCE.md not found.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HISTORY_IDS, RED_FLAG_IDS, RULE_IDS, SOURCE_IDS, TEST_IDS } from '../shared/clinical/ids';

/** Backticked words that are field or value names of the findings format, not ids. */
const FORMAT_WORDS = new Set(['level', 'value_deg', 'side', 'bilateral', 'not_tested']);
/** §1 rows that are verdicts, not source hypotheses. */
const VERDICT_ONLY = new Set(['mixed', 'red_flag']);

const defaultPath = fileURLToPath(new URL('../../shared/clinical/REFERENCE.md', import.meta.url));
const path = process.argv[2] ?? defaultPath;
if (!existsSync(path)) {
  console.error(`REFERENCE.md not found at ${path}`);
  process.exit(2);
}

/** Markdown split by "## N." headings into section number → lines. */
function sections(markdown: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current = '';
  for (const line of markdown.split('\n')) {
    const heading = /^## (\d+)\./.exec(line);
    if (heading?.[1]) {
      current = heading[1];
      result.set(current, []);
    } else if (current) {
      result.get(current)?.push(line);
    }
  }
  return result;
}

const backticked = (text: string): string[] =>
  [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');

/** Ids in the first cell of each table row, skipping header and separator rows. */
function firstColumnIds(lines: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const line of lines) {
    if (!line.startsWith('|') || /^\|[-\s|]+\|$/.test(line)) continue;
    const firstCell = line.split('|')[1] ?? '';
    for (const word of backticked(firstCell)) if (!FORMAT_WORDS.has(word)) ids.add(word);
  }
  return ids;
}

const problems: string[] = [];

function compare(label: string, inReference: Set<string>, inCode: readonly string[]): void {
  const code = new Set(inCode);
  for (const id of inReference) {
    if (!code.has(id)) problems.push(`${label}: \`${id}\` is in REFERENCE.md but not in ids.ts`);
  }
  for (const id of code) {
    if (!inReference.has(id))
      problems.push(`${label}: '${id}' is in ids.ts but not in REFERENCE.md`);
  }
}

const bySection = sections(readFileSync(path, 'utf8'));
const lines = (n: string) => bySection.get(n) ?? [];
for (const n of ['1', '2', '3', '4', '6']) {
  if (!bySection.has(n)) problems.push(`section ${n} not found in REFERENCE.md`);
}

const sourceIds = new Set([...firstColumnIds(lines('1'))].filter((id) => !VERDICT_ONLY.has(id)));
compare('§1 sources', sourceIds, SOURCE_IDS);
compare('§2 history', firstColumnIds(lines('2')), HISTORY_IDS);
compare('§3 tests', firstColumnIds(lines('3')), TEST_IDS);
compare('§4 rules', firstColumnIds(lines('4')), RULE_IDS);
compare('§6 red flags', firstColumnIds(lines('6')), RED_FLAG_IDS);

const known = new Set<string>([
  ...SOURCE_IDS,
  ...HISTORY_IDS,
  ...TEST_IDS,
  ...RULE_IDS,
  ...RED_FLAG_IDS,
  ...FORMAT_WORDS,
]);
for (const n of ['2', '3', '4', '6']) {
  for (const word of lines(n).flatMap(backticked)) {
    if (!known.has(word)) problems.push(`§${n}: \`${word}\` is not an id in ids.ts`);
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`${problems.length} mismatch(es) between REFERENCE.md and shared/clinical/ids.ts`);
  process.exit(1);
}
console.log('REFERENCE.md and shared/clinical/ids.ts agree.');
