// The sandboxed preload: exposes one typed `window.api` built from the contract's channel names.
// Raw ipcRenderer never reaches the page; each function only invokes its own channel.
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/ipc/api';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/ipc/contract';

function buildApi(invoke: (channel: ChannelName, request: unknown) => Promise<unknown>): Api {
  const api: Partial<Record<ChannelName, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNEL_NAMES) {
    api[channel] = (request: unknown) => invoke(channel, request);
  }
  // Each entry has the shape the contract gives it; the channel list is the contract's own keys.
  return Object.freeze(api) as Api;
}

const api = buildApi((channel, request) => ipcRenderer.invoke(channel, request)) satisfies Api;
contextBridge.exposeInMainWorld('api', api);
