// The assessment as printed by `hipspine assess` and shown in the app: the output contract of
// FINDINGS-FORMAT.md, plus fields that explain it (field names there are the contract; the extra
// ones here may be added to, never removed).
import type {
  HistoryId,
  RedFlagId,
  RuleId,
  SourceId,
  TestId,
  Urgency,
  VerdictSource,
} from '../clinical/ids';
import type { NextTest } from './nextTests';
import type { EvidenceRow } from './probabilities';
import type { Referral } from './referral';
import type { RuleStatus } from './rules/index';
import type { SupportBasis } from './ruleSupport';
import type { FlagUrgency } from './urgency';

export interface AssessedVerdict {
  primary_source: VerdictSource;
  contributing_sources: SourceId[];
  urgency: Urgency;
  referral: Referral;
  /** Sources backed by a rule or the stated combination (§9.5 step 2). */
  rule_supported: SourceId[];
}

export interface AssessedSource {
  id: SourceId;
  /** Post-test probability, rounded to 4 decimals. */
  probability: number;
  prior: number;
  /** Why this prior: "default", "configured" or the §5 adjustment applied. */
  prior_basis: string;
  rule_supported: boolean;
  /** What supports it: the met rule, or the §9.5 combination in words; null when not supported. */
  support: SupportBasis | null;
  /** The family LRs multiplied in (at most three). */
  evidence: EvidenceRow[];
}

export interface AssessedRule {
  id: RuleId;
  met: boolean;
  status: RuleStatus;
  /** Positive items / items ("k/n"); ACR shows its nearer branch. */
  count: string;
  note: string;
  /** The LR this rule contributed to a source, after clipping, when it did. */
  lr_used?: number;
  missing_tests: TestId[];
  missing_history: HistoryId[];
}

export interface SuggestedFlag {
  id: RedFlagId;
  reason: string;
}

export interface Assessment {
  engine_version: string;
  verdict: AssessedVerdict;
  /** Sorted by probability, highest first. */
  sources: AssessedSource[];
  rules: AssessedRule[];
  red_flags: FlagUrgency[];
  /** Flags the data imply but the clinician has not listed: never change the urgency (§9.1). */
  suggested_red_flags: SuggestedFlag[];
  /** Every test not yet done, best first (§9.7). */
  next_tests: NextTest[];
  warnings: string[];
}

export type { NextTest } from './nextTests';
export type { EvidenceRow } from './probabilities';
export type { Referral, ReferralTarget } from './referral';
export type { FlagUrgency } from './urgency';
export type { RuleStatus } from './rules/index';
