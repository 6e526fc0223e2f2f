/** Which URLs may leave the app and which frames may talk to the main process (no Electron import: testable under Node). */

/** Only https links leave the app, and only without credentials in them. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * Whether an IPC message comes from the app's own page: the same file (file: URLs all
 * share the origin "null", so the path decides) or the dev server's origin.
 */
export function isAppFrame(frameUrl: string | undefined, appUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return frame.protocol === 'file:' && frame.pathname === app.pathname;
    return frame.origin === app.origin;
  } catch {
    return false;
  }
}
