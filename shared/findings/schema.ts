// The exam findings exchange format (docs/findings-format.md): the engine's input, read by
// `hipspine assess` and produced by `hipspine export`. Every id must be a known one; a wrong type or
// unknown id is an error naming the field, never a silent default.
import { z } from 'zod';
import {
  BOOLEAN_HISTORY_IDS,
  NUMERIC_HISTORY_IDS,
  RED_FLAG_IDS,
  ROOT_LEVELS,
  TEST_IDS,
  type BooleanHistoryId,
  type NumericHistoryId,
  type RedFlagId,
  type RootLevel,
  type TestId,
} from '../clinical/ids';

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const TEST_RESULTS = ['positive', 'negative', 'not_tested'] as const;
export type TestResult = (typeof TEST_RESULTS)[number];
export const TEST_SIDES = ['left', 'right', 'bilateral'] as const;
export type TestSide = (typeof TEST_SIDES)[number];

export interface TestFinding {
  result: TestResult;
  side?: TestSide;
  level?: RootLevel;
  value_deg?: number;
  note?: string;
}

export type History = Partial<Record<BooleanHistoryId, boolean> & Record<NumericHistoryId, number>>;

export interface Findings {
  age: number;
  sex?: Sex;
  history: History;
  tests: Partial<Record<TestId, TestFinding>>;
  /** Absent = not screened; empty = screened, none present. */
  red_flags?: RedFlagId[];
}

const testFindingSchema = z
  .object({
    result: z.enum(TEST_RESULTS),
    side: z.enum(TEST_SIDES).optional(),
    level: z.enum(ROOT_LEVELS).optional(),
    value_deg: z.number().finite().min(0).max(180).optional(),
    note: z.string().max(10_000).optional(),
  })
  .strict();

const historyShape = Object.fromEntries([
  ...BOOLEAN_HISTORY_IDS.map((id) => [id, z.boolean().optional()] as const),
  ...NUMERIC_HISTORY_IDS.map(
    (id) => [id, z.number().finite().min(0).max(100_000).optional()] as const,
  ),
]) as Record<BooleanHistoryId, z.ZodOptional<z.ZodBoolean>> &
  Record<NumericHistoryId, z.ZodOptional<z.ZodNumber>>;

const testsShape = Object.fromEntries(
  TEST_IDS.map((id) => [id, testFindingSchema.optional()]),
) as Record<TestId, z.ZodOptional<typeof testFindingSchema>>;

/**
 * Top-level fields other than the ones below (an `id`, a `summary`, free text) are allowed and
 * ignored, as the format says; inside `history` and `tests` an unknown key is an error.
 */
export const findingsSchema = z.object({
  age: z.number().int().min(0).max(120),
  sex: z.enum(SEXES).optional(),
  history: z.object(historyShape).strict().default({}),
  tests: z.object(testsShape).strict().default({}),
  red_flags: z
    .array(z.enum(RED_FLAG_IDS))
    .refine((flags) => new Set(flags).size === flags.length, 'a red flag is listed twice')
    .optional(),
});

// The schema and the hand-written interface must agree; this line fails to compile if they drift.
type SchemaOutput = z.output<typeof findingsSchema>;
export const findingsSchemaMatchesType: (value: SchemaOutput) => Findings = (value) => value;

export type FindingsParseResult =
  { ok: true; findings: Findings } | { ok: false; errors: { path: string; message: string }[] };

/** Parses untrusted input; each error names the field as a dotted path (e.g. `tests.fadir.side`). */
export function parseFindings(input: unknown): FindingsParseResult {
  const parsed = findingsSchema.safeParse(input);
  if (parsed.success) return { ok: true, findings: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: describeIssue(issue),
    })),
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown id${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  }
  return issue.message;
}
