import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, describeIssues } from '../../../main/ipc/dispatch';
import type { HandlerGroup } from '../../../main/ipc/types';
import { AppError } from '../../../shared/ipc/result';
import { fakeContext, recordingStore } from '../../helpers/fakeContext';

const PATIENT = {
  givenName: 'Zofia',
  familyName: 'Łukasiewicz',
  birthDate: '1961-04-12',
  sex: 'female',
};

function table(overrides: HandlerGroup = {}): HandlerGroup {
  return {
    'app:info': async () => ({ name: 'x', version: '1', engineVersion: '1', harness: true }),
    'patients:create': vi.fn(async (request, context) => {
      await context.store.patients.create(request, 'clin-1');
      return { id: 'p1', ...request, createdAt: '', updatedAt: '' };
    }),
    ...overrides,
  };
}

describe('createDispatcher', () => {
  it('answers a known public channel without sign-in', async () => {
    const dispatch = createDispatcher(table(), fakeContext());
    const result = await dispatch('app:info', {});
    expect(result.ok).toBe(true);
  });

  it.each(['nope', 'constructor', '__proto__', 'toString', '', 'app:info '])(
    'refuses unknown channel %j with UNKNOWN_CHANNEL and writes nothing',
    async (channel) => {
      const { store, calls } = recordingStore();
      const dispatch = createDispatcher(table(), fakeContext({ signedIn: true, store }));
      const result = await dispatch(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(calls).toEqual([]);
    },
  );

  it('refuses a non-public channel before sign-in and while locked', async () => {
    const { store, calls } = recordingStore();
    const context = fakeContext({ store });
    const dispatch = createDispatcher(table(), context);
    expect(await dispatch('patients:create', PATIENT)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    context.session.clinician = {
      id: 'c',
      username: 'u',
      name: 'n',
      profession: 'p',
      registration: 'r',
      createdAt: '',
    };
    context.session.locked = true;
    expect(await dispatch('patients:create', PATIENT)).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(calls).toEqual([]);
  });

  it('parses the payload before the handler runs and reports field paths without values', async () => {
    const { store, calls } = recordingStore();
    const handlers = table();
    const dispatch = createDispatcher(handlers, fakeContext({ signedIn: true, store }));
    const bad = {
      ...PATIENT,
      birthDate: 'Zofia-secret-1961',
      sex: 'Łukasiewicz',
      extraSecret: 'x',
    };
    const result = await dispatch('patients:create', bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_REQUEST');
    expect(result.error.message).toContain('birthDate');
    expect(result.error.message).toContain('sex');
    expect(result.error.message).not.toContain('Zofia');
    expect(result.error.message).not.toContain('Łukasiewicz');
    expect(result.error.message).not.toContain('extraSecret');
    expect(handlers['patients:create']).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  it.each([undefined, null, 42, 'text', [], { givenName: {} }])(
    'refuses malformed payload %j with BAD_REQUEST',
    async (payload) => {
      const { store, calls } = recordingStore();
      const dispatch = createDispatcher(table(), fakeContext({ signedIn: true, store }));
      expect(await dispatch('patients:create', payload)).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
      expect(calls).toEqual([]);
    },
  );

  it('passes the parsed request (defaults applied) to the handler', async () => {
    const { store, calls } = recordingStore();
    const handlers = table();
    const dispatch = createDispatcher(handlers, fakeContext({ signedIn: true, store }));
    const result = await dispatch('patients:create', PATIENT);
    expect(result.ok).toBe(true);
    expect(handlers['patients:create']).toHaveBeenCalledWith(
      { ...PATIENT, identifier: null, contact: null },
      expect.anything(),
    );
    expect(calls).toEqual(['patients.create']);
  });

  it('passes an AppError through with its code and message', async () => {
    const dispatch = createDispatcher(
      table({
        'patients:get': async () => {
          throw new AppError('NOT_FOUND', 'No such patient.');
        },
      }),
      fakeContext({ signedIn: true }),
    );
    expect(await dispatch('patients:get', { id: 'p9' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such patient.' },
    });
  });

  it('turns any other failure into INTERNAL and logs only its name and code', async () => {
    const context = fakeContext({ signedIn: true });
    const dispatch = createDispatcher(
      table({
        'patients:get': async () => {
          throw Object.assign(new TypeError('patient Zofia Łukasiewicz broke it'), { code: 'E_X' });
        },
      }),
      context,
    );
    const result = await dispatch('patients:get', { id: 'p9' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('Zofia');
    expect(context.logLines.join('\n')).not.toContain('Zofia');
    expect(context.logLines.join('\n')).toContain('TypeError');
    expect(context.logLines.join('\n')).toContain('E_X');
  });

  it('answers UNSUPPORTED for a contract channel that has no handler yet', async () => {
    const dispatch = createDispatcher({}, fakeContext({ signedIn: true }));
    expect(await dispatch('backup:list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED' },
    });
  });

  it('counts accepted non-public requests as activity, public ones not', async () => {
    const context = fakeContext({ signedIn: true, now: new Date(5_000) });
    const dispatch = createDispatcher(table(), context);
    await dispatch('app:info', {});
    expect(context.session.lastActivityAt).toBe(0);
    await dispatch('patients:create', PATIENT);
    expect(context.session.lastActivityAt).toBe(5_000);
  });

  it('runs beforeRequest first, so a due auto-lock refuses the request', async () => {
    const context = fakeContext({ signedIn: true });
    const dispatch = createDispatcher(table(), context, {
      beforeRequest: (_channel, ctx) => {
        ctx.session.locked = true;
      },
    });
    expect(await dispatch('patients:create', PATIENT)).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });

  it('runs afterSuccess with the value before answering, and only after a success', async () => {
    const context = fakeContext({ signedIn: true });
    const seen: string[] = [];
    const dispatch = createDispatcher(
      table({ 'patients:get': async () => Promise.reject(new AppError('NOT_FOUND', 'gone')) }),
      context,
      {
        afterSuccess: async (channel, value) => {
          seen.push(`${channel} ${(value as { id: string }).id}`);
          context.session.clinician = null;
        },
      },
    );
    expect(await dispatch('patients:get', { id: 'p1' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(seen).toEqual([]);
    expect(await dispatch('patients:create', PATIENT)).toMatchObject({ ok: true });
    expect(seen).toEqual(['patients:create p1']);
    // What the hook changed holds for the very next request.
    expect(await dispatch('patients:create', PATIENT)).toMatchObject({
      error: { code: 'NOT_SIGNED_IN' },
    });
  });
});

describe('describeIssues', () => {
  it('replaces free-text path segments and caps the list', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({
      code: 'custom' as const,
      path: ['tests', i % 2 ? 'Zofia Łukasiewicz' : 'slr'],
      message: 'bad',
      input: 'secret',
    }));
    const text = describeIssues(issues);
    expect(text).not.toContain('Zofia');
    expect(text).toContain('tests.?');
    expect(text).toContain('and 2 more');
  });
});
