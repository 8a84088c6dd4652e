// Small constructors for catalogue figures, so each row reads like the reference table it copies:
// `verified(0.88)`, `calculated(2.8)`, `unverified(0.25)` (REFERENCE.md "Conventions").
import type { Figure } from './types';

type Range = readonly [number, number];

function figure(value: number, verification: Figure['verification'], range?: Range): Figure {
  return range === undefined ? { value, verification } : { value, range, verification };
}

/** Untagged in REFERENCE.md: confirmed against a public copy of the source. */
export const verified = (value: number, range?: Range): Figure => figure(value, 'verified', range);

/** "(calc.)": an LR computed from a verified Sn/Sp. */
export const calculated = (value: number, range?: Range): Figure =>
  figure(value, 'calculated', range);

/** "(from memory, unverified)": check before clinical release. */
export const unverified = (value: number, range?: Range): Figure =>
  figure(value, 'unverified', range);
