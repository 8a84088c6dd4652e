// Loads the worked cases in cases/*.json (shared by the case test and the next-test evaluation).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WorkedCase {
  name: string;
  reasoning: string;
  full_battery: boolean;
  findings: unknown;
  expected: {
    primary_source: string;
    contributing_sources: string[];
    urgency: string;
    referral_to?: string;
    referral_urgency?: string;
    rules?: Record<string, string>;
    rule_counts?: Record<string, string>;
    probabilities?: Record<string, number>;
    flag_urgencies?: Record<string, string>;
    suggested_flags?: string[];
    /** Source → the [finding, clipped LR] rows multiplied in (any order). */
    evidence?: Record<string, [string, number][]>;
    /** Source → the pre-test probability used (§5 with its adjustments). */
    priors?: Record<string, number>;
    /** Substrings that some warning must contain. */
    warnings_include?: string[];
  };
}

export const CASES_DIR = join(import.meta.dirname, 'cases');

export function loadCases(): { file: string; data: WorkedCase }[] {
  return readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      data: JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')) as WorkedCase,
    }));
}
