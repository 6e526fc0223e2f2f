/** The globals the Electron preload defines (src-shared/desktop-bridge.ts); in the browser both are undefined. */
import type { ApiClient } from '@shared/api.js';
import type { DesktopBridge } from '@shared/desktop-bridge.js';

declare global {
  interface Window {
    api?: ApiClient;
    desktop?: DesktopBridge;
  }
}
