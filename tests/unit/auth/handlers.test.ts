// The auth and clinicians handlers behind the real dispatcher, over an in-memory store.
import { describe, expect, it } from 'vitest';
import { newSession } from '../../../main/auth/session';
import { PasswordChecker } from '../../../main/auth/signIn';
import { createSessionPolicy } from '../../../main/auth/policy';
import { createDispatcher } from '../../../main/ipc/dispatch';
import { createAuthHandlers } from '../../../main/ipc/handlers/auth';
import { createClinicianHandlers } from '../../../main/ipc/handlers/clinicians';
import type { HandlerContext } from '../../../main/ipc/types';
import { memoryLogger } from '../../../main/log';
import { appPaths } from '../../../main/paths';
import { SYSTEM_ACTOR } from '../../../main/db/store';
import { fakeStore } from './fakeStore';

const first = {
  username: 'ana',
  name: 'Ana Costa',
  profession: 'Physiotherapist',
  registration: 'PT-0001',
  password: 'first-password',
};

function setup(settings = {}) {
  let now = Date.parse('2025-03-01T09:00:00.000Z');
  const store = fakeStore(settings);
  const log = memoryLogger();
  const context: HandlerContext = {
    store,
    clock: () => new Date(now),
    paths: appPaths('/nonexistent'),
    session: newSession(),
    log,
    app: { name: 'test', version: '0', harness: true },
  };
  const checker = new PasswordChecker({ ln: 10, r: 8, p: 1 });
  const table = { ...createAuthHandlers({ checker }), ...createClinicianHandlers({ checker }) };
  const policy = createSessionPolicy({ store, session: context.session, clock: context.clock });
  const dispatch = createDispatcher(table, context, { beforeRequest: policy.beforeRequest });
  return {
    store,
    log,
    context,
    policy,
    dispatch,
    advance: (ms: number) => (now += ms),
  };
}

describe('first run', () => {
  it('reports that setup is needed, then creates the first clinician and signs them in', async () => {
    const t = setup();
    expect(await t.dispatch('auth:status', {})).toEqual({
      ok: true,
      value: { needsSetup: true, clinician: null, locked: false, autoLockMinutes: 5 },
    });
    const created = await t.dispatch('auth:setup', first);
    expect(created).toMatchObject({ ok: true, value: { username: 'ana', name: 'Ana Costa' } });
    expect(JSON.stringify(created)).not.toContain('first-password');
    const status = await t.dispatch('auth:status', {});
    expect(status).toMatchObject({ ok: true, value: { needsSetup: false, locked: false } });
    // The stored secret is a scrypt hash, never the password.
    const [credentials] = [...t.store.credentials.values()];
    expect(credentials?.passwordHash).toMatch(/^scrypt\$ln=10,r=8,p=1\$/);
    expect(JSON.stringify(credentials)).not.toContain('first-password');
  });

  it('refuses a second setup once an account exists', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    const again = await t.dispatch('auth:setup', { ...first, username: 'mallory' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.store.clinicians.count()).toBe(1);
  });

  it('creates only one first account when two setups race', async () => {
    const t = setup();
    const results = await Promise.all([
      t.dispatch('auth:setup', first),
      t.dispatch('auth:setup', { ...first, username: 'bea' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.store.clinicians.count()).toBe(1);
  });
});

describe('sign-in before any patient data', () => {
  it('refuses non-public channels until signed in', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    await t.dispatch('auth:signOut', {});
    for (const channel of ['clinicians:list', 'patients:search', 'settings:get'] as const) {
      const result = await t.dispatch(channel, channel === 'patients:search' ? { query: 'a' } : {});
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    }
  });

  it('signs in with the right password, case-insensitive username, and audits it by clinician', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    await t.dispatch('auth:signOut', {});
    const signed = await t.dispatch('auth:signIn', { username: 'ANA', password: 'first-password' });
    expect(signed).toMatchObject({ ok: true, value: { username: 'ana' } });
    expect(await t.dispatch('clinicians:list', {})).toMatchObject({ ok: true });
    const actions = t.store.auditRows.map((r) => `${r.event.action}:${r.actor}`);
    expect(actions).toEqual([
      `create:${SYSTEM_ACTOR}`,
      'auth.signIn:c1',
      'auth.signOut:c1',
      'auth.signIn:c1',
    ]);
  });

  it('gives the same answer for an unknown username and a wrong password', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    const unknown = await t.dispatch('auth:signIn', { username: 'nobody', password: 'whatever1' });
    const wrong = await t.dispatch('auth:signIn', { username: 'ana', password: 'whatever1' });
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
  });
});

