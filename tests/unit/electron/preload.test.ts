import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, request: unknown) => ({
    ok: true,
    value: { channel, request },
  })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}));

beforeAll(async () => {
  await import('../../../main/electron/preload');
});

describe('preload', () => {
  it('exposes one object, window.api, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
  });

  it('has exactly the contract channels, all functions', () => {
    const api = electron.exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const channel of CHANNEL_NAMES) expect(api[channel]).toBeTypeOf('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('never hands out ipcRenderer or its methods', () => {
    const api = electron.exposed.get('api') as Record<string, unknown>;
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electron.invoke);
    }
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|send|on\b/);
  });

  it.each(CHANNEL_NAMES)('%s invokes its own channel with the request', async (channel) => {
    const api = electron.exposed.get('api') as Record<string, (r: unknown) => Promise<unknown>>;
    const request = { probe: channel };
    await expect(api[channel]?.(request)).resolves.toEqual({
      ok: true,
      value: { channel, request },
    });
    expect(electron.invoke).toHaveBeenLastCalledWith(channel, request);
  });
});
