// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item by
// item, asserted against the app's own policy functions and sources. The Electron binary is not
// installed here, so 'electron' is replaced by a fake that records what the shell code does with it;
// the policy under test (options, CSP, handlers, protocol, sender check) is the real code.
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const { exposed, invoked } = vi.hoisted(() => ({
  exposed: {} as Record<string, unknown>,
  invoked: [] as { channel: string; request: unknown }[],
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class FakeWebContents extends EventEmitter {
    windowOpenHandler: ((details: unknown) => unknown) | null = null;
    setWindowOpenHandler(handler: (details: unknown) => unknown) {
      this.windowOpenHandler = handler;
    }
  }
  class BrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadURL() {
      return Promise.resolve();
    }
    show() {}
  }
  return {
    BrowserWindow,
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        exposed[key] = value;
      },
    },
    ipcRenderer: {
      invoke: (channel: string, request: unknown) => {
        invoked.push({ channel, request });
        return Promise.resolve({ ok: true, value: null });
      },
    },
  };
});

const security = await import('../../main/electron/security');
const { mainWindowOptions, hardenWebContents } = await import('../../main/electron/window');
const { resolveAppUrl, resolveStaticPath, APP_SCHEME_PRIVILEGES, STATIC_HEADERS } =
  await import('../../main/electron/protocol');
const { handleInvoke, registerIpc } = await import('../../main/electron/ipc');
const { CHANNEL_NAMES } = await import('../../shared/ipc/contract');
const { builderConfig } = await import('../../electron.config');

const ROOT = join(import.meta.dirname, '../..');
const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences ?? {};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}
const appSources = [...sourceFiles('main'), ...sourceFiles('renderer'), ...sourceFiles('shared')];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const sourcesMatching = (pattern: RegExp) => appSources.filter((f) => pattern.test(read(f)));

function fakeContents() {
  const contents = new EventEmitter() as EventEmitter & {
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
    setWindowOpenHandler: (h: (details: { url: string }) => { action: string }) => void;
  };
  contents.windowOpenHandler = null;
  contents.setWindowOpenHandler = (h) => {
    contents.windowOpenHandler = h;
  };
  hardenWebContents(contents as never);
  return contents;
}

