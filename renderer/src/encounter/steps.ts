// The five steps of a consultation, reachable in any order (keys 1–5).
export const STEPS = [
  { n: 1, id: 'redflags', title: 'Red flags' },
  { n: 2, id: 'history', title: 'History' },
  { n: 3, id: 'tests', title: 'Tests' },
  { n: 4, id: 'assessment', title: 'Assessment' },
  { n: 5, id: 'letter', title: 'Letter' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];
