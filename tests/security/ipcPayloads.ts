// Generators of hostile IPC payloads for the fuzz test: for every channel, a valid sample that is
// then broken in one place (wrong type, extra key, __proto__/constructor keys, huge string, invalid
// date, lone surrogate, missing key, deep nesting, odd numbers), plus arbitrary values of every kind
// that can cross Electron's structured clone.
import fc from 'fast-check';
import type { ChannelName } from '../../shared/ipc/contract';

export interface SampleIds {
  patientId: string;
  encounterId: string;
  clinicianUsername: string;
}

/** One valid request per channel, near which the mutations stay (so they reach deep checks). */
export function validSamples(ids: SampleIds): Record<ChannelName, unknown> {
  const clinician = {
    username: ids.clinicianUsername, // taken: a valid add ends in CONFLICT, not a new account
    name: 'Fuzz Clinician',
    profession: 'Physiotherapist',
    registration: 'PT-FUZZ',
    password: 'fuzz-password-1',
  };
  return {
    'app:info': {},
    'db:status': {},
    'db:restoreFromBackup': { path: 'no-such-backup.sqlite3' },
    'db:listBackups': {},
    // The runtime's harness picker "chooses" <data>/chosen-backups/restore.sqlite3, which the fuzz
    // never creates: a valid call is a cancelled dialog (null) and restores nothing.
    'db:restoreFromChosenFile': {},
    'auth:status': {},
    'auth:setup': clinician,
    'auth:signIn': { username: 'nobody', password: 'not-a-password' },
    'auth:signOut': {},
    'auth:lock': {},
    'clinicians:list': {},
    'clinicians:add': clinician,
    'clinicians:changePassword': { current: 'wrong-current-password', next: 'next-password-1' },
    'patients:create': {
      givenName: 'Fuzz',
      familyName: 'Sample',
      birthDate: '1980-02-29',
      sex: 'female',
      identifier: null,
      contact: null,
    },
    'patients:get': { id: ids.patientId },
    'patients:search': { query: 'Sample', limit: 5 },
    'encounters:start': { patientId: ids.patientId },
    'encounters:get': { id: ids.encounterId },
    'encounters:listForPatient': { patientId: ids.patientId },
    'encounters:listRecent': { limit: 5 },
    'encounters:change': {
      encounterId: ids.encounterId,
      change: {
        kind: 'test',
        testId: 'fadir',
        side: 'right',
        record: { result: 'positive', valueDeg: 30, level: null, note: 'note' },
      },
    },
    'encounters:sign': { encounterId: ids.encounterId },
    'encounters:addAddendum': { encounterId: ids.encounterId, text: 'addendum text' },
    'letters:create': { encounterId: ids.encounterId },
    'letters:listForEncounter': { encounterId: ids.encounterId },
    'letters:checkCharacters': { encounterId: ids.encounterId },
    'letters:saveAs': { letterId: 'no-such-letter' },
    'letters:print': { letterId: 'no-such-letter' },
    'settings:get': {},
    'settings:update': { autoLockMinutes: 5, paperSize: 'A4' },
    'backup:create': {},
    // Into <data>/chosen-backups (the harness picker's folder), inside the fuzz's temp data folder.
    'backup:createInChosenFolder': {},
    'backup:list': {},
    'audit:verify': {},
  };
}

const HUGE_LENGTHS = [70_000, 300_000, 1_100_000];
const BAD_DATES: unknown[] = [
  '2023-02-30',
  '1970-13-01',
  '0000-00-00',
  '99999-01-01',
  '2023-2-3',
  '31/12/1999',
  'Invalid Date',
  '',
  '2024-02-29T25:61:00Z',
  new Date(Number.NaN),
  new Date(8.64e15),
  -62_198_755_200_000,
];
const ODD_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  0.5,
  -1,
];
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83D', '\uDE00b'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString'];

/** Values of every kind that survive structured clone (Electron IPC) or JSON (the harness). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** An object whose own key is `__proto__` (as JSON.parse makes it), not a prototype change. */
function withOwnKey(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return target;
}

function deep(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
  return value;
}

