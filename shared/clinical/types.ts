// Shapes of the clinical catalogue: typed data with every figure's source (REFERENCE.md §2–§7).
import type {
  HistoryId,
  PatientPosition,
  RedFlagId,
  RootLevel,
  RuleId,
  SourceId,
  TestGroup,
  TestId,
  Urgency,
} from './ids';

/**
 * How far a figure can be trusted, as REFERENCE.md marks it:
 * `verified` = confirmed against a public copy of the source; `calculated` = LR computed from a
 * verified Sn/Sp; `unverified` = "(from memory, unverified)", to be checked before clinical release.
 */
export type Verification = 'verified' | 'calculated' | 'unverified';

export interface Figure {
  /** The point value the engine uses; `Infinity` where the source reports LR ∞. */
  value: number;
  /** A published range when the source gives one (pooled estimates, confidence intervals). */
  range?: readonly [number, number];
  verification: Verification;
}

export interface Accuracy {
  sensitivity?: Figure;
  specificity?: Figure;
  lrPositive?: Figure;
  lrNegative?: Figure;
  /** Short citation as printed in the UI and letter, e.g. "Laslett 2005". */
  source: string;
  /** Study details and caveats (sample, reference standard, "rule-out only"...). */
  note?: string;
  /**
   * Other published figures REFERENCE.md quotes beside the main ones (another sample, severity or
   * study), kept typed so they can be shown and checked; the engine uses only the main figures.
   */
  alternatives?: readonly AlternativeAccuracy[];
}

/** A secondary set of figures for the same test, e.g. "unselected MRI sample (Capra 2011)". */
export interface AlternativeAccuracy extends Omit<Accuracy, 'alternatives'> {
  label: string;
  /**
   * The recorded root levels this figure belongs to, when the reference gives a figure per level
   * (reflexes: patellar L3–4 vs Achilles S1, §3.2). The engine reads it for a test at those levels.
   */
  levels?: readonly RootLevel[];
}

export interface TestDefinition {
  id: TestId;
  name: string;
  group: TestGroup;
  position: PatientPosition;
  /** What the test looks for (structure or condition). */
  target: string;
  /** Which source hypotheses a positive result points toward. */
  pointsTo: readonly SourceId[];
  /** Steps in the clinician's order, short enough to read mid-exam. */
  procedure: readonly string[];
  /** What counts as positive. */
  positive: string;
  /**
   * Accuracy for the target; absent where REFERENCE.md names no source. Where it names a source
   * but reports no figures (e.g. an ACR cluster item), only `source` and `note` are set.
   */
  accuracy?: Accuracy;
  /** `left`/`right` recording, or one midline result (centralisation, gait, Romberg). */
  sided: boolean;
  /** Records a nerve-root level (`level`) or a range of motion in degrees (`value_deg`). */
  records?: 'level' | 'value_deg';
}

export interface HistoryFeature {
  id: HistoryId;
  label: string;
  /** The question as asked, in plain words. */
  question: string;
  kind: 'boolean' | 'number';
  unit?: string;
  /** Where it points and the evidence, as REFERENCE.md §2 words it. */
  pointsTo: readonly SourceId[];
  evidence: string;
}

export interface RedFlagDefinition {
  id: RedFlagId;
  suspected: string;
  /** The screening question in plain words. */
  question: string;
  /** Urgency when listed alone (§9.2); `modifier` flags give none alone. */
  urgencyAlone: Urgency | 'modifier';
  /** The combinations that change it, in words (§6, §9.2). */
  combinations?: string;
  source: string;
}

export interface RuleDefinition {
  id: RuleId;
  name: string;
  /** The rule as published, in words. */
  criteria: string;
  source: string;
  /** Figures when met (or at the stated threshold) and when not met / all negative. */
  lrPositive?: Figure;
  lrNegative?: Figure;
  sensitivity?: Figure;
  specificity?: Figure;
  /** Positives needed for "met" (REFERENCE.md §4, §9.3), where the rule is a count of items. */
  threshold?: number;
  /** Items in the rule, where it is a count of items. */
  itemCount?: number;
  /** A stricter published threshold with its own figures (Sutlive ≥4 of 5 = "strong"). */
  strong?: RuleThresholdFigures;
  /** Does the engine use this rule's LR, only show it, or not use it (with why)? */
  use: 'lr' | 'shown' | 'not_used';
  note?: string;
}

export interface RuleThresholdFigures {
  threshold: number;
  sensitivity?: Figure;
  specificity?: Figure;
  lrPositive?: Figure;
  lrNegative?: Figure;
  note?: string;
}

export interface SourceDefinition {
  id: SourceId;
  name: string;
  /** Compact label for narrow columns (e.g. "Lumbar rad."). */
  shortName?: string;
  meaning: string;
  /** Default pre-test probability (§5), with the adjustments in words; the engine applies them. */
  prior: number;
  priorAnchor: string;
}

export interface Citation {
  /** Short form used everywhere else, e.g. "Laslett 2005". */
  short: string;
  /** Authors, year, journal (volume where confirmed), as REFERENCE.md §10 lists it. */
  full: string;
}

export interface DiagnosisCode {
  condition: string;
  /** The source hypothesis this code can name in a letter, where one applies. */
  source?: SourceId;
  icd10: string;
  icd10cm: string;
  snomed: string;
  status: string;
}
