import { describe, expect, it, vi } from 'vitest';

// A fake `electron` module: the real one throws under plain Node (no binary here).
const created = vi.hoisted(() => [] as { options: unknown; loaded: string[] }[]);

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class FakeWebContents extends EventEmitter {
    windowOpenHandler: unknown = null;
    setWindowOpenHandler(handler: unknown) {
      this.windowOpenHandler = handler;
    }
  }
  class BrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    record: { options: unknown; loaded: string[] };
    constructor(options: unknown) {
      super();
      this.record = { options, loaded: [] };
      created.push(this.record);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    show() {}
  }
  return { BrowserWindow };
});

const { createMainWindow, hardenWebContents, mainWindowOptions } =
  await import('../../../main/electron/window');

describe('mainWindowOptions', () => {
  const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences;

  it('hardens webPreferences', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      plugins: false,
    });
  });

  it('sets no option that loosens isolation', () => {
    const loose = ['enableBlinkFeatures', 'additionalArguments', 'partition', 'devTools'];
    for (const key of loose) expect(prefs).not.toHaveProperty(key);
  });
});

describe('createMainWindow', () => {
  it('loads the app origin, never file:// or a dev server', () => {
    createMainWindow('/p.cjs');
    expect(created.at(-1)?.loaded).toEqual(['app://renderer/index.html']);
  });
});

describe('hardenWebContents', () => {
  type Handler = (event: { preventDefault(): void }, url?: string) => void;
  function fakeContents() {
    const listeners = new Map<string, Handler>();
    const contents = {
      windowOpenHandler: null as null | (() => unknown),
      on(name: string, handler: Handler) {
        listeners.set(name, handler);
        return contents;
      },
      setWindowOpenHandler(handler: () => unknown) {
        contents.windowOpenHandler = handler;
      },
    };
    const fire = (name: string, url?: string) => {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) };
      listeners.get(name)?.(event, url);
      return event.prevented;
    };
    return { contents, fire };
  }

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://app.example/',
    'app://evil/index.html',
    'app://renderer.evil/',
  ])('blocks navigation and redirects to %s', (url) => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents as never);
    expect(fire('will-navigate', url)).toBe(true);
    expect(fire('will-redirect', url)).toBe(true);
  });

  it('lets the app reload itself, blocks webviews and denies new windows', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents as never);
    expect(fire('will-navigate', 'app://renderer/index.html')).toBe(false);
    expect(fire('will-attach-webview')).toBe(true);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});
