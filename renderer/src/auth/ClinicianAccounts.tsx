// Settings → clinicians: who can sign in at this workstation, adding a colleague, and changing
// one's own password. Every change is audited in main under the signed-in clinician.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Clinician, NewClinician } from '../../../shared/domain/clinician';
import { passwordSchema } from '../../../shared/domain/clinician';
import { call, errorMessage } from '../api';
import { ClinicianForm } from './FirstRunSetup';
import { reportAuthProblem } from './useAuth';

export function ClinicianAccounts({ me }: { me: Clinician }) {
  const [clinicians, setClinicians] = useState<Clinician[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(
    () =>
      call('clinicians:list', {}).then(setClinicians, (failure: unknown) => {
        reportAuthProblem(failure);
        setError(errorMessage(failure));
      }),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  async function add(clinician: NewClinician) {
    const added = await call('clinicians:add', clinician);
    setNotice(`${added.name} can now sign in as “${added.username}”.`);
    await load();
  }

  return (
    <section aria-labelledby="clinicians-h">
      <h2 id="clinicians-h">Clinicians</h2>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {clinicians && (
        <ul aria-label="Clinicians who can sign in">
          {clinicians.map((c) => (
            <li key={c.id}>
              {c.name} — {c.profession}, {c.registration} ({c.username})
              {c.id === me.id ? ' · you' : ''}
            </li>
          ))}
        </ul>
      )}
      {notice && <p role="status">{notice}</p>}
      <h3>Add a colleague</h3>
      <ClinicianForm onSubmit={add} label="Add a clinician" submitText="Add clinician" />
      <h3>Change your password</h3>
      <ChangePassword />
    </section>
  );
}

export function ChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (next !== repeat)
      return setMessage({ ok: false, text: 'The new passwords are not the same.' });
    const checked = passwordSchema.safeParse(next);
    if (!checked.success) {
      return setMessage({ ok: false, text: `New password: ${checked.error.issues[0]?.message}` });
    }
    setBusy(true);
    try {
      await call('clinicians:changePassword', { current, next });
      setMessage({ ok: true, text: 'Your password is changed.' });
    } catch (failure) {
      reportAuthProblem(failure);
      setMessage({ ok: false, text: errorMessage(failure) });
    } finally {
      setCurrent('');
      setNext('');
      setRepeat('');
      setBusy(false);
    }
  }

  const field = (text: string, value: string, set: (v: string) => void, auto: string) => (
    <label className="field">
      <span className="field-label">{text}</span>
      <input
        className="text-input"
        type="password"
        autoComplete={auto}
        required
        value={value}
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );

  return (
    <form className="auth-form" onSubmit={submit} aria-label="Change your password">
      {field('Current password', current, setCurrent, 'current-password')}
      {field('New password (8+ characters)', next, setNext, 'new-password')}
      {field('Repeat the new password', repeat, setRepeat, 'new-password')}
      {message && (
        <p className={message.ok ? undefined : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        Change password
      </button>
    </form>
  );
}
