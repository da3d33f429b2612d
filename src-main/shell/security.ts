import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

// The shell's security settings as plain data and functions, so tests can check them without Electron's binary.
// Only types come from electron here; index.ts wires these into the real window and session.

/**
 * Scripts and styles only from the app itself (Mantine injects <style> elements, hence 'unsafe-inline' for styles
 * only); no plugins, frames, forms posting elsewhere or connections anywhere but the app's own origin.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** The page's own <meta> copy: browsers ignore (and complain about) frame-ancestors there; the header carries it. */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Headers every page and file the app serves carries, in the browser version and in the desktop window. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
} as const satisfies WebPreferences;

export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '司法所电子台账',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload },
  };
}

/**
 * Whether `url` is a page of the app: under the renderer folder (file://) or on the dev server's origin. Anything
 * else — a link in a record, a redirect — is refused rather than opened in the window that holds the bridge.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') {
    const folder = app.pathname.slice(0, app.pathname.lastIndexOf('/') + 1);
    return (
      target.protocol === 'file:' &&
      target.host === app.host &&
      target.pathname.startsWith(folder) &&
      !target.pathname.includes('/../')
    );
  }
  return target.origin === app.origin;
}

/** The parts of Electron's WebContents and Session the hardening touches. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string | string[]> },
        callback: (response: { responseHeaders: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/** Navigation and new windows outside the app refused, <webview> refused. */
export function hardenContents(contents: HardenableContents, appUrl: string): void {
  const stayInside = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayInside);
  contents.on('will-redirect', stayInside);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Every permission (camera, notifications, geolocation …) denied; the security headers added to every response. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...(details.responseHeaders ?? {}), ...SECURITY_HEADERS } });
  });
}