describe('growing delay after wrong passwords', () => {
  it('allows three mistakes, then makes the clinician wait 1, 2, 4 … seconds', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    await t.dispatch('auth:signOut', {});
    const attempt = (password: string) => t.dispatch('auth:signIn', { username: 'ana', password });
    for (let i = 0; i < 3; i++) {
      expect(await attempt('wrong-pass')).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    }
    // The fourth mistake starts the wait and says so.
    const fourth = await attempt('wrong-pass');
    expect(fourth).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    expect(fourth.ok ? '' : fourth.error.message).toContain('wait 1 second');
    // Even the right password is refused during the wait, with the wait in the message.
    const early = await attempt('first-password');
    expect(early).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(early.ok ? '' : early.error.message).toContain('1 second');
    t.advance(1000);
    expect(await attempt('wrong-pass')).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    const waiting = await attempt('wrong-pass');
    expect(waiting.ok ? '' : waiting.error.message).toContain('2 seconds');
    t.advance(2000);
    expect(await attempt('first-password')).toMatchObject({ ok: true });
    // Success clears the count.
    expect(t.store.credentials.get('c1')).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it('keeps the wait across a restart because it is stored with the credentials', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    await t.dispatch('auth:signOut', {});
    const wrong = () => t.dispatch('auth:signIn', { username: 'ana', password: 'nope-nope' });
    for (let i = 0; i < 4; i++) await wrong();
    t.advance(1000);
    await wrong();
    t.advance(2000);
    await wrong(); // the sixth failure: 4 seconds
    // A "restart": fresh handlers, checker and session over the same store.
    const checker = new PasswordChecker({ ln: 10, r: 8, p: 1 });
    const restarted = createDispatcher(createAuthHandlers({ checker }), {
      ...t.context,
      session: newSession(),
    });
    const result = await restarted('auth:signIn', { username: 'ana', password: 'first-password' });
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(result.ok ? '' : result.error.message).toMatch(/wait 4 seconds/);
  });

  it('cannot be raced: parallel guesses are checked one at a time', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    await t.dispatch('auth:signOut', {});
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.dispatch('auth:signIn', { username: 'ana', password: 'guess-guess' }),
      ),
    );
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'BAD_CREDENTIALS')).toHaveLength(4);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(6);
  });

  it('throttles unknown usernames too', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    for (let i = 0; i < 4; i++)
      await t.dispatch('auth:signIn', { username: 'ghost', password: 'x' });
    const fifth = await t.dispatch('auth:signIn', { username: 'ghost', password: 'x' });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
  });
});

