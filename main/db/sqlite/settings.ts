// Clinic settings as one JSON value per key, over the defaults; unknown stored keys are ignored so
// an older app can read a newer file's settings.
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/domain/settings';
import type { ReadDb, WriteDb } from './connection';

export function getSettings(db: ReadDb): Settings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of db.all<{ key: string; value: string }>('SELECT key, value FROM settings')) {
    if (Object.hasOwn(DEFAULT_SETTINGS, row.key)) settings[row.key] = JSON.parse(row.value);
  }
  const parsed = settingsSchema.safeParse(settings);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

export function updateSettings(db: WriteDb, patch: Partial<Settings>): Settings {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || !Object.hasOwn(DEFAULT_SETTINGS, key)) continue;
    db.run(
      `INSERT INTO settings (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      key,
      JSON.stringify(value),
    );
    // The logo is a large image; the audit notes that it changed, not its bytes.
    changed[key] = key === 'clinicLogo' && value !== null ? '(image)' : value;
  }
  db.audit({ action: 'update', entity: 'settings', entityId: 'clinic', changes: changed });
  return getSettings(db);
}
