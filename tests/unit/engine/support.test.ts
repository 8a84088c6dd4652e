import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../../shared/clinical/ids';
import { assess } from '../../../shared/engine/index';
import { exam, type ExamInput } from './exam';

const supportOf = (input: ExamInput, source: SourceId) =>
  assess(exam(input), { skipNextTests: true }).sources.find((s) => s.id === source)?.support;

describe('each source carries what supports it (REFERENCE §9.5 step 2)', () => {
  it('names the met rule: Laslett 3-of-6 ahead of 2-of-4 when both are met', () => {
    const tests = {
      sij_distraction: 'positive',
      sij_thigh_thrust: 'positive',
      sij_compression: 'positive',
      sij_sacral_thrust: 'negative',
      gaenslen: 'negative',
    } as const;
    expect(supportOf({ tests }, 'sacroiliac')).toEqual({
      kind: 'rule',
      rule: 'cpr_laslett_sij_3of6',
    });
  });

  it('names the stated combination when no rule is met', () => {
    expect(
      supportOf(
        {
          history: { loc_groin_anterior_thigh: true },
          tests: { fadir: 'positive', hip_scour: 'positive' },
        },
        'hip_joint',
      ),
    ).toEqual({ kind: 'combination', text: 'groin pain with 2+ positive hip tests' });
  });

  it('is null, and rule_supported false, when nothing supports the source', () => {
    const source = assess(exam({ tests: { slr: 'positive' } }), {
      skipNextTests: true,
    }).sources.find((s) => s.id === 'lumbar_radicular');
    expect(source?.support).toBeNull();
    expect(source?.rule_supported).toBe(false);
  });
});
