// ipcMain wiring with a fake ipcMain: exactly the contract's channels, and the sender check runs
// before the dispatcher sees anything.
import { describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../main/electron/ipc';
import { createDispatcher } from '../../../main/ipc/dispatch';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';
import { fakeContext, recordingStore } from '../../helpers/fakeContext';

type Listener = (event: unknown, payload: unknown) => Promise<unknown>;

function wire() {
  const listeners = new Map<string, Listener>();
  const { store, calls } = recordingStore();
  const context = fakeContext({ signedIn: true, store });
  const handler = vi.fn(async () => ({ id: 'p1' }));
  const dispatch = vi.fn(createDispatcher({ 'patients:create': handler as never }, context));
  registerIpc(
    {
      handle: (channel: string, listener: Listener) => {
        if (listeners.has(channel)) throw new Error(`registered twice: ${channel}`);
        listeners.set(channel, listener);
      },
    } as never,
    dispatch,
  );
  const invoke = (channel: string, payload: unknown, frame: unknown) => {
    const listener = listeners.get(channel);
    // Electron itself rejects an invoke on a channel with no handler.
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return listener({ senderFrame: frame }, payload);
  };
  return { listeners, invoke, dispatch, handler, calls };
}

const APP_FRAME = { url: 'app://renderer/index.html', parent: null };
const PATIENT = { givenName: 'Ana', familyName: 'Silva', birthDate: '1970-01-02', sex: 'female' };

describe('registerIpc', () => {
  it('registers exactly the contract channels', () => {
    const { listeners } = wire();
    expect([...listeners.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('accepts a valid request from the app main frame', async () => {
    const { invoke, handler, calls } = wire();
    expect(await invoke('patients:create', PATIENT, APP_FRAME)).toEqual({
      ok: true,
      value: { id: 'p1' },
    });
    expect(handler).toHaveBeenCalledOnce();
    expect(calls).toEqual([]);
  });

  it('has no listener for an unknown channel', async () => {
    const { invoke, dispatch } = wire();
    await expect(invoke('patients:deleteAll', {}, APP_FRAME)).rejects.toThrow(/No handler/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['a subframe', { url: 'app://renderer/index.html', parent: APP_FRAME }],
    ['a look-alike origin', { url: 'app://renderer.evil/index.html', parent: null }],
    ['another scheme', { url: 'https://app.example/', parent: null }],
    ['a file page', { url: 'file:///tmp/x.html', parent: null }],
    ['a destroyed frame', null],
  ])('refuses %s with FORBIDDEN_SENDER before dispatching', async (_name, frame) => {
    const { invoke, dispatch, handler, calls } = wire();
    expect(await invoke('patients:create', PATIENT, frame)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    expect(dispatch).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  it.each([undefined, null, 'x', { ...PATIENT, sex: 'robot' }, { ...PATIENT, extra: 1 }])(
    'refuses malformed payload %j with BAD_REQUEST and calls no handler',
    async (payload) => {
      const { invoke, handler, calls } = wire();
      expect(await invoke('patients:create', payload, APP_FRAME)).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
      expect(handler).not.toHaveBeenCalled();
      expect(calls).toEqual([]);
    },
  );
});