function emitPrevented(contents: EventEmitter, event: string, url?: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

const REMOTE = [
  'https://example.com/',
  'http://localhost:3000/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://renderer.evil.com/index.html',
  'app://user:pass@renderer/index.html',
  'app://other/index.html',
  'APP:/renderer/../../etc',
  '',
];

describe('Electron security checklist', () => {
  it('1. only secure content: the window loads the app:// origin and nothing remote', () => {
    expect(security.APP_ENTRY_URL).toBe('app://renderer/index.html');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    const csp = security.parseCsp(security.contentSecurityPolicy());
    const sources = Object.values(csp).flat();
    expect(sources.filter((s) => /^(https?|wss?|ftp):|^\*$|^\*\./i.test(s))).toEqual([]);
    // No http(s) URL is loaded anywhere in app code (links in comments are not loads).
    expect(sourcesMatching(/loadURL\(\s*['"`]https?:/)).toEqual([]);
  });

  it('2. no Node.js integration in the renderer, its workers or subframes', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('3. context isolation on', () => {
    expect(prefs.contextIsolation).toBe(true);
  });

  it('4. process sandbox on (and the preload is CommonJS, as sandboxed preloads must be)', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.preload).toMatch(/\.cjs$/);
  });

  it('5. session permission requests are refused, and main installs the handlers', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'hid']) {
      const callback = vi.fn();
      security.denyPermissionRequest(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(security.denyPermissionCheck()).toBe(false);
    const main = read('main/electron/main.ts');
    expect(main).toMatch(/setPermissionRequestHandler\(denyPermissionRequest\)/);
    expect(main).toMatch(/setPermissionCheckHandler\(denyPermissionCheck\)/);
    expect(main).toMatch(/setDevicePermissionHandler\(denyPermissionCheck\)/);
  });

  it('6. webSecurity is not disabled', () => {
    expect(prefs.webSecurity).not.toBe(false);
    expect(sourcesMatching(/webSecurity:\s*false/)).toEqual([]);
  });

  it('7. a strict Content-Security-Policy, in the header and in the page', () => {
    const header = STATIC_HEADERS['Content-Security-Policy'] ?? '';
    const csp = security.parseCsp(header);
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|unsafe-hashes/);
    const html = read('renderer/index.html');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const { 'frame-ancestors': _ignoredInMeta, ...expected } = csp;
    expect(security.parseCsp(meta)).toEqual(expected);
  });

  it('8. no insecure content over secure pages', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('9. no experimental features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('10. no enableBlinkFeatures', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(sourcesMatching(/enableBlinkFeatures/)).toEqual([]);
  });

  it('11–12. no <webview>: the tag is off and any attempt to attach one is prevented', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(emitPrevented(fakeContents(), 'will-attach-webview')).toBe(true);
    expect(sourcesMatching(/<webview|allowpopups/)).toEqual([]);
  });

  it('13. navigation limited to the app origin (and redirects likewise)', () => {
    const contents = fakeContents();
    for (const url of REMOTE) {
      expect(security.isAllowedNavigation(url), url).toBe(false);
      expect(emitPrevented(contents, 'will-navigate', url), url).toBe(true);
      expect(emitPrevented(contents, 'will-redirect', url), url).toBe(true);
    }
    expect(emitPrevented(contents, 'will-navigate', 'app://renderer/index.html')).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('14. new windows denied, whatever the URL', () => {
    const contents = fakeContents();
    for (const url of [...REMOTE, 'app://renderer/index.html']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(read('main/electron/main.ts')).toMatch(/web-contents-created.*hardenWebContents/s);
  });

  it('15. shell.openExternal is never called; openPath only opens a PDF the app wrote', async () => {
    expect(sourcesMatching(/openExternal/)).toEqual([]);
    // The one openPath: the print fallback opens the letter PDF the app just wrote into its own
    // letters folder, under a name built from the letter id and date (no user text, no separators).
    expect(sourcesMatching(/\bopenPath\(/)).toEqual(['main/pdf/output/electronLetterOutput.ts']);
    expect(read('main/pdf/output/electronLetterOutput.ts')).toMatch(
      /const path = join\(deps\.tempDir, suggestedName\)/,
    );
    const { letterFileName } = await import('../../main/pdf/output/letterOutput');
    for (const id of ['../../etc/passwd', 'a/b\\c', 'x.exe', 'évil name', '']) {
      expect(letterFileName(id, '2025-03-01T10:00:00Z')).toMatch(
        /^referral-letter-2025-03-01-[A-Za-z0-9_-]*\.pdf$/,
      );
    }
  });

  it('16. a current, exactly pinned Electron', () => {
    const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
    const pinned = pkg.devDependencies.electron ?? '';
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = (
      JSON.parse(read('node_modules/electron/package.json')) as { version: string }
    ).version;
    expect(installed).toBe(pinned);
    // Electron supports its latest three majors. 41 is current as this is written (41.9+ needs
    // Node 22.12, see TOOLCHAIN); raise this floor with every upgrade, never lower it.
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(41);
  });

  it('17. IPC only from the app’s own top-level frame; others never reach the dispatcher', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    const refused = [
      null,
      undefined,
      { url: 'https://evil.example/', parent: null },
      { url: 'app://renderer/index.html', parent: {} }, // a subframe
      { url: 'file:///index.html', parent: null },
      { url: 'app://renderer.evil/index.html', parent: null },
    ];
    for (const senderFrame of refused) {
      const result = await handleInvoke(dispatch, 'auth:status', { senderFrame } as never, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
    const trusted = { url: 'app://renderer/index.html', parent: null };
    await handleInvoke(dispatch, 'auth:status', { senderFrame: trusted } as never, {});
    expect(dispatch).toHaveBeenCalledTimes(1);
    // ipcMain gets exactly the contract's channels, each through the sender check.
    const registered: string[] = [];
    registerIpc({ handle: (channel: string) => void registered.push(channel) } as never, dispatch);
    expect(registered.sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('18. a custom protocol instead of file://, refusing paths outside the renderer folder', () => {
    expect(sourcesMatching(/\.loadFile\(|loadURL\(\s*['"`]file:/)).toEqual([]);
    // The one file:// load is the hidden print window showing the letter PDF the app wrote: no
    // preload, sandboxed, isolated, and the grantFileProtocolExtraPrivileges fuse is off (item 19).
    expect(sourcesMatching(/pathToFileURL\(/)).toEqual(['main/pdf/output/electronLetterOutput.ts']);
    const printWindow = read('main/pdf/output/electronLetterOutput.ts');
    expect(printWindow).toMatch(/webPreferences: \{[^}]*sandbox: true[^}]*contextIsolation: true/);
    expect(printWindow).not.toMatch(/preload|nodeIntegration/);
    const root = '/app/out/renderer';
    expect(resolveStaticPath(root, '/')).toEqual({ ok: true, file: `${root}/index.html` });
    expect(resolveStaticPath(root, '/assets/index.js')).toMatchObject({ ok: true });
    for (const path of [
      '/../main/index.js',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2fetc%2fpasswd',
      '/..\\..\\windows\\win.ini',
      '/index.html%00.png',
      '/%E0%A4%A',
    ]) {
      expect(resolveStaticPath(root, path), path).toMatchObject({ ok: false });
    }
    expect(resolveAppUrl(root, 'app://evil/index.html')).toMatchObject({ ok: false });
    expect(resolveAppUrl(root, 'file:///etc/passwd')).toMatchObject({ ok: false });
    expect(STATIC_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('19. fuses: no ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect; code only from a checked asar', () => {
    // electron-builder flips these in the packaged binary (not run here: packaging downloads Electron).
    expect(builderConfig.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(builderConfig.asar).not.toBe(false);
  });

  it('20. Electron APIs are not exposed: the page gets one frozen function per contract channel', async () => {
    await import('../../main/electron/preload');
    const api = exposed.api as Record<string, (request: unknown) => Promise<unknown>>;
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    await api['auth:status']?.({});
    expect(invoked).toEqual([{ channel: 'auth:status', request: {} }]);
    const preload = read('main/electron/preload.ts');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
  });

  it('extra: plugins off, no remote module, no eval or raw HTML in the renderer', () => {
    expect(prefs.plugins).toBe(false);
    expect(sourcesMatching(/@electron\/remote|enableRemoteModule/)).toEqual([]);
    const renderer = appSources.filter((f) => f.startsWith('renderer'));
    const risky = renderer.filter((f) =>
      /dangerouslySetInnerHTML|\beval\(|new Function\(|\.innerHTML\s*=/.test(read(f)),
    );
    expect(risky.map((f) => relative(ROOT, join(ROOT, f)))).toEqual([]);
  });

  it('extra: the app makes its data folder owner-only before opening the records', () => {
    const main = read('main/electron/main.ts');
    expect(main.indexOf('restrictToOwner(dataDir)')).toBeGreaterThan(0);
    expect(main.indexOf('restrictToOwner(dataDir)')).toBeLessThan(
      main.indexOf('startAppRuntime({'),
    );
  });
});
