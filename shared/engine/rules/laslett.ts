// Sacroiliac clusters (REFERENCE.md §4, §9.3): Laslett 2005 (2 of 4, 3 of 6), Laslett 2003 (after
// excluding centralisers) and van der Wurff 2006 (shown only). Centralisation voids all of them:
// pain that centralises is discogenic (Laslett 2003/2005), so SIJ provocation is not read.
import type { Findings } from '../../findings/schema';
import { testFinding, testTri } from '../findingsAccess';
import { countItems, voided, type RuleEvaluation, type RuleItem } from './ruleResult';

const FOUR = [
  'sij_distraction',
  'sij_thigh_thrust',
  'sij_compression',
  'sij_sacral_thrust',
] as const;

/** §9.3: `bilateral` positive = 2 of the 6; one side = 1 (the other side negative); not done = 2 undone. */
function gaenslenItems(findings: Findings): [RuleItem, RuleItem] {
  const finding = testFinding(findings, 'gaenslen');
  if (finding === undefined) {
    return [
      { value: undefined, test: 'gaenslen' },
      { value: undefined, test: 'gaenslen' },
    ];
  }
  const positive = finding.result === 'positive';
  const both = positive && finding.side === 'bilateral';
  return [
    { value: positive, test: 'gaenslen' },
    { value: both, test: 'gaenslen' },
  ];
}

function fourItems(findings: Findings): RuleItem[] {
  return FOUR.map((test) => ({ value: testTri(findings, test), test }));
}

export interface SacroiliacRules {
  twoOfFour: RuleEvaluation;
  threeOfSix: RuleEvaluation;
  afterCentralisation: RuleEvaluation;
  vanDerWurff: RuleEvaluation;
  /** Centralisation positive: every SIJ rule voided. */
  voided: boolean;
}

const VOID_DETAIL = 'voided: repeated movements centralised the pain, so it is read as discogenic';

export function evaluateSacroiliacRules(findings: Findings): SacroiliacRules {
  const four = fourItems(findings);
  const six = [...four, ...gaenslenItems(findings)];
  const twoOfFour = countItems('cpr_laslett_sij_2of4', four, 2);
  const threeOfSix = countItems('cpr_laslett_sij_3of6', six, 3);

  // Laslett 2003 used the same six provocation tests (Gaenslen both ways), ≥3 positive, read only
  // once the repeated-movement exam was done and did not centralise.
  const centralisation = testTri(findings, 'repeated_movement_centralisation');
  const afterItems = countItems('cpr_laslett_sij_after_centralisation', six, 3);
  const afterCentralisation: RuleEvaluation = afterItems;
  if (centralisation === undefined) {
    // Not read until the repeated-movement exam is done: never met, never fully negative.
    afterCentralisation.allDone = false;
    afterCentralisation.fullyNegative = false;
    if (afterItems.status !== 'not_met') {
      afterCentralisation.status = 'incomplete';
      afterCentralisation.missingTests.push('repeated_movement_centralisation');
      afterCentralisation.detail =
        'applies only once repeated movements were tested and did not centralise';
    }
  }

  // van der Wurff: Gaenslen once (either side), FABER read for buttock pain (faber_posterior).
  const gaenslen = testTri(findings, 'gaenslen');
  const vanDerWurff = countItems(
    'cpr_van_der_wurff_sij',
    [
      { value: testTri(findings, 'sij_distraction'), test: 'sij_distraction' },
      { value: testTri(findings, 'sij_compression'), test: 'sij_compression' },
      { value: testTri(findings, 'sij_thigh_thrust'), test: 'sij_thigh_thrust' },
      { value: gaenslen, test: 'gaenslen' },
      { value: testTri(findings, 'faber_posterior'), test: 'faber_posterior' },
    ],
    3,
  );

  if (centralisation === true) {
    return {
      twoOfFour: voided(twoOfFour, VOID_DETAIL),
      threeOfSix: voided(threeOfSix, VOID_DETAIL),
      afterCentralisation: voided(afterCentralisation, VOID_DETAIL),
      vanDerWurff: voided(vanDerWurff, VOID_DETAIL),
      voided: true,
    };
  }
  return { twoOfFour, threeOfSix, afterCentralisation, vanDerWurff, voided: false };
}
