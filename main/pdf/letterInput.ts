// What the letter is made from: one encounter export (the findings format plus patient, clinician,
// clinic and referral blocks) and the engine's assessment stored with it at signing. The stored
// assessment is read leniently — only the fields the letter prints — so a letter can be rebuilt
// from a snapshot written by an older engine version.
import { z } from 'zod';
import { URGENCIES } from '../../shared/clinical/ids';
import type { EncounterExport } from '../../shared/domain/exportRecord';

export type PaperSize = EncounterExport['clinic']['paper_size'];

export interface LetterInput {
  record: EncounterExport;
  /** Overrides `record.assessment` (e.g. the CLI computing it for an export without one). */
  assessment?: unknown;
  /** Overrides `record.clinic.paper_size`. */
  paperSize?: PaperSize;
}

const evidenceSchema = z.object({
  finding: z.string(),
  lr: z.number(),
  lr_raw: z.number().nullable().optional(),
  reading: z.string().optional(),
  source: z.string(),
});

export const letterAssessmentSchema = z.object({
  engine_version: z.string().optional(),
  verdict: z.object({
    primary_source: z.string(),
    contributing_sources: z.array(z.string()).default([]),
    urgency: z.enum(URGENCIES),
    referral: z
      .object({ to: z.string(), urgency: z.enum(URGENCIES), reason: z.string() })
      .optional(),
  }),
  sources: z
    .array(
      z.object({
        id: z.string(),
        probability: z.number().min(0).max(1),
        prior: z.number().optional(),
        prior_basis: z.string().optional(),
        rule_supported: z.boolean().optional(),
        evidence: z.array(evidenceSchema).default([]),
      }),
    )
    .default([]),
  rules: z
    .array(
      z.object({
        id: z.string(),
        met: z.boolean(),
        status: z.string().optional(),
        count: z.string(),
        note: z.string().optional(),
      }),
    )
    .default([]),
  red_flags: z
    .array(z.object({ id: z.string(), urgency: z.string(), reason: z.string().optional() }))
    .default([]),
});
export type LetterAssessment = z.output<typeof letterAssessmentSchema>;
export type LetterEvidence = z.output<typeof evidenceSchema>;

export class LetterInputError extends Error {
  constructor(
    readonly code: 'NOT_SIGNED' | 'NO_ASSESSMENT' | 'BAD_ASSESSMENT',
    /** The export field at fault, as a dotted path. */
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'LetterInputError';
  }
}

export interface ResolvedLetterInput {
  record: EncounterExport;
  assessment: LetterAssessment;
  paperSize: PaperSize;
  signedAt: string;
}

/** Checks the input can make a letter: a signed encounter with an assessment. */
export function resolveLetterInput(input: LetterInput): ResolvedLetterInput {
  const { record } = input;
  if (record.signed_at === null || Number.isNaN(Date.parse(record.signed_at))) {
    throw new LetterInputError(
      'NOT_SIGNED',
      'signed_at',
      'The encounter is not signed: sign it before writing the letter.',
    );
  }
  const raw = input.assessment ?? record.assessment;
  if (raw === null || raw === undefined) {
    throw new LetterInputError(
      'NO_ASSESSMENT',
      'assessment',
      'The encounter has no assessment to print.',
    );
  }
  const parsed = letterAssessmentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['assessment', ...(issue?.path ?? []).map(String)].join('.');
    throw new LetterInputError('BAD_ASSESSMENT', path, `The assessment is malformed at ${path}.`);
  }
  return {
    record,
    assessment: parsed.data,
    paperSize: input.paperSize ?? record.clinic.paper_size,
    signedAt: record.signed_at,
  };
}
