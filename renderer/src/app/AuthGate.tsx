// Gate patient data behind sign-in. Until the auth screens (renderer/src/auth, issue 7) are mounted
// here, this is a plain first-run setup / sign-in form and a lock overlay over the mounted workspace.
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { Clinician } from '../../../shared/domain/clinician';
import type { AuthStatus } from '../../../shared/ipc/contract';
import { call, errorMessage } from '../api';

export interface AuthControls {
  clinician: Clinician;
  locked: boolean;
  lock: () => void;
  signOut: () => void;
}

export function AuthGate({ children }: { children: (auth: AuthControls) => ReactNode }) {
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    call('auth:status', {}).then(setStatus, (failure: unknown) => setError(errorMessage(failure)));
  }, []);
  useEffect(refresh, [refresh]);

  const lock = useCallback(() => {
    call('auth:lock', {}).then(refresh, refresh);
  }, [refresh]);
  const signOut = useCallback(() => {
    call('auth:signOut', {}).then(refresh, refresh);
  }, [refresh]);

  if (error) {
    return (
      <main className="auth-screen" aria-labelledby="auth-h">
        <h1 id="auth-h">HipSpine Exam Assistant</h1>
        <p className="error-text" role="alert">
          {error}
        </p>
      </main>
    );
  }
  if (!status) {
    return (
      <main className="auth-screen" aria-labelledby="auth-h">
        <h1 id="auth-h">HipSpine Exam Assistant</h1>
        <p role="status">Starting…</p>
      </main>
    );
  }
  if (status.needsSetup) return <SetupForm onDone={refresh} />;
  if (!status.clinician) return <SignInForm onDone={refresh} />;
  return (
    <>
      {children({ clinician: status.clinician, locked: status.locked, lock, signOut })}
      {status.locked && <SignInForm onDone={refresh} lockedAs={status.clinician.username} />}
    </>
  );
}

function SignInForm({ onDone, lockedAs }: { onDone: () => void; lockedAs?: string }) {
  const [username, setUsername] = useState(lockedAs ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await call('auth:signIn', { username, password });
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }
  const form = (
    <form className="auth-form" onSubmit={submit} aria-label={lockedAs ? 'Unlock' : 'Sign in'}>
      <h1 id="auth-h">{lockedAs ? 'Locked' : 'Sign in'}</h1>
      <label className="field">
        <span className="field-label">Username</span>
        <input
          className="text-input"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">Password</span>
        <input
          className="text-input"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary">
        {lockedAs ? 'Unlock' : 'Sign in'}
      </button>
    </form>
  );
  if (lockedAs) {
    return (
      <div
        className="overlay lock-overlay"
        role="dialog"
        aria-modal="true"
        aria-labelledby="auth-h"
      >
        <div className="dialog">{form}</div>
      </div>
    );
  }
  return <main className="auth-screen">{form}</main>;
}

function SetupForm({ onDone }: { onDone: () => void }) {
  const [fields, setFields] = useState({
    username: '',
    name: '',
    profession: 'Physiotherapist',
    registration: '',
    password: '',
  });
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await call('auth:setup', fields);
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }
  const field = (key: keyof typeof fields, label: string, type = 'text') => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        className="text-input"
        type={type}
        value={fields[key]}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <main className="auth-screen">
      <form className="auth-form" onSubmit={submit} aria-label="First-run setup">
        <h1>Set up the first clinician</h1>
        {field('username', 'Username')}
        {field('name', 'Full name')}
        {field('profession', 'Profession')}
        {field('registration', 'Registration number')}
        {field('password', 'Password (8+ characters)', 'password')}
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary">
          Create and sign in
        </button>
      </form>
    </main>
  );
}
