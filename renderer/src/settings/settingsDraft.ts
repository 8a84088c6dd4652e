// The settings form as typed (numbers as text) and its check before saving: each field's problem in
// words that name the field, so "bad input" always says what to fix. Main checks again.
import type { Settings } from '../../../shared/domain/settings';
import { settingsSchema } from '../../../shared/domain/settings';

export type SettingsField = keyof Settings;

export interface SettingsDraft {
  clinicName: string;
  clinicAddress: string;
  clinicPhone: string;
  clinicLogo: string | null;
  defaultRecipient: string;
  paperSize: Settings['paperSize'];
  autoLockMinutes: string;
  backupsToKeep: string;
}

export const FIELD_LABELS: Record<SettingsField, string> = {
  clinicName: 'Clinic name',
  clinicAddress: 'Address',
  clinicPhone: 'Phone',
  clinicLogo: 'Logo',
  defaultRecipient: 'Default referral recipient',
  paperSize: 'Paper size',
  autoLockMinutes: 'Lock the screen after (minutes idle)',
  backupsToKeep: 'Automatic backups to keep',
};

export function draftOf(settings: Settings): SettingsDraft {
  return {
    ...settings,
    autoLockMinutes: String(settings.autoLockMinutes),
    backupsToKeep: String(settings.backupsToKeep),
  };
}

/** A whole number in [min, max], or the reason it is not. */
function wholeNumber(text: string, min: number, max: number, unit: string): number | string {
  const trimmed = text.trim();
  const value = /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    return `Enter a whole number of ${unit} from ${min} to ${max}.`;
  }
  return value;
}

export type DraftCheck =
  { ok: true; settings: Settings } | { ok: false; errors: Partial<Record<SettingsField, string>> };

export function checkDraft(draft: SettingsDraft): DraftCheck {
  const errors: Partial<Record<SettingsField, string>> = {};
  const minutes = wholeNumber(draft.autoLockMinutes, 1, 240, 'minutes');
  const keep = wholeNumber(draft.backupsToKeep, 1, 365, 'backups');
  if (typeof minutes === 'string') errors.autoLockMinutes = minutes;
  if (typeof keep === 'string') errors.backupsToKeep = keep;
  const parsed = settingsSchema.safeParse({
    ...draft,
    autoLockMinutes: typeof minutes === 'number' ? minutes : 5,
    backupsToKeep: typeof keep === 'number' ? keep : 14,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SettingsField | undefined;
      if (field && !errors[field]) errors[field] = `${FIELD_LABELS[field]} ${issue.message}.`;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, settings: parsed.data };
}
