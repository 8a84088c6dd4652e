// The clinic's settings: the letterhead (name, address, phone, logo), the default recipient and the
// paper size of letters, the idle time before the screen locks, and how many automatic backups to
// keep. Checked here field by field, saved through settings:update, with a visible saved state.
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { call, errorMessage } from '../api';
import { reportAuthProblem } from '../auth/useAuth';
import { formatTime } from '../ui/format';
import { readLogo } from './logo';
import {
  checkDraft,
  draftOf,
  FIELD_LABELS,
  type SettingsDraft,
  type SettingsField,
} from './settingsDraft';

type SaveState =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string };

export function ClinicSettingsForm({
  initial,
  onSaved,
}: {
  initial: Settings;
  onSaved?: (settings: Settings) => void;
}) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(initial));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [save, setSave] = useState<SaveState>({ kind: 'clean' });

  function set<K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    setSave({ kind: 'dirty' });
  }

  async function chooseLogo(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const logo = await readLogo(file);
    if (logo.ok) set('clinicLogo', logo.dataUrl);
    else setErrors((e) => ({ ...e, clinicLogo: logo.message }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.kind === 'saving') return;
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setSave({ kind: 'failed', message: 'Some settings need correcting; see the fields marked.' });
      return;
    }
    setErrors({});
    setSave({ kind: 'saving' });
    try {
      const saved = await call('settings:update', checked.settings);
      setDraft(draftOf(saved));
      setSave({ kind: 'saved', at: new Date().toISOString() });
      onSaved?.(saved);
    } catch (failure) {
      reportAuthProblem(failure);
      setSave({ kind: 'failed', message: errorMessage(failure) });
    }
  }

  const text = (field: SettingsField & keyof SettingsDraft, input: ReactNode) => (
    <Field field={field} error={errors[field]}>
      {input}
    </Field>
  );
  const described = (field: SettingsField) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {};

  return (
    <form className="form-grid settings-form" onSubmit={submit} aria-label="Clinic settings">
      <fieldset className="settings-group">
        <legend>Letterhead</legend>
        {text(
          'clinicName',
          <input
            id="clinicName"
            className="text-input"
            value={draft.clinicName}
            onChange={(e) => set('clinicName', e.target.value)}
            {...described('clinicName')}
          />,
        )}
        {text(
          'clinicAddress',
          <textarea
            id="clinicAddress"
            className="text-input"
            rows={3}
            value={draft.clinicAddress}
            onChange={(e) => set('clinicAddress', e.target.value)}
            {...described('clinicAddress')}
          />,
        )}
        {text(
          'clinicPhone',
          <input
            id="clinicPhone"
            className="text-input"
            type="tel"
            value={draft.clinicPhone}
            onChange={(e) => set('clinicPhone', e.target.value)}
            {...described('clinicPhone')}
          />,
        )}
        <div className="field">
          <label className="field-label" htmlFor="clinicLogo">
            {FIELD_LABELS.clinicLogo} (PNG or JPEG, up to 1 MB)
          </label>
          <div className="logo-row">
            {draft.clinicLogo ? (
              <img className="logo-preview" src={draft.clinicLogo} alt="Current clinic logo" />
            ) : (
              <span className="status-line">No logo</span>
            )}
            <input
              id="clinicLogo"
              type="file"
              accept="image/png,image/jpeg"
              onChange={(e) => void chooseLogo(e)}
              {...described('clinicLogo')}
            />
            {draft.clinicLogo && (
              <button type="button" className="button" onClick={() => set('clinicLogo', null)}>
                Remove logo
              </button>
            )}
          </div>
          <FieldError field="clinicLogo" error={errors.clinicLogo} />
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>Letters</legend>
        {text(
          'defaultRecipient',
          <textarea
            id="defaultRecipient"
            className="text-input"
            rows={2}
            value={draft.defaultRecipient}
            onChange={(e) => set('defaultRecipient', e.target.value)}
            {...described('defaultRecipient')}
          />,
        )}
        <p className="status-line">Used when an encounter’s referral names no recipient.</p>
        {text(
          'paperSize',
          <select
            id="paperSize"
            className="text-input"
            value={draft.paperSize}
            onChange={(e) => set('paperSize', e.target.value as Settings['paperSize'])}
          >
            <option value="A4">A4</option>
            <option value="LETTER">US Letter</option>
          </select>,
        )}
      </fieldset>

      <fieldset className="settings-group">
        <legend>Workstation</legend>
        {text(
          'autoLockMinutes',
          <input
            id="autoLockMinutes"
            className="text-input narrow-input"
            inputMode="numeric"
            value={draft.autoLockMinutes}
            onChange={(e) => set('autoLockMinutes', e.target.value)}
            {...described('autoLockMinutes')}
          />,
        )}
        {text(
          'backupsToKeep',
          <input
            id="backupsToKeep"
            className="text-input narrow-input"
            inputMode="numeric"
            value={draft.backupsToKeep}
            onChange={(e) => set('backupsToKeep', e.target.value)}
            {...described('backupsToKeep')}
          />,
        )}
      </fieldset>

      <div className="settings-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={save.kind === 'saving' || save.kind === 'clean'}
        >
          {save.kind === 'saving' ? 'Saving…' : 'Save settings'}
        </button>
        <SaveLine save={save} />
      </div>
    </form>
  );
}

function SaveLine({ save }: { save: SaveState }) {
  if (save.kind === 'failed') {
    return (
      <p className="error-text" role="alert" data-settings-save="failed">
        Not saved: {save.message}
      </p>
    );
  }
  const words = {
    clean: 'No changes.',
    dirty: 'Unsaved changes.',
    saving: 'Saving…',
    saved: save.kind === 'saved' ? `✓ Saved at ${formatTime(save.at)}` : '',
  }[save.kind];
  return (
    <p className="status-line" role="status" data-settings-save={save.kind}>
      {words}
    </p>
  );
}

function Field({
  field,
  error,
  children,
}: {
  field: SettingsField;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={field}>
        {FIELD_LABELS[field]}
      </label>
      {children}
      <FieldError field={field} error={error} />
    </div>
  );
}

function FieldError({ field, error }: { field: SettingsField; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${field}-error`} className="error-text">
      {error}
    </p>
  );
}
