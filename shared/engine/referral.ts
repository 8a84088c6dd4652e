// Referral advice (REFERENCE.md §9.6): shown and printed, not part of the verdict. The `to` ids are
// stable (docs/clinical-engine.md "Referral ids"); the reason is plain words a clinician can act on.
import type { Urgency } from '../clinical/ids';
import type { Findings } from '../findings/schema';
import { flagListed, historyPresent } from './findingsAccess';
import type { CoreResult } from './core';
import { CES_FLAGS } from './urgency';

export const REFERRAL_TARGETS = [
  'emergency_department',
  'urgent_gp_or_specialist',
  'rheumatology',
  'orthopaedics_hip',
  'gp_or_specialist',
  'gp_review',
  'none',
] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

export interface Referral {
  to: ReferralTarget;
  urgency: Urgency;
  reason: string;
}

function hipReferral(findings: Findings, core: CoreResult): Referral | undefined {
  const { sutlive, acr } = core.rules;
  if (historyPresent(findings, 'mechanical_hip_symptoms') || historyPresent(findings, 'c_sign')) {
    return {
      to: 'orthopaedics_hip',
      urgency: 'routine',
      reason:
        'Suspected FAI or labral tear (mechanical symptoms / C-sign): hip radiographs and an orthopaedic opinion.',
    };
  }
  // Read as (Sutlive strong or ACR met) with limited function: the reference's sentence allows
  // both groupings; referral for OA turns on function (docs "Ambiguities").
  const oaLikely = sutlive.strong === true || acr.status === 'met';
  const functionLimited =
    historyPresent(findings, 'limp') || historyPresent(findings, 'agg_shoes_socks');
  if (oaLikely && functionLimited) {
    return {
      to: 'orthopaedics_hip',
      urgency: 'routine',
      reason: `Hip OA likely (${sutlive.strong === true ? 'Sutlive ≥4/5' : 'ACR criteria met'}) with limited function (limp or difficulty with shoes and socks): routine orthopaedic or GP review.`,
    };
  }
  return undefined;
}

export function adviseReferral(findings: Findings, core: CoreResult): Referral {
  const urgency = core.urgency.urgency;
  if (urgency === 'emergency') {
    const ces = core.urgency.flags.some(
      (flag) =>
        flag.urgency === 'emergency' &&
        (CES_FLAGS.has(flag.id) || flag.id === 'rf_severe_progressive_neuro_deficit'),
    );
    return {
      to: 'emergency_department',
      urgency: 'emergency',
      reason: ces
        ? 'Suspected cauda equina syndrome: send today to the emergency department or on-call spinal team for emergency MRI.'
        : 'Emergency red flag: send today to the emergency department or the on-call spinal / orthopaedic team.',
    };
  }
  if (urgency === 'urgent') {
    const cancer =
      flagListed(findings, 'rf_history_of_cancer') ||
      flagListed(findings, 'rf_unexplained_weight_loss');
    return {
      to: 'urgent_gp_or_specialist',
      urgency: 'urgent',
      reason: cancer
        ? 'Possible malignancy: urgent GP or specialist review within days (suspected cancer: the 2-week pathway).'
        : 'Urgent red flag: urgent GP or specialist review within days.',
    };
  }
  if (flagListed(findings, 'rf_inflammatory_back_pain')) {
    return {
      to: 'rheumatology',
      urgency: 'routine',
      reason: 'Inflammatory back pain (NICE NG65): routine rheumatology referral.',
    };
  }
  const verdict = core.verdict;
  const hipInVerdict =
    verdict.primary_source === 'hip_joint' ||
    (verdict.primary_source === 'mixed' && verdict.contributing_sources.includes('hip_joint'));
  const hip = hipInVerdict ? hipReferral(findings, core) : undefined;
  if (hip !== undefined) return hip;
  if (verdict.primary_source === 'mixed') {
    return {
      to: 'gp_or_specialist',
      urgency: 'routine',
      reason: `More than one source is clinically significant (${verdict.contributing_sources.join(', ')}): routine GP or specialist review.`,
    };
  }
  if (urgency === 'routine') {
    return {
      to: 'gp_review',
      urgency: 'routine',
      reason:
        'Red-flag features that need a routine review and safety-netting (night pain, or several risk modifiers).',
    };
  }
  return {
    to: 'none',
    urgency: 'none',
    reason: 'No referral: physiotherapy management with safety-netting advice.',
  };
}
