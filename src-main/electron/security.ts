/**
 * All of the window hardening in one place (Electron's security checklist, and Actual's
 * security.ts): sandboxed renderers, the app's CSP on every response, no navigation, no
 * new windows, no permissions, no webviews, and one checked way out to the web.
 */
import { app, session, shell } from 'electron';
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@shared/csp.js';
import { isSafeExternalUrl } from './url-policy.js';

/** The web preferences every window of the app is created with. */
export function secureWebPreferences(preload: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export async function openExternalSafely(url: unknown): Promise<void> {
  if (typeof url === 'string' && isSafeExternalUrl(url)) await shell.openExternal(url);
}

function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

function hardenContents(contents: WebContents): void {
  // The app is one page: any navigation is a link or a drop gone wrong, never wanted.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    void openExternalSafely(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** Call before the app is ready: every renderer sandboxed, every session and page hardened. */
export function hardenApp(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('session-created', hardenSession);
  void app.whenReady().then(() => hardenSession(session.defaultSession));
}
