// Hostile input against the shell's policy functions: everything off the app's origin is refused.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CSP_DIRECTIVES,
  contentSecurityPolicy,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  isAllowedNavigation,
  isTrustedSender,
  parseCsp,
} from '../../../main/electron/security';

const HOSTILE_URLS = [
  'file:///etc/passwd',
  'file:///C:/Windows/System32/config/SAM',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://renderer/1234',
  'about:blank',
  'https://app.example/',
  'https://renderer/',
  'http://127.0.0.1:8080/',
  'app://evil/index.html',
  'app://renderer.evil/index.html',
  'app://renderer@evil/index.html',
  'app://evil@renderer/index.html',
  'app://renderer:8080/index.html',
  'apps://renderer/index.html',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  '//renderer/index.html',
  'renderer/index.html',
  '',
  'not a url',
];

// Every permission name Electron 41's setPermissionRequestHandler/CheckHandler can pass.
const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'deprecated-sync-clipboard-read',
];

describe('navigation', () => {
  it('allows only the app origin', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://renderer/')).toBe(true);
  });

  it.each(HOSTILE_URLS)('refuses %j', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('new windows', () => {
  it.each([APP_ENTRY_URL, ...HOSTILE_URLS])('are denied for %j', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it.each(PERMISSIONS)('request for %s is refused', (permission) => {
    let granted: boolean | undefined;
    denyPermissionRequest({}, permission, (answer) => {
      granted = answer;
    });
    expect(granted).toBe(false);
  });

  it.each(PERMISSIONS)('check for %s is refused', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('IPC sender frame', () => {
  it('trusts the app main frame only', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
  });

  it('refuses a subframe, a destroyed frame, and every foreign origin', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    for (const url of HOSTILE_URLS) expect(isTrustedSender({ url, parent: null })).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const policy = parseCsp(contentSecurityPolicy());

  it('is strict: nothing remote, no inline code, no eval, no plugins, no framing', () => {
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    for (const sources of Object.values(policy)) {
      for (const source of sources) {
        expect(source).toMatch(/^('self'|'none'|data:|blob:)$/);
      }
    }
  });

  // The <meta> tag must say the same as the header (minus frame-ancestors, ignored in <meta>), or
  // the browser enforces whichever is stricter and the two drift apart unnoticed.
  const metaPolicy = (html: string): Record<string, string[]> => {
    const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(match, 'the page has a CSP <meta> tag').not.toBeNull();
    return parseCsp(match?.[1] ?? '');
  };
  const { 'frame-ancestors': _ignored, ...expectedMeta } = CSP_DIRECTIVES;

  it('matches the <meta> tag in renderer/index.html', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    expect(metaPolicy(html)).toEqual(expectedMeta);
  });

  const built = resolve(import.meta.dirname, '../../../out/renderer/index.html');
  it.skipIf(!existsSync(built))(
    'matches the <meta> tag in the built out/renderer/index.html (skipped until `npm run build`)',
    () => {
      const html = readFileSync(built, 'utf8');
      expect(metaPolicy(html)).toEqual(expectedMeta);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html).not.toMatch(/https?:\/\//i);
    },
  );
});
