/**
 * The desktop app prints reports with its own Chromium (no browser to install): a
 * hidden, sandboxed window with JavaScript off loads the report's self-contained HTML
 * and `printToPDF` makes the A4 PDF; charts for the Excel report are captured the same
 * way at twice the pixel density. Report jobs reach it through jobs/host-printer.ts.
 */
import { BrowserWindow } from 'electron';
import { PAGE_MARGINS } from '../services/index.js';
import type { PdfPrinter, PrintOptions } from '../services/index.js';

const MM_PER_INCH = 25.4;
const inches = (css: string): number => Number.parseFloat(css) / MM_PER_INCH; // PAGE_MARGINS are in mm

function hiddenWindow(width = 800, height = 600): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width,
    height,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
}

const dataUrl = (html: string): string => `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;

export function createElectronPrinter(): PdfPrinter {
  return {
    async print(html: string, options?: PrintOptions): Promise<Buffer> {
      const win = hiddenWindow();
      try {
        await win.loadURL(dataUrl(html));
        return await win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: Boolean(options),
          headerTemplate: options?.headerTemplate ?? '<span></span>',
          footerTemplate: options?.footerTemplate ?? '<span></span>',
          margins: { top: inches(PAGE_MARGINS.top), bottom: inches(PAGE_MARGINS.bottom), left: inches(PAGE_MARGINS.left), right: inches(PAGE_MARGINS.right) },
        });
      } finally {
        win.destroy();
      }
    },
    async rasterise(svg: string, width: number, height: number): Promise<Buffer> {
      // Drawn at 2× in a window of 2× the size: sharp in Excel on high-density screens.
      const win = hiddenWindow(width * 2, height * 2);
      try {
        await win.loadURL(dataUrl(`<!doctype html><html><body style="margin:0;zoom:2;background:#fff">${svg}</body></html>`));
        const image = await win.webContents.capturePage({ x: 0, y: 0, width: width * 2, height: height * 2 });
        return image.toPNG();
      } finally {
        win.destroy();
      }
    },
    async close(): Promise<void> {},
  };
}
