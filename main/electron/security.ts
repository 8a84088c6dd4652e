// Pure security policy for the Electron shell: what the window may load, navigate to, open, ask
// for, and who may call IPC. No Electron import here, so unit tests assert it directly.

/** The app's own origin: the built renderer served by the `app://` protocol (protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The Content-Security-Policy, sent as a header by the protocol handler and the browser harness.
 * The app is offline: nothing remote, no inline script or style, no eval, no plugins, no frames.
 * The letter preview does not embed the PDF (no `object-src`/`frame-src`, plugins off): the screen
 * shows the letter's facts and offers Save/Print, so the PDF viewer never runs inside the app.
 * renderer/index.html carries the same directives in a <meta> tag (minus `frame-ancestors`,
 * which browsers ignore in <meta>); a unit test keeps the two identical.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function contentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES,
): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Parses a CSP string into directive → sources (for tests and the harness). */
export function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

/** True only for a URL on the app's own origin (`app://renderer/...`), exactly. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node's URL gives non-special schemes an opaque origin ("null"), so compare the parts instead.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The renderer is a single page: it may reload itself and nothing else. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** setWindowOpenHandler: no new windows, ever (links to the web are not part of an offline app). */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** setPermissionRequestHandler: camera, microphone, notifications, geolocation... all refused. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** setPermissionCheckHandler and setDevicePermissionHandler: refuse. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** The parts of Electron's WebFrameMain that sender validation reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * IPC is accepted only from the app's own top-level frame (VS Code's rule): a subframe, a frame that
 * has navigated away, or a destroyed frame (null) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}
