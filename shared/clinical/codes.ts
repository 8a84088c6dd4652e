// Diagnosis codes (REFERENCE.md §7) for the referral letter. Every SNOMED CT id must be checked in
// a SNOMED CT browser before use: `status` keeps the reference's verification words.
import type { SourceId } from './ids';
import type { DiagnosisCode } from './types';

export const DIAGNOSIS_CODES: readonly DiagnosisCode[] = [
  {
    condition: 'Disc disorder with radiculopathy',
    source: 'lumbar_radicular',
    icd10: 'M51.1',
    icd10cm: 'M51.16 lumbar, M51.17 lumbosacral',
    snomed:
      'not found (76107001 is Spinal stenosis in several repositories; only the single source called it a disc)',
    status: 'ICD verified',
  },
  {
    condition: 'Radiculopathy / sciatica',
    source: 'lumbar_radicular',
    icd10: 'M54.1; M54.3; M54.4',
    icd10cm: 'M54.16; M54.30–32; M54.40–42',
    snomed: '23056005 Sciatica',
    status: 'verified',
  },
  {
    condition: 'Lumbar spinal stenosis',
    source: 'lumbar_radicular',
    icd10: 'M48.0',
    icd10cm: 'M48.06 (M48.061 / .062 ± neurogenic claudication)',
    snomed: '18347007 lumbar [single source]; 76107001 Spinal stenosis',
    status: 'ICD verified',
  },
  {
    condition: 'SIJ dysfunction',
    source: 'sacroiliac',
    icd10: 'M53.3; M46.1 sacroiliitis; S33.6 sprain',
    icd10cm: 'same',
    snomed: 'not found',
    status: 'ICD verified',
  },
  {
    condition: 'Piriformis syndrome',
    source: 'piriformis',
    icd10: 'G57.0',
    icd10cm: 'G57.00 / .01 R / .02 L / .03 bilateral',
    snomed: 'not found',
    status: 'verified',
  },
  {
    condition: 'Hip OA',
    source: 'hip_joint',
    icd10: 'M16',
    icd10cm: 'M16.1x; M16.9',
    snomed: '239872002',
    status: 'verified',
  },
  {
    condition: 'Hip labral tear',
    source: 'hip_joint',
    icd10: 'S73.1; M24.1',
    icd10cm: 'S73.191A / .192A traumatic; M24.151 / .152 degenerative',
    snomed: 'not found',
    status: 'verified',
  },
  {
    condition: 'FAI',
    source: 'hip_joint',
    icd10: 'M25.85 (ICD-10-AM)',
    icd10cm: 'M25.851 / .852 (no dedicated code)',
    snomed: 'not found',
    status: 'verified',
  },
  {
    condition: 'Non-specific / myofascial LBP',
    source: 'lumbar_myofascial_or_mechanical',
    icd10: 'M54.5; M79.1',
    icd10cm: 'M54.50; M79.1x',
    snomed: '279039007 Low back pain',
    status: 'verified',
  },
  {
    condition: 'Gluteal tendinopathy / GTPS',
    icd10: 'M70.6; M76.0',
    icd10cm: 'M70.6x; M76.0x',
    snomed: '—',
    status: 'ICD verified (M70.6 trochanteric bursitis; M76.0 gluteal tendinitis)',
  },
  {
    condition: 'Cauda equina syndrome',
    icd10: 'G83.4',
    icd10cm: 'G83.4',
    snomed: '192970008',
    status: 'verified',
  },
  {
    condition: 'Fragility / femoral-neck fracture',
    icd10: 'M80.0; S32.0; S72.0',
    icd10cm: 'M80.08XA; S72.0-',
    snomed: '5913000',
    status:
      'ICD verified (WHO M80.0 = postmenopausal osteoporosis with pathological fracture); 5913000 (from memory, unverified)',
  },
  {
    condition: 'Spinal infection; septic hip',
    icd10: 'M46.2–M46.4; G06.1; M00',
    icd10cm: 'same families',
    snomed: '—',
    status: 'ICD verified',
  },
  {
    condition: 'Bone metastasis',
    icd10: 'C79.5',
    icd10cm: 'C79.51',
    snomed: '—',
    status: 'ICD verified',
  },
  {
    condition: 'Ankylosing spondylitis',
    icd10: 'M45',
    icd10cm: 'M45.x',
    snomed: '9631008',
    status: 'verified',
  },
];

/** The code rows a letter can offer for a source hypothesis, in reference order. */
export function codesForSource(source: SourceId): readonly DiagnosisCode[] {
  return DIAGNOSIS_CODES.filter((code) => code.source === source);
}
