// The script the browser harness injects before the renderer's own: it builds `window.api` from the
// contract's channel names, each posting to the loopback bridge with this run's token. It plays the
// preload's part; the handler table behind it is the same one Electron uses.
import { CHANNEL_NAMES } from '../../shared/ipc/contract';

export const BRIDGE_SCRIPT_PATH = '/__harness/bridge.js';
export const API_PATH_PREFIX = '/__api/';
export const TOKEN_HEADER = 'x-hipspine-harness-token';

export function bridgeScript(token: string): string {
  // JSON.stringify makes every interpolated value a safe JS literal.
  return `(() => {
  'use strict';
  const channels = ${JSON.stringify(CHANNEL_NAMES)};
  const token = ${JSON.stringify(token)};
  const api = {};
  for (const channel of channels) {
    api[channel] = async (request) => {
      const response = await fetch(${JSON.stringify(API_PATH_PREFIX)} + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ${JSON.stringify(TOKEN_HEADER)}: token },
        // Wrapped so an undefined request stays undefined, as over Electron's IPC.
        body: JSON.stringify({ payload: request }),
      });
      if (!response.ok) throw new Error('The harness bridge refused the request (' + response.status + ').');
      return response.json();
    };
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });
})();
`;
}
