// @vitest-environment jsdom
// The sign-in gate in the renderer, against a fake window.api that behaves like main: first-run
// setup, sign-in errors, lock on demand and by main's idle timer (seen by polling), input that
// survives the lock, and a colleague unlocking who must not see the previous clinician's screen.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clinician } from '../../../../shared/domain/clinician';
import type { AuthStatus } from '../../../../shared/ipc/contract';
import { AuthGate } from '../../../../renderer/src/auth/AuthGate';
import { AUTH_POLL_MS } from '../../../../renderer/src/auth/useAuth';

const ANA: Clinician = {
  id: 'c1',
  username: 'ana',
  name: 'Ana Costa',
  profession: 'Physiotherapist',
  registration: 'PT-1',
  createdAt: '2025-01-01T00:00:00.000Z',
};
const BEA: Clinician = { ...ANA, id: 'c2', username: 'bea', name: 'Bea Lima' };

let status: AuthStatus;
const calls: { channel: string; request: unknown }[] = [];

function fakeApi() {
  const handlers: Record<string, (request: never) => unknown> = {
    'auth:status': () => ({ ok: true, value: status }),
    'auth:setup': () => {
      status = { ...status, needsSetup: false, clinician: ANA, locked: false };
      return { ok: true, value: ANA };
    },
    'auth:signIn': (request: { username: string; password: string }) => {
      if (request.password !== 'right-password') {
        return {
          ok: false,
          error: { code: 'BAD_CREDENTIALS', message: 'The username or password is not right.' },
        };
      }
      const who = request.username === 'bea' ? BEA : ANA;
      status = { ...status, clinician: who, locked: false };
      return { ok: true, value: who };
    },
    'auth:lock': () => {
      status = { ...status, locked: true };
      return { ok: true, value: null };
    },
    'auth:signOut': () => {
      status = { ...status, clinician: null, locked: false };
      return { ok: true, value: null };
    },
  };
  return new Proxy(
    {},
    {
      get: (_target, channel: string) => async (request: never) => {
        calls.push({ channel, request });
        return (
          handlers[channel]?.(request) ?? {
            ok: false,
            error: { code: 'UNSUPPORTED', message: 'no' },
          }
        );
      },
    },
  );
}

function Workspace({ auth }: { auth: { clinician: Clinician; lock: () => void } }) {
  const [note, setNote] = useState('');
  return (
    <div>
      <p>Patient Zofia, seen by {auth.clinician.name}</p>
      <label>
        Unsaved note
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="button" onClick={auth.lock}>
        Lock
      </button>
    </div>
  );
}

function renderGate() {
  return render(<AuthGate>{(auth) => <Workspace auth={auth} />}</AuthGate>);
}

async function flush() {
  await act(async () => {
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
  });
}

beforeEach(() => {
  status = { needsSetup: false, clinician: ANA, locked: false, autoLockMinutes: 5 };
  calls.length = 0;
  (window as unknown as { api: unknown }).api = fakeApi();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('AuthGate', () => {
  it('first run: checks the form, then creates the clinician and shows the workspace', async () => {
    status = { needsSetup: true, clinician: null, locked: false, autoLockMinutes: 5 };
    renderGate();
    await flush();
    const form = screen.getByRole('form', { name: 'First-run setup' });
    expect(screen.queryByText(/Patient Zofia/)).toBeNull();
    const fill = (label: RegExp | string, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    fill('Full name', 'Ana Costa');
    fill('Registration number', 'PT-1');
    fill('Username', 'ana');
    fill(/^Password/, 'right-password');
    fill('Repeat the password', 'other-password');
    fireEvent.submit(form);
    await flush();
    expect(screen.getByRole('alert').textContent).toMatch(/not the same/);
    expect(calls.some((c) => c.channel === 'auth:setup')).toBe(false);
    fill('Repeat the password', 'right-password');
    fireEvent.submit(form);
    await flush();
    expect(calls.find((c) => c.channel === 'auth:setup')?.request).toMatchObject({
      username: 'ana',
      password: 'right-password',
    });
    expect(screen.getByText(/Patient Zofia, seen by Ana Costa/)).toBeTruthy();
  });

  it('signed out: shows only the sign-in form; a wrong password shows main’s message and clears', async () => {
    status = { ...status, clinician: null };
    renderGate();
    await flush();
    expect(screen.queryByText(/Patient Zofia/)).toBeNull();
    const form = screen.getByRole('form', { name: 'Sign in' });
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'ana' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong-password' } });
    fireEvent.submit(form);
    await flush();
    expect(screen.getByRole('alert').textContent).toBe('The username or password is not right.');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'right-password' } });
    fireEvent.submit(form);
    await flush();
    expect(screen.getByText(/Patient Zofia/)).toBeTruthy();
  });

  it('lock: patient data leaves the screen, unsaved input survives the unlock', async () => {
    renderGate();
    await flush();
    fireEvent.change(screen.getByLabelText('Unsaved note'), { target: { value: 'half-typed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await flush();
    const content = screen.getByText(/Patient Zofia/).closest('.auth-content') as HTMLElement;
    expect(content.hidden).toBe(true);
    expect(content.hasAttribute('inert')).toBe(true);
    expect(screen.getByRole('dialog', { name: 'Locked' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'right-password' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Unlock' }));
    await flush();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(content.hidden).toBe(false);
    expect((screen.getByLabelText('Unsaved note') as HTMLInputElement).value).toBe('half-typed');
  });

  it('picks up a lock made by main’s idle timer on the next poll', async () => {
    vi.useFakeTimers();
    renderGate();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    status = { ...status, locked: true }; // main locked the session on its own
    await act(async () => {
      await vi.advanceTimersByTimeAsync(AUTH_POLL_MS);
    });
    expect(screen.getByRole('dialog', { name: 'Locked' })).toBeTruthy();
  });

  it('a colleague who unlocks gets a fresh workspace, not the previous clinician’s input', async () => {
    renderGate();
    await flush();
    fireEvent.change(screen.getByLabelText('Unsaved note'), { target: { value: 'Ana’s draft' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await flush();
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'bea' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'right-password' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Unlock' }));
    await flush();
    expect(screen.getByText(/seen by Bea Lima/)).toBeTruthy();
    expect((screen.getByLabelText('Unsaved note') as HTMLInputElement).value).toBe('');
  });
});
