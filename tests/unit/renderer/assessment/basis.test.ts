// Every probability with its basis (UX.md "72% — Sutlive 4/5, LR+ 24.3"), read from the real
// engine: prior only, a finding that moved it (with LR and source), a rule that supports it, or the
// stated combination that does.
import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../../../shared/clinical';
import { assess } from '../../../../shared/engine';
import type { Findings } from '../../../../shared/findings/schema';
import { basisText, supportText } from '../../../../renderer/src/assessment/basis';

const P = { result: 'positive' } as const;

function basisOf(findings: Findings, id: SourceId): { basis: string; support: string | null } {
  const assessment = assess(findings);
  const source = assessment.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no ${id}`);
  return {
    basis: basisText(source, assessment.rules),
    support: supportText(source, assessment.rules),
  };
}

describe('basisText', () => {
  it('a source resting on its prior says so, with the prior', () => {
    const findings: Findings = { age: 50, history: {}, tests: {}, red_flags: [] };
    expect(basisOf(findings, 'lumbar_myofascial_or_mechanical')).toEqual({
      basis: 'prior only (35%)',
      support: null,
    });
    expect(basisOf(findings, 'piriformis').basis).toBe('prior only (5%)');
  });

  it('a source moved by a test names the test, its LR and its source', () => {
    const findings: Findings = { age: 40, history: {}, tests: { slump: P }, red_flags: [] };
    expect(basisOf(findings, 'lumbar_radicular')).toEqual({
      basis: 'Slump test +, LR+ 4.9 · Majlesi 2008',
      support: null,
    });
  });

  it('a rule-supported source names the rule with its count, LR and source once', () => {
    const findings: Findings = {
      age: 68,
      history: { agg_squatting: true },
      tests: {
        hip_scour: P,
        active_hip_flexion_lateral_pain: P,
        active_hip_extension_pain: P,
        hip_ir_rom: { result: 'positive', value_deg: 20 },
      },
      red_flags: [],
    };
    const { basis, support } = basisOf(findings, 'hip_joint');
    // 5 of 5 reads as "strong" (≥4 of 5): LR+ 24.3 (Sutlive 2008).
    expect(basis).toBe('✓ Sutlive hip OA rule 5/5, LR+ 24.3 · Sutlive 2008');
    expect(support).toBe('Sutlive hip OA rule 5/5 met');
  });

  it('a source supported by the stated combination says which, then what moved it', () => {
    const findings: Findings = {
      age: 68,
      history: { loc_groin_anterior_thigh: true },
      tests: { fadir: P, hip_scour: P },
      red_flags: [],
    };
    expect(basisOf(findings, 'hip_joint')).toEqual({
      basis:
        '✓ groin pain with 2+ positive hip tests; Hip scour (with adduction) +, LR+ 2.5 · Sutlive 2008',
      support: 'groin pain with 2+ positive hip tests',
    });
  });

  it('the SIJ cluster names Laslett with its count', () => {
    const findings: Findings = {
      age: 40,
      history: {},
      tests: { sij_distraction: P, sij_thigh_thrust: P },
      red_flags: [],
    };
    expect(basisOf(findings, 'sacroiliac').basis).toMatch(
      /^✓ Laslett .* 2\/4, LR\+ [\d.]+ · Laslett 2005$/,
    );
  });
});
