// One encounter as `hipspine export` prints it and `hipspine letter` reads it: the findings exchange
// format (age, sex, history, tests, red_flags; docs/findings-format.md) plus the blocks a referral
// letter needs (patient, clinician, clinic, referral) and the encounter's own text. Snake_case like
// the findings format, since the file is meant to be read and exchanged outside the app.
import { z } from 'zod';
import { URGENCIES } from '../clinical/ids';
import { findingsSchema } from '../findings/schema';
import { BODY_REGION_IDS, type BodyRegionId } from './bodyChart';
import { PAPER_SIZES } from './settings';

const bodyRegionSchema = z.enum(BODY_REGION_IDS as [BodyRegionId, ...BodyRegionId[]]);

export const exportPatientSchema = z.object({
  id: z.string(),
  name: z.string(),
  given_name: z.string(),
  family_name: z.string(),
  /** YYYY-MM-DD */
  birth_date: z.string(),
  identifier: z.string().nullable(),
});

export const exportClinicianSchema = z.object({
  id: z.string(),
  name: z.string(),
  profession: z.string(),
  registration: z.string(),
});

export const exportClinicSchema = z.object({
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  /** PNG or JPEG data URL, or null. */
  logo: z.string().nullable(),
  paper_size: z.enum(PAPER_SIZES),
});

export const exportReferralSchema = z.object({
  recipient: z.string(),
  urgency: z.enum(URGENCIES).nullable(),
  notes: z.string(),
});

export const exportAddendumSchema = z.object({
  author: z.string(),
  text: z.string(),
  created_at: z.string(),
});

/**
 * Findings format fields first (so `hipspine assess` reads this file as is), then the record. The
 * object is not strict: later fields may be added, as the findings format allows.
 */
export const encounterExportSchema = findingsSchema.extend({
  id: z.string(),
  status: z.enum(['draft', 'signed']),
  started_at: z.string(),
  signed_at: z.string().nullable(),
  patient: exportPatientSchema,
  clinician: exportClinicianSchema,
  clinic: exportClinicSchema,
  referral: exportReferralSchema,
  body_chart: z.array(bodyRegionSchema),
  pain_score: z.number().nullable(),
  presenting_complaint: z.string(),
  plan: z.string(),
  /** Engine output: the snapshot stored at signing, or computed now for a draft (null if no engine). */
  assessment: z.unknown().nullable(),
  engine_version: z.string().nullable(),
  addenda: z.array(exportAddendumSchema),
});
export type EncounterExport = z.output<typeof encounterExportSchema>;

export type ExportParseResult =
  | { ok: true; record: EncounterExport }
  | { ok: false; errors: { path: string; message: string }[] };

/** Parses an export file; each error names the field as a dotted path. */
export function parseEncounterExport(input: unknown): ExportParseResult {
  const parsed = encounterExportSchema.safeParse(input);
  if (parsed.success) return { ok: true, record: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
