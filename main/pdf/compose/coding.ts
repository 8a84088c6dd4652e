// A suggested diagnosis code (REFERENCE.md §7) when the impression names one condition. Only the
// unambiguous cases are coded: hip OA when a hip OA rule is met without mechanical symptoms, and
// the single-condition sources. Radicular pain has three candidate codes, so it is left uncoded.
import { DIAGNOSIS_CODES } from '../../../shared/clinical';
import type { LetterAssessment } from '../letterInput';

const CONDITION_BY_SOURCE: Record<string, string> = {
  piriformis: 'Piriformis syndrome',
  sacroiliac: 'SIJ dysfunction',
  lumbar_myofascial_or_mechanical: 'Non-specific / myofascial LBP',
};

function hipCondition(assessment: LetterAssessment): string | null {
  const met = (id: string): boolean => assessment.rules.some((r) => r.id === id && r.met);
  const oaRule = met('cpr_sutlive_hip_oa') || met('cpr_altman_acr_hip_oa');
  const mechanical = assessment.verdict.referral?.reason.includes('FAI') ?? false;
  return oaRule && !mechanical ? 'Hip OA' : null;
}

export function suggestedCoding(assessment: LetterAssessment): string | null {
  const primary = assessment.verdict.primary_source;
  const condition =
    primary === 'hip_joint' ? hipCondition(assessment) : (CONDITION_BY_SOURCE[primary] ?? null);
  const code = DIAGNOSIS_CODES.find((c) => c.condition === condition);
  if (!code) return null;
  const icd = code.icd10.split(';')[0]?.trim() ?? code.icd10;
  const snomed = /^\d+/.exec(code.snomed)?.[0];
  return `Suggested coding: ${code.condition} — ICD-10 ${icd}${snomed ? `; SNOMED CT ${snomed}` : ''}.`;
}
