// Builds findings for engine tests: `exam({ tests: { slr: 'positive' } })`.
import type { RedFlagId, TestId } from '../../../shared/clinical/ids';
import type { Findings, History, TestFinding } from '../../../shared/findings/schema';

type TestInput = 'positive' | 'negative' | 'not_tested' | TestFinding;

export interface ExamInput {
  age?: number;
  sex?: Findings['sex'];
  history?: History;
  tests?: Partial<Record<TestId, TestInput>>;
  red_flags?: RedFlagId[] | undefined;
}

export function exam(input: ExamInput = {}): Findings {
  const tests: Findings['tests'] = {};
  for (const [id, value] of Object.entries(input.tests ?? {}) as [TestId, TestInput][]) {
    tests[id] = typeof value === 'string' ? { result: value } : value;
  }
  const findings: Findings = {
    age: input.age ?? 45,
    history: input.history ?? {},
    tests,
  };
  if (input.sex !== undefined) findings.sex = input.sex;
  if (!('red_flags' in input)) findings.red_flags = [];
  else if (input.red_flags !== undefined) findings.red_flags = input.red_flags;
  return findings;
}
