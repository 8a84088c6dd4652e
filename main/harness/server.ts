// The browser harness: plain Node http on 127.0.0.1 that serves the built renderer and backs
// `window.api` with the real handler table over a loopback bridge. `npm run dev:browser` and the
// Playwright fixture both start it; only Electron's ipcMain/contextBridge are swapped out.
//
// The bridge accepts a request only with this run's random token, from this server's own origin and
// Host (so another web page, or a DNS-rebinding trick, cannot drive it).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mimeTypeFor, resolveStaticPath, STATIC_HEADERS } from '../electron/protocol';
import { harnessChoices, harnessFilePicker, type FilePicker } from '../backup/filePicker';
import type { StoreOpener } from '../context';
import { startAppRuntime, type AppRuntime } from '../runtime';
import { API_PATH_PREFIX, BRIDGE_SCRIPT_PATH, TOKEN_HEADER, bridgeScript } from './bridge';

export interface HarnessOptions {
  dataDir: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  clock?: () => Date;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Tests may swap the store; the harness otherwise uses the app's SQLite store. */
  openStore?: StoreOpener;
  /**
   * Stands in for the native folder/file dialogs. Default: the folder and file named by
   * HIPSPINE_HARNESS_BACKUP_FOLDER / HIPSPINE_HARNESS_RESTORE_FILE, else inside the data folder
   * (backup/filePicker.ts harnessChoices).
   */
  filePicker?: FilePicker;
}

export interface Harness {
  url: string;
  runtime: AppRuntime;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const runtime = await startAppRuntime({
    dataDir: options.dataDir,
    harness: true,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.openStore ? { openStore: options.openStore } : {}),
    filePicker:
      options.filePicker ?? harnessFilePicker(harnessChoices(options.dataDir, process.env)),
  });
  const token = randomBytes(32).toString('hex');
  let origin = '';

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (`http://${host}` !== origin) return refuse(response, 421);
    const url = new URL(request.url ?? '/', origin);

    if (request.method === 'POST' && url.pathname.startsWith(API_PATH_PREFIX)) {
      if (!isSameOriginCall(request, origin, token)) return refuse(response, 403);
      const body = await readBody(request);
      if (body === null) return refuse(response, 413);
      let payload: unknown;
      try {
        payload = (JSON.parse(body) as { payload?: unknown }).payload;
      } catch {
        return refuse(response, 400);
      }
      const channel = decodeURIComponent(url.pathname.slice(API_PATH_PREFIX.length));
      const result = await runtime.dispatch(channel, payload);
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(result));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405);

    if (url.pathname === BRIDGE_SCRIPT_PATH) {
      return send(response, bridgeScript(token), 'text/javascript; charset=utf-8');
    }
    const resolved = resolveStaticPath(options.rendererDir, url.pathname);
    if (!resolved.ok) return refuse(response, resolved.status);
    let content: Buffer;
    try {
      content = await readFile(resolved.file);
    } catch {
      return refuse(response, 404);
    }
    const type = mimeTypeFor(resolved.file);
    if (type.startsWith('text/html')) {
      return send(response, injectBridge(content.toString('utf8')), type);
    }
    send(response, content, type);
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    // e.g. the chosen port is taken: do not leave the database open behind a failed start.
    await runtime.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  let closed = false;
  return {
    url: `${origin}/`,
    runtime,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runtime.close();
    },
  };
}

/** The bridge script goes first in <head>, so window.api exists before the renderer's modules run. */
export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_SCRIPT_PATH}"></script>`;
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tag}`)
    : `${tag}\n${html}`;
}

function isSameOriginCall(request: IncomingMessage, origin: string, token: string): boolean {
  const sentOrigin = request.headers.origin;
  if (sentOrigin !== undefined && sentOrigin !== origin) return false;
  const sent = request.headers[TOKEN_HEADER];
  if (typeof sent !== 'string' || sent.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(token));
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, body: string | Buffer, type: string): void {
  response.writeHead(200, { ...STATIC_HEADERS, 'Content-Type': type });
  response.end(body);
}

function refuse(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end();
}
