// First run: create the first clinician (who is then signed in). The same rules as main's schema
// (shared/domain/clinician.ts) are checked here first, so mistakes are shown beside the form.
import { useState, type FormEvent } from 'react';
import { newClinicianSchema, type NewClinician } from '../../../shared/domain/clinician';
import { errorMessage } from '../api';

export interface ClinicianFormProps {
  onSubmit: (clinician: NewClinician) => Promise<unknown>;
  /** The form's accessible name. */
  label: string;
  submitText: string;
}

const EMPTY = {
  username: '',
  name: '',
  profession: 'Physiotherapist',
  registration: '',
  password: '',
};

/** A new clinician's details and password (first run, and "add a colleague"). */
export function ClinicianForm({ onSubmit, label, submitText }: ClinicianFormProps) {
  const [fields, setFields] = useState(EMPTY);
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (fields.password !== repeat) {
      setError('The two passwords are not the same.');
      return;
    }
    const parsed = newClinicianSchema.safeParse(fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(`${labelFor(String(issue?.path[0] ?? ''))}: ${issue?.message ?? 'not valid'}`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(fields);
      setFields(EMPTY);
      setRepeat('');
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof typeof fields, text: string, extra: Record<string, string> = {}) => (
    <label className="field">
      <span className="field-label">{text}</span>
      <input
        className="text-input"
        required
        value={fields[key]}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
        {...extra}
      />
    </label>
  );

  return (
    <form className="auth-form" onSubmit={submit} aria-label={label}>
      {field('name', 'Full name', { autoComplete: 'name' })}
      {field('profession', 'Profession')}
      {field('registration', 'Registration number')}
      {field('username', 'Username', { autoComplete: 'username', autoCapitalize: 'none' })}
      {field('password', 'Password (8+ characters)', {
        type: 'password',
        autoComplete: 'new-password',
      })}
      <label className="field">
        <span className="field-label">Repeat the password</span>
        <input
          className="text-input"
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitText}
      </button>
    </form>
  );
}

function labelFor(key: string): string {
  const labels: Record<string, string> = {
    username: 'Username',
    name: 'Full name',
    profession: 'Profession',
    registration: 'Registration number',
    password: 'Password',
  };
  return labels[key] ?? 'Form';
}

export function FirstRunSetup({ onSetup }: { onSetup: (c: NewClinician) => Promise<unknown> }) {
  return (
    <main className="auth-screen" aria-labelledby="setup-h">
      <h1 id="setup-h">Set up the first clinician</h1>
      <p>
        This workstation has no clinician yet. The account you create now signs in, signs encounters
        and signs letters; add colleagues afterwards.
      </p>
      <ClinicianForm onSubmit={onSetup} label="First-run setup" submitText="Create and sign in" />
    </main>
  );
}