describe('lock', () => {
  it('on demand: every non-public channel is refused until sign-in, the clinician is remembered', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    expect(await t.dispatch('auth:lock', {})).toEqual({ ok: true, value: null });
    expect(await t.dispatch('clinicians:list', {})).toMatchObject({ error: { code: 'LOCKED' } });
    expect(await t.dispatch('auth:status', {})).toMatchObject({
      value: { locked: true, clinician: { username: 'ana' } },
    });
    const wrong = await t.dispatch('auth:signIn', { username: 'ana', password: 'not-it-at-all' });
    expect(wrong).toMatchObject({ ok: false });
    expect(await t.dispatch('clinicians:list', {})).toMatchObject({ error: { code: 'LOCKED' } });
    await t.dispatch('auth:signIn', { username: 'ana', password: 'first-password' });
    expect(await t.dispatch('clinicians:list', {})).toMatchObject({ ok: true });
  });

  it('after the idle time from settings, checked on the next request', async () => {
    const t = setup({ autoLockMinutes: 2 });
    await t.dispatch('auth:setup', first);
    await t.policy.refresh();
    t.advance(119_000);
    expect(await t.dispatch('clinicians:list', {})).toMatchObject({ ok: true });
    t.advance(119_000);
    expect(await t.dispatch('clinicians:list', {})).toMatchObject({ ok: true });
    t.advance(120_000);
    expect(await t.dispatch('clinicians:list', {})).toMatchObject({ error: { code: 'LOCKED' } });
  });

  it('is reported by auth:status, and polling auth:status does not keep the screen open', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    for (let i = 0; i < 31; i++) {
      t.advance(10_000);
      await t.dispatch('auth:status', {});
    }
    expect(await t.dispatch('auth:status', {})).toMatchObject({ value: { locked: true } });
  });

  it('sign-in by another clinician while locked switches the session to them', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    await t.dispatch('clinicians:add', { ...first, username: 'bea', password: 'second-password' });
    await t.dispatch('auth:lock', {});
    const bea = await t.dispatch('auth:signIn', { username: 'bea', password: 'second-password' });
    expect(bea).toMatchObject({ ok: true, value: { username: 'bea' } });
    expect(await t.dispatch('auth:status', {})).toMatchObject({
      value: { locked: false, clinician: { username: 'bea' } },
    });
  });
});

describe('clinicians', () => {
  it('a signed-in clinician adds a colleague; the audit row names them', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    const added = await t.dispatch('clinicians:add', {
      ...first,
      username: 'bea',
      name: 'Bea Lima',
      password: 'second-password',
    });
    expect(added).toMatchObject({ ok: true, value: { username: 'bea' } });
    expect(t.store.auditRows.at(-1)).toMatchObject({ event: { action: 'create' }, actor: 'c1' });
    const list = await t.dispatch('clinicians:list', {});
    const names = list.ok ? (list.value as { username: string }[]).map((c) => c.username) : [];
    expect(names).toEqual(['ana', 'bea']);
    expect(JSON.stringify(list)).not.toMatch(/password|scrypt|salt/i);
  });

  it('refuses a duplicate username', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    const dup = await t.dispatch('clinicians:add', { ...first, username: 'ANA' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('changes the own password only with the current one, and the new one works', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    const wrong = await t.dispatch('clinicians:changePassword', {
      current: 'not-the-password',
      next: 'brand-new-password',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    const same = await t.dispatch('clinicians:changePassword', {
      current: 'first-password',
      next: 'first-password',
    });
    expect(same).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const changed = await t.dispatch('clinicians:changePassword', {
      current: 'first-password',
      next: 'brand-new-password',
    });
    expect(changed).toEqual({ ok: true, value: null });
    expect(t.store.auditRows.at(-1)).toMatchObject({ event: { action: 'password' }, actor: 'c1' });
    await t.dispatch('auth:signOut', {});
    expect(
      await t.dispatch('auth:signIn', { username: 'ana', password: 'first-password' }),
    ).toMatchObject({ ok: false });
    expect(
      await t.dispatch('auth:signIn', { username: 'ana', password: 'brand-new-password' }),
    ).toMatchObject({ ok: true });
  });

  it('shares the wrong-password count with sign-in (a walk-up cannot guess through it)', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    for (let i = 0; i < 4; i++) {
      await t.dispatch('clinicians:changePassword', {
        current: 'guess-guess',
        next: 'x'.repeat(9),
      });
    }
    await t.dispatch('auth:signOut', {});
    const signIn = await t.dispatch('auth:signIn', { username: 'ana', password: 'first-password' });
    expect(signIn).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
  });

  it('never logs a password', async () => {
    const t = setup();
    await t.dispatch('auth:setup', first);
    await t.dispatch('auth:signIn', { username: 'ana', password: 'typo-password' });
    await t.dispatch('clinicians:changePassword', {
      current: 'first-password',
      next: 'n3w-secret-pw',
    });
    const logged = t.log.lines.join('\n');
    expect(logged).not.toMatch(/first-password|typo-password|n3w-secret-pw/);
  });
});
