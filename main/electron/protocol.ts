// The `app://renderer/...` scheme serves the built renderer (out/renderer) instead of file://, so the
// page has a real origin, a CSP header, and cannot read arbitrary files. Path resolution is a pure
// function shared with the browser harness; Electron's `protocol` object is passed in.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_HOST, APP_SCHEME, contentSecurityPolicy } from './security';

/** Registered before `ready`: a standard, secure scheme with fetch; no CORS bypass, no service workers. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function mimeTypeFor(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticResolution = { ok: true; file: string } | { ok: false; status: 400 | 404 };

/**
 * Maps a request path ("/assets/index.js", "/" → index.html) to a file inside `root`, or refuses:
 * encoded traversal (`%2e%2e%2f`), back-slashes, NUL bytes and anything resolving outside `root`.
 */
export function resolveStaticPath(root: string, pathname: string): StaticResolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const relative = decoded === '' || decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, relative);
  if (!file.startsWith(base + sep)) return { ok: false, status: 404 };
  return { ok: true, file };
}

/** Resolves a full `app://` URL; other hosts are refused. */
export function resolveAppUrl(root: string, url: string): StaticResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return { ok: false, status: 404 };
  }
  return resolveStaticPath(root, parsed.pathname);
}

export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppUrl(rendererDir, request.url);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      const body = await readFile(resolved.file);
      return new Response(body, {
        status: 200,
        headers: { ...STATIC_HEADERS, 'Content-Type': mimeTypeFor(resolved.file) },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
