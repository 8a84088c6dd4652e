// The browser harness's loopback bridge: serves the renderer with the bridge injected, and answers
// API calls only with this run's token, from its own origin and Host.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../main/harness/bridge';
import { injectBridge, startHarness, type Harness } from '../../../main/harness/server';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';
import { recordingStore } from '../../helpers/fakeContext';

let harness: Harness;
// The session policy reads the idle time from settings at start; anything else would be a leak.
const writes = () => calls.filter((call) => call !== 'settings.get');
let root: string;
const { store, calls } = recordingStore();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hipspine-harness-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><meta charset="UTF-8" /></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');
  harness = await startHarness({
    dataDir: join(root, 'data'),
    rendererDir,
    openStore: async () => store,
  });
});

afterAll(async () => {
  await harness.close();
  rmSync(root, { recursive: true, force: true });
});

async function tokenFromBridge(): Promise<string> {
  const script = await (await fetch(new URL('/__harness/bridge.js', harness.url))).text();
  const match = /const token = "([0-9a-f]+)"/.exec(script);
  if (!match?.[1]) throw new Error('no token in bridge script');
  return match[1];
}

/** Raw request, so tests can forge Host and Origin headers (fetch forbids setting Host). */
function post(
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const url = new URL(path, harness.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser harness server', () => {
  it('serves the page with the bridge first and the CSP header', async () => {
    const response = await fetch(harness.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toMatch(
      /<head><script src="\/__harness\/bridge.js"><\/script>|<head>\s*<script src="\/__harness\/bridge.js">/,
    );
  });

  it('builds window.api from exactly the contract channels', async () => {
    const script = await (await fetch(new URL('/__harness/bridge.js', harness.url))).text();
    const listed = JSON.parse(
      /const channels = (\[[^\]]*\]);/.exec(script)?.[1] ?? '[]',
    ) as string[];
    expect(listed).toEqual(CHANNEL_NAMES);
  });

  it('refuses path traversal', async () => {
    const response = await fetch(new URL('/%2e%2e/secret.txt', harness.url));
    expect(response.status).toBe(404);
  });

  it('answers a call with the token from its own origin', async () => {
    const token = await tokenFromBridge();
    const host = new URL(harness.url).host;
    const response = await post('/__api/app%3Ainfo', JSON.stringify({ payload: {} }), {
      host,
      origin: `http://${host}`,
      [TOKEN_HEADER]: token,
      'content-type': 'application/json',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { harness: true } });
  });

  it('refuses a call without the token, with a wrong token, from another origin or Host', async () => {
    const token = await tokenFromBridge();
    const host = new URL(harness.url).host;
    const body = JSON.stringify({ payload: { givenName: 'A', familyName: 'B' } });
    const cases: [Record<string, string>, number][] = [
      [{ host }, 403],
      [{ host, [TOKEN_HEADER]: 'f'.repeat(64) }, 403],
      [{ host, origin: 'https://evil.example', [TOKEN_HEADER]: token }, 403],
      [{ host, origin: 'null', [TOKEN_HEADER]: token }, 403],
      [{ host: 'evil.example', [TOKEN_HEADER]: token }, 421],
    ];
    for (const [headers, status] of cases) {
      expect((await post('/__api/patients%3Acreate', body, headers)).status).toBe(status);
    }
    expect(writes()).toEqual([]);
  });

  it('passes unknown channels and bad JSON to the same refusals as Electron', async () => {
    const token = await tokenFromBridge();
    const host = new URL(harness.url).host;
    const unknown = await post('/__api/patients%3AdeleteAll', '{}', {
      host,
      [TOKEN_HEADER]: token,
    });
    expect(JSON.parse(unknown.body)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    const badJson = await post('/__api/app%3Ainfo', '{not json', { host, [TOKEN_HEADER]: token });
    expect(badJson.status).toBe(400);
    expect(writes()).toEqual([]);
  });

  it('injects the bridge even into a page without <head>', () => {
    expect(injectBridge('<body></body>')).toMatch(
      /^<script src="\/__harness\/bridge.js"><\/script>/,
    );
  });
});

describe('browser harness start-up', () => {
  it('closes the store when the port is taken', async () => {
    let closed = 0;
    const taken = Number(new URL(harness.url).port);
    await expect(
      startHarness({
        dataDir: join(root, 'data2'),
        rendererDir: root,
        port: taken,
        openStore: async () => ({ ...store, close: async () => void (closed += 1) }),
      }),
    ).rejects.toThrow(/EADDRINUSE/);
    expect(closed).toBe(1);
  });
});
