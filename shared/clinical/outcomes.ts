// Outcome measures (REFERENCE.md §8): public scoring facts only, as data. No questionnaire text
// is carried here (licensing: check before reproducing any instrument).
import { unverified, verified } from './figures';
import type { Figure } from './types';

export interface OutcomeMeasure {
  id: 'odi' | 'hoos' | 'hoos12' | 'ihot12' | 'nprs' | 'start_back';
  name: string;
  items: string;
  scoring: string;
  /** Bands or thresholds with their meaning, where the reference gives them. */
  bands?: readonly { from: number; to: number; label: string }[];
  /** Minimal detectable change / clinically important difference, in points. */
  mdc?: Figure;
  mcid?: Figure;
  source?: string;
  note?: string;
}

export const OUTCOME_MEASURES: readonly OutcomeMeasure[] = [
  {
    id: 'odi',
    name: 'Oswestry Disability Index',
    items: '10 sections, each scored 0–5',
    scoring:
      'Sum ÷ (5 × sections answered) × 100; with all 10 answered this is the sum × 2 (percent).',
    bands: [
      { from: 0, to: 20, label: 'minimal disability' },
      { from: 21, to: 40, label: 'moderate disability' },
      { from: 41, to: 60, label: 'severe disability' },
      { from: 61, to: 80, label: 'crippled' },
      { from: 81, to: 100, label: 'bed-bound' },
    ],
    mdc: unverified(10),
    source: 'Fairbank 2000',
    note: 'MDC about 10 points (from memory, unverified). Check licensing before use.',
  },
  {
    id: 'hoos',
    name: 'HOOS',
    items: '40 items: Pain 10, Symptoms 5, ADL 17, Sport/Rec 4, QOL 4; each 0–4 (none → extreme)',
    scoring: 'Per subscale: 100 − mean × 25; 100 = no problems. No total score.',
    source: 'Nilsdotter 2003',
  },
  {
    id: 'hoos12',
    name: 'HOOS-12',
    items: '12 items: Pain 4, Function 4, QOL 4; each 0–4',
    scoring:
      'Summed per scale (at least 2 items answered, person-specific imputation), transformed to 0 (worst) – 100 (best); plus a summary impact score.',
    source: 'HOOS-12 scoring guide',
  },
  {
    id: 'ihot12',
    name: 'iHOT-12',
    items: '12 items, each a 0–100 visual analogue scale',
    scoring: 'Mean of the items; 100 = best.',
    note: 'PASS about 59.5 after FAI arthroscopy (Robinson 2020).',
    source: 'Robinson 2020',
  },
  {
    id: 'nprs',
    name: 'Numeric pain rating scale',
    items: '0–10',
    scoring: 'The number given.',
    mdc: verified(2),
    mcid: verified(2),
    source: 'Childs 2005',
    note: 'MCID about 2 (2.2 at 1 week, 1.5 at 4 weeks).',
  },
  {
    id: 'start_back',
    name: 'STarT Back',
    items: '9 items: 8 agree/disagree plus bothersomeness (positive = very much / extremely)',
    scoring:
      'Total 0–9; distress subscale = items 5–9 (0–5). Total ≤3: low risk. Total ≥4 with subscale ≤3: medium. Subscale ≥4: high.',
    source: 'Hill 2008',
  },
];
