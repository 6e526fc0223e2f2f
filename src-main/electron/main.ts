/**
 * The Electron host: one hardened window over the same services as the web host.
 * Built to out/main/index.js (package.json "main"); the preload to out/preload/preload.cjs.
 */
import { app, BrowserWindow, nativeTheme } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServices } from '../services/index.js';
import { userPaths } from '../services/path-policy.js';
import type { Services } from '../services/index.js';
import { registerIpc } from './ipc.js';
import { createElectronPrinter } from './printer.js';
import { hardenApp, secureWebPreferences } from './security.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const preload = join(here, '../preload/preload.cjs');
const pageFile = join(here, '../renderer/index.html');
// electron-vite dev serves the renderer itself; a packaged app never does.
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appUrl = devUrl ?? pathToFileURL(pageFile).href;

hardenApp();
if (!app.requestSingleInstanceLock()) app.quit();

let services: Services | undefined;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'ROI Studio',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171c' : '#f6f7f9',
    webPreferences: secureWebPreferences(preload),
  });
  window.once('ready-to-show', () => window.show());
  void (devUrl ? window.loadURL(devUrl) : window.loadFile(pageFile));
  return window;
}

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

void app.whenReady().then(() => {
  services = createServices({
    workspace: join(app.getPath('documents'), 'ROI Studio'),
    host: 'electron',
    version: app.getVersion(),
    // Paths come from native dialogs and the user's own choices: the user's to name.
    paths: userPaths,
    printer: createElectronPrinter(),
  });
  registerIpc(services, appUrl);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => services?.close());