type Mutation =
  | { kind: 'wrongType'; value: unknown }
  | { kind: 'extraKey'; key: string; value: unknown }
  | { kind: 'protoKey'; key: string }
  | { kind: 'hugeString'; length: number; surrogate: boolean }
  | { kind: 'invalidDate'; value: unknown }
  | { kind: 'loneSurrogate'; value: string }
  | { kind: 'oddNumber'; value: number }
  | { kind: 'dropKey' }
  | { kind: 'deepNesting'; depth: number }
  | { kind: 'replaceWhole'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  anyValue.map((value) => ({ kind: 'wrongType' as const, value })),
  fc
    .tuple(fc.string({ maxLength: 20 }), anyValue)
    .map(([key, value]) => ({ kind: 'extraKey' as const, key, value })),
  fc.constantFrom(...PROTO_KEYS).map((key) => ({ kind: 'protoKey' as const, key })),
  fc
    .tuple(fc.constantFrom(...HUGE_LENGTHS), fc.boolean())
    .map(([length, surrogate]) => ({ kind: 'hugeString' as const, length, surrogate })),
  fc.constantFrom(...BAD_DATES).map((value) => ({ kind: 'invalidDate' as const, value })),
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...LONE_SURROGATES))
    .map(([text, lone]) => ({ kind: 'loneSurrogate' as const, value: `${text}${lone}${text}` })),
  fc.constantFrom(...ODD_NUMBERS).map((value) => ({ kind: 'oddNumber' as const, value })),
  fc.constant({ kind: 'dropKey' as const }),
  fc.integer({ min: 50, max: 1000 }).map((depth) => ({ kind: 'deepNesting' as const, depth })),
  fc
    .constantFrom<unknown>(null, undefined, [], '', 0, true, 'x', [{}], new Map(), new Date(0))
    .map((value) => ({ kind: 'replaceWhole' as const, value })),
);

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Every plain object inside `root`, so a mutation can land at any depth. */
function objectsIn(root: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (root === null || typeof root !== 'object') return out;
  const proto: unknown = Object.getPrototypeOf(root);
  if (proto === Object.prototype || proto === null) {
    out.push(root as Record<string, unknown>);
    for (const value of Object.values(root)) objectsIn(value, out);
  }
  return out;
}

export function applyMutation(sample: unknown, m: Mutation, seed: number): unknown {
  if (m.kind === 'replaceWhole') return m.value;
  // A first mutation may already have replaced the whole payload with a primitive.
  if (sample === null || typeof sample !== 'object') return sample;
  // Likewise with a boxed value, a Map or a typed array: send it as it is.
  const proto: unknown = Object.getPrototypeOf(sample);
  if (proto !== Object.prototype && proto !== null && proto !== Array.prototype) return sample;
  const root = clone(sample) as Record<string, unknown>;
  const targets = objectsIn(root);
  const target = targets[seed % targets.length] ?? root;
  const keys = Object.keys(target);
  const key = keys.length > 0 ? keys[seed % keys.length] : undefined;
  const set = (value: unknown) => {
    if (key === undefined) withOwnKey(target, `k${seed % 7}`, value);
    else target[key] = value;
  };
  switch (m.kind) {
    case 'wrongType':
      set(m.value);
      break;
    case 'extraKey':
      withOwnKey(target, m.key, m.value);
      break;
    case 'protoKey':
      // The classic pollution payload: { "__proto__": { "polluted": ... } } as an own key.
      withOwnKey(target, m.key, { polluted: 'yes', prototype: { polluted: 'yes' } });
      break;
    case 'hugeString': {
      const base = 'Ω'.repeat(m.length);
      set(m.surrogate ? `${base}\uD800` : base);
      break;
    }
    case 'invalidDate':
      set(m.value);
      break;
    case 'loneSurrogate':
      set(m.value);
      break;
    case 'oddNumber':
      set(m.value);
      break;
    case 'dropKey':
      if (key !== undefined) delete target[key];
      break;
    case 'deepNesting':
      set(deep(m.depth));
      break;
  }
  return root;
}

/** A payload for `channel`: mostly a broken valid sample, sometimes anything at all. */
export function payloadFor(sample: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(mutation, fc.nat()).map(([m, seed]) => applyMutation(sample, m, seed)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(mutation, mutation, fc.nat())
        .map(([a, b, seed]) => applyMutation(applyMutation(sample, a, seed), b, seed >> 3)),
    },
    { weight: 1, arbitrary: anyValue },
  );
}
