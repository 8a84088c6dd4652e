// The sign-in form: used on its own before anyone is signed in, and inside the lock overlay. The
// messages for a wrong password or a wait come from main (BAD_CREDENTIALS, TOO_MANY_ATTEMPTS).
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api';

export interface SignInProps {
  onSignIn: (username: string, password: string) => Promise<unknown>;
  /** Pre-filled username (the locked clinician); still editable so a colleague can take over. */
  username?: string;
  /** 'Sign in' (the form's accessible name and button) or 'Unlock'. */
  action?: 'Sign in' | 'Unlock';
  headingId?: string;
}

export function SignIn({ onSignIn, username = '', action = 'Sign in', headingId }: SignInProps) {
  const [name, setName] = useState(username);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSignIn(name.trim(), password);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      // Never keep a typed password around after an attempt.
      setPassword('');
      setBusy(false);
    }
  }

  return (
    <form className="auth-form" onSubmit={submit} aria-label={action}>
      <label className="field">
        <span className="field-label">Username</span>
        <input
          className="text-input"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={name}
          autoFocus={!username}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">Password</span>
        <input
          className="text-input"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          autoFocus={Boolean(username)}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="button button-primary"
        disabled={busy}
        aria-describedby={headingId}
      >
        {action}
      </button>
    </form>
  );
}
