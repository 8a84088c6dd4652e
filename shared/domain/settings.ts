// Clinic settings printed on letters and used by the app.
import { z } from 'zod';
import { noteText, wellFormedText } from './text';

export const PAPER_SIZES = ['A4', 'LETTER'] as const;

export const settingsSchema = z
  .object({
    clinicName: wellFormedText(200),
    clinicAddress: noteText(1000),
    clinicPhone: wellFormedText(100),
    /** PNG or JPEG logo as a data URL, printed on the letterhead. */
    clinicLogo: z.string().max(2_000_000).nullable(),
    defaultRecipient: noteText(1000),
    paperSize: z.enum(PAPER_SIZES),
    autoLockMinutes: z.number().int().min(1).max(240),
    backupsToKeep: z.number().int().min(1).max(365),
  })
  .strict();
export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  clinicName: '',
  clinicAddress: '',
  clinicPhone: '',
  clinicLogo: null,
  defaultRecipient: '',
  paperSize: 'A4',
  autoLockMinutes: 5,
  backupsToKeep: 14,
};
