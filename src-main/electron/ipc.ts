/**
 * The typed API over IPC: one channel carries every call, its name checked against
 * API_NAMES (the services check the input); job events go to every window.
 */
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { API_NAMES } from '@shared/api.js';
import type { ApiName } from '@shared/api.js';
import type { Services } from '../services/index.js';
import { API_CHANNEL, CHOOSE_PROJECT_CHANNEL, JOB_EVENT_CHANNEL, OPEN_EXTERNAL_CHANNEL } from './channels.js';
import { openExternalSafely } from './security.js';
import { isAppFrame } from './url-policy.js';

export function registerIpc(services: Services, appUrl: string): () => void {
  const trusted = (frameUrl: string | undefined): boolean => isAppFrame(frameUrl, appUrl);

  ipcMain.handle(API_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!trusted(event.senderFrame?.url)) return { ok: false, error: { code: 'ui.error.unauthorized', params: {} } };
    if (typeof name !== 'string' || !(API_NAMES as string[]).includes(name)) {
      return { ok: false, error: { code: 'error.invalidInput', params: { detail: `unknown call "${String(name)}"` } } };
    }
    return services.call(name as ApiName, input);
  });
  ipcMain.handle(OPEN_EXTERNAL_CHANNEL, async (event, url: unknown) => {
    if (trusted(event.senderFrame?.url)) await openExternalSafely(url);
  });
  ipcMain.handle(CHOOSE_PROJECT_CHANNEL, async (event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window || !trusted(event.senderFrame?.url)) return null;
    const result = await dialog.showOpenDialog(window, { properties: ['openFile'], filters: [{ name: 'ROI Studio', extensions: ['roi'] }] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  const unsubscribe = services.onJobEvent((jobEvent) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(JOB_EVENT_CHANNEL, jobEvent);
  });
  return () => {
    unsubscribe();
    for (const channel of [API_CHANNEL, OPEN_EXTERNAL_CHANNEL, CHOOSE_PROJECT_CHANNEL]) ipcMain.removeHandler(channel);
  };
}
