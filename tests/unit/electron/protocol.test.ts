import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  mimeTypeFor,
  registerAppProtocol,
  resolveAppUrl,
  resolveStaticPath,
} from '../../../main/electron/protocol';

const root = mkdtempSync(join(tmpdir(), 'hipspine-protocol-'));
mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'renderer', 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'patient list');
const rendererDir = join(root, 'renderer');

describe('resolveStaticPath', () => {
  it('maps / and files inside the renderer folder', () => {
    expect(resolveStaticPath(rendererDir, '/')).toEqual({
      ok: true,
      file: join(rendererDir, 'index.html'),
    });
    expect(resolveStaticPath(rendererDir, '/assets/index.js')).toEqual({
      ok: true,
      file: join(rendererDir, 'assets', 'index.js'),
    });
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/assets/../../secret.txt',
    '/..',
  ])('refuses traversal %s', (path) => {
    const result = resolveStaticPath(rendererDir, path);
    expect(result.ok).toBe(false);
  });
});

describe('resolveAppUrl', () => {
  it('serves only the app host', () => {
    expect(resolveAppUrl(rendererDir, 'app://renderer/index.html').ok).toBe(true);
    expect(resolveAppUrl(rendererDir, 'app://evil/index.html').ok).toBe(false);
    expect(resolveAppUrl(rendererDir, 'app://renderer/..%2f..%2fsecret.txt').ok).toBe(false);
    expect(resolveAppUrl(rendererDir, 'file:///etc/passwd').ok).toBe(false);
  });
});

describe('registerAppProtocol', () => {
  type ProtocolHandler = (request: Request) => Promise<Response>;
  const handlers = new Map<string, ProtocolHandler>();
  registerAppProtocol(
    {
      handle: (scheme: string, handler: ProtocolHandler) => handlers.set(scheme, handler),
    } as never,
    rendererDir,
  );
  const serve = (url: string) => {
    const handler = handlers.get('app');
    if (!handler) throw new Error('app scheme not registered');
    return handler({ url } as Request);
  };

  it('serves the page with the CSP header and its MIME type', async () => {
    const response = await serve('app://renderer/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for a file outside the folder or a missing file', async () => {
    expect((await serve('app://renderer/%2e%2e/secret.txt')).status).toBe(404);
    expect((await serve('app://renderer/missing.js')).status).toBe(404);
  });

  it('knows the types the build emits', () => {
    expect(mimeTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.exe')).toBe('application/octet-stream');
  });
});
