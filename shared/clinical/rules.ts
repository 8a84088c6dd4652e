// Clusters and clinical prediction rules (REFERENCE.md §4), with every figure and how the engine
// may use it (§9.3–§9.4). How items map to findings is the engine's job; §9.3 spells it out.
import { calculated, verified } from './figures';
import type { RuleId } from './ids';
import type { RuleDefinition } from './types';

export const RULES: Readonly<Record<RuleId, RuleDefinition>> = {
  cpr_laslett_sij_2of4: {
    id: 'cpr_laslett_sij_2of4',
    name: 'Laslett SIJ cluster, 2 of 4',
    criteria:
      'At least 2 of the 4 provocation tests reproduce familiar pain: distraction, thigh thrust, compression, sacral thrust.',
    source: 'Laslett 2005',
    threshold: 2,
    itemCount: 4,
    sensitivity: verified(0.88),
    specificity: verified(0.78),
    lrPositive: calculated(4.0),
    lrNegative: calculated(0.15),
    use: 'lr',
    note: 'AUC 0.842, the best composite (Laslett 2005 abstract); Sn/Sp as quoted by Physiotutors (Cluster of Laslett). Voided when repeated movements centralise the pain.',
  },
  cpr_laslett_sij_3of6: {
    id: 'cpr_laslett_sij_3of6',
    name: 'Laslett SIJ cluster, 3 of 6',
    criteria:
      'At least 3 of 6 positive: the 4 provocation tests plus Gaenslen on the right and Gaenslen on the left.',
    source: 'Laslett 2005',
    threshold: 3,
    itemCount: 6,
    sensitivity: verified(0.94),
    specificity: verified(0.78),
    lrPositive: verified(4.3),
    lrNegative: verified(0.08),
    use: 'lr',
    note: 'Gaenslen positive on both sides counts as 2 of the 6. Voided when repeated movements centralise the pain.',
  },
  cpr_laslett_sij_after_centralisation: {
    id: 'cpr_laslett_sij_after_centralisation',
    name: 'Laslett SIJ rule after excluding centralisers',
    criteria:
      'Do the repeated-movement exam first. If the pain centralises, treat it as discogenic and do not diagnose SIJ; otherwise at least 3 positive SIJ provocation tests = SIJ.',
    source: 'Laslett 2003',
    threshold: 3,
    sensitivity: verified(0.91),
    specificity: verified(0.87),
    lrPositive: verified(6.97, [2.7, 20.27]),
    lrNegative: verified(0.11),
    use: 'lr',
    note: 'n=48, 11 positive to double block. Specificity is also printed as 0.83. Applies only when centralisation was tested and negative. Corollary (Laslett 2005): every block-positive patient had at least one positive provocation test, so all negative makes SIJ very unlikely.',
  },
  cpr_van_der_wurff_sij: {
    id: 'cpr_van_der_wurff_sij',
    name: 'van der Wurff SIJ cluster',
    criteria:
      'At least 3 of 5 positive: distraction, compression, thigh thrust, Gaenslen (either side, counted once), FABER.',
    source: 'van der Wurff 2006',
    threshold: 3,
    itemCount: 5,
    sensitivity: verified(0.85),
    specificity: verified(0.79),
    lrPositive: verified(4.02),
    lrNegative: verified(0.19),
    use: 'shown',
    note: 'Shares its tests with the Laslett clusters, so it is shown but not chained as an LR. Its FABER is faber_posterior.',
  },
  cpr_cibulka_sij_motion: {
    id: 'cpr_cibulka_sij_motion',
    name: 'Cibulka SIJ motion cluster',
    criteria: 'At least 3 of 4 motion-palpation tests positive.',
    source: 'Cibulka & Koldehoff 1999',
    threshold: 3,
    itemCount: 4,
    sensitivity: verified(0.82),
    specificity: verified(0.88),
    lrPositive: calculated(6.83),
    lrNegative: calculated(0.2),
    use: 'not_used',
    note: 'Not used: the reference standard was low back pain vs no low back pain (n=219), not an SIJ block, and motion palpation has poor reliability (κ 0.08–0.37). PMID 10322583. Levangie 1999 is a different study (4 tests vs innominate torsion).',
  },
  cpr_sutlive_hip_oa: {
    id: 'cpr_sutlive_hip_oa',
    name: 'Sutlive hip OA rule',
    criteria:
      '(1) squatting aggravates; (2) active hip flexion causes lateral hip pain; (3) scour with adduction causes lateral hip or groin pain; (4) active hip extension is painful; (5) passive IR ≤25°. At least 3 of 5 = met; at least 4 = strong.',
    source: 'Sutlive 2008',
    threshold: 3,
    itemCount: 5,
    sensitivity: verified(0.71),
    specificity: verified(0.86),
    lrPositive: verified(5.2),
    lrNegative: verified(0.33),
    strong: {
      threshold: 4,
      sensitivity: verified(0.48),
      specificity: verified(0.98),
      lrPositive: verified(24.3),
      lrNegative: verified(0.53),
      note: 'Post-test probability 91%.',
    },
    use: 'lr',
    note: 'n=72, radiographic OA (Kellgren-Lawrence ≥2). Post-test probability 68% at ≥3 of 5. All 5 of 5: LR+ 7.3, post-test probability 75% — a small-sample artefact, so ≥4 is read as strong.',
  },
  cpr_altman_acr_hip_oa: {
    id: 'cpr_altman_acr_hip_oa',
    name: 'ACR clinical criteria for hip OA',
    criteria:
      'Hip pain and either (a) IR <15° with flexion ≤115°, or (b) IR ≥15° with pain on IR, morning stiffness ≤60 min and age >50.',
    source: 'Altman 1991',
    lrPositive: verified(3.4),
    lrNegative: verified(0.19),
    use: 'lr',
    note: 'Hip pain (the entry criterion) is the presenting complaint, so it is always satisfied.',
  },
  cpr_cook_lss: {
    id: 'cpr_cook_lss',
    name: 'Cook lumbar spinal stenosis cluster',
    criteria:
      '(1) bilateral symptoms; (2) leg pain worse than back pain; (3) pain when walking or standing; (4) relief when sitting; (5) age >48. At least 4 of 5 = met.',
    source: 'Cook 2011',
    threshold: 4,
    itemCount: 5,
    sensitivity: verified(0.96),
    lrPositive: verified(4.6, [2.4, 8.9]),
    lrNegative: verified(0.19),
    use: 'lr',
    note: 'n=1448. LR+ is for ≥4 of 5 (post-test probability 76%). LR− 0.19 and Sn 0.96 are for none of the 5 present.',
  },
  cpr_sugioka_lss_selfreport: {
    id: 'cpr_sugioka_lss_selfreport',
    name: 'Sugioka LSS self-report score',
    criteria:
      'Integer-weighted sum of: age band (<60 / 60–70 / >70), symptoms >6 months, better bending forward, better bending backward, worse standing up, intermittent claudication, urinary incontinence.',
    source: 'Sugioka 2008',
    lrNegative: verified(0.154),
    use: 'shown',
    note: 'n=468. The figure is the LR of a low-risk score. Prevalence of stenosis by score quartile: 13 / 48 / 55 / 66%. Its items are not all recorded here, so it is shown only.',
  },
  cpr_konno_lss_tool: {
    id: 'cpr_konno_lss_tool',
    name: 'Konno LSS diagnostic support tool',
    criteria: 'Clinician-scored tool (range −2 to 16); positive at 7 or more.',
    source: 'Konno 2007; Suri 2010',
    threshold: 7,
    sensitivity: verified(0.928),
    specificity: verified(0.72),
    lrPositive: verified(3.3),
    use: 'shown',
    note: 'Its items are not all recorded here, so it is shown only.',
  },
  cpr_martin_deep_gluteal: {
    id: 'cpr_martin_deep_gluteal',
    name: 'Martin deep gluteal combination',
    criteria:
      'Active piriformis test or seated piriformis stretch positive (either one). Both negative makes deep gluteal entrapment unlikely.',
    source: 'Martin 2014',
    threshold: 1,
    itemCount: 2,
    sensitivity: verified(0.91),
    specificity: verified(0.8),
    lrPositive: verified(4.57),
    lrNegative: verified(0.11),
    use: 'lr',
    note: 'n=33, endoscopy. The combined Sn is above either test alone, so the rule is "either".',
  },
  cpr_nice_ng65_axspa: {
    id: 'cpr_nice_ng65_axspa',
    name: 'NICE NG65 axial spondyloarthritis referral criteria',
    criteria:
      'Low back pain that started before 45 and has lasted over 3 months, plus at least 4 of: onset before 35; waking in the second half of the night; buttock pain; better with movement; better within 48 h of NSAIDs; first-degree relative with SpA; arthritis; enthesitis; psoriasis. Exactly 3: consider HLA-B27 testing.',
    source: 'NICE NG65',
    threshold: 4,
    use: 'shown',
    note: 'Met → routine (non-emergency) rheumatology referral through rf_inflammatory_back_pain; no LR.',
  },
  cpr_henschke_fracture_flags: {
    id: 'cpr_henschke_fracture_flags',
    name: 'Henschke fracture flags',
    criteria: 'Female; age >70; significant trauma; prolonged corticosteroid use.',
    source: 'Henschke 2009',
    threshold: 2,
    itemCount: 4,
    use: 'shown',
    note: 'AUC 0.834 for fracture. Informational: 2 or more add a warning to consider fracture (§9.2).',
  },
};

/**
 * Rules that predict response to treatment, not a diagnosis (REFERENCE.md §4 footnote): never
 * evaluated, listed so nobody adds them as diagnostic rules by mistake.
 */
export const TREATMENT_RESPONSE_RULES = [
  { name: 'Flynn manipulation rule (≥4 of 5)', lrPositive: verified(24.4), source: 'Flynn 2002' },
  {
    name: 'Fritz two-item manipulation rule (<16 days, nothing below the knee)',
    lrPositive: verified(7.2),
    source: 'Fritz 2005',
  },
  { name: 'Hicks stabilisation rule', source: 'Hicks 2005' },
] as const;
