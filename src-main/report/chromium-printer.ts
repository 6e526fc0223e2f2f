/**
 * The PdfPrinter of plain Node: the system Chromium or Google Chrome, driven by
 * playwright-core (no browser download). Launched headless with networking features off
 * and a fresh temporary profile (playwright creates and removes its user-data-dir); pages
 * run without JavaScript, since a report is static HTML and SVG.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Browser, BrowserContext, BrowserType, Page } from 'playwright-core';
import { AppError } from '@shared/errors.js';
import { PAGE_MARGINS } from './pdf.js';
import type { PdfPrinter, PrintOptions } from './pdf.js';

/**
 * Headless and quiet: without the background-networking flags Chromium floods a closed
 * network with update and sync requests, and each one waits for a timeout offline. The e2e harness uses the same.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where the browser is: $CHROME_PATH first, then the usual install places, then $PATH. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, places: readonly string[] = BROWSER_PATHS): { path: string | null; tried: string[] } {
  const candidates = [
    ...(env.CHROME_PATH ? [env.CHROME_PATH] : []),
    ...places,
    ...(env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => PATH_NAMES.map((n) => join(dir, n))),
  ];
  const found = candidates.find(executable) ?? null;
  return { path: found, tried: ['$CHROME_PATH', ...PATH_NAMES] };
}

// playwright-core (a dependency, so the build leaves it external) is loaded only when a
// report is printed: most runs never need it.
async function loadChromium(): Promise<BrowserType> {
  try {
    return (await import('playwright-core')).chromium;
  } catch (e) {
    throw new AppError('error.noChromium', { tried: `playwright-core (${e instanceof Error ? e.message : String(e)})` });
  }
}

/** Launches the browser once; print and rasterise share it until `close`. */
export async function launchChromiumPrinter(env: NodeJS.ProcessEnv = process.env, places: readonly string[] = BROWSER_PATHS): Promise<PdfPrinter> {
  const { path, tried } = findBrowser(env, places);
  if (!path) throw new AppError('error.noChromium', { tried: tried.join(', ') });
  const chromium = await loadChromium();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
  } catch (e) {
    throw new AppError('error.noChromium', { tried: `${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` });
  }
  let raster: { context: BrowserContext; page: Page } | undefined;
  return {
    async print(html: string, options?: PrintOptions) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          margin: PAGE_MARGINS,
          displayHeaderFooter: Boolean(options),
          headerTemplate: options?.headerTemplate ?? '<span></span>',
          footerTemplate: options?.footerTemplate ?? '<span></span>',
        });
      } catch (e) {
        throw new AppError('error.pdfFailed', { detail: e instanceof Error ? e.message.split('\n')[0] : String(e) });
      } finally {
        await context.close();
      }
    },
    async rasterise(svg: string, width: number, height: number) {
      if (!raster) {
        const context = await browser.newContext({ javaScriptEnabled: false, deviceScaleFactor: 2, viewport: { width, height } });
        raster = { context, page: await context.newPage() };
      }
      const { page } = raster;
      await page.setViewportSize({ width: Math.ceil(width), height: Math.ceil(height) });
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:#fff">${svg}</body></html>`, { waitUntil: 'load' });
      return page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height) } });
    },
    async close() {
      await browser.close();
    },
  };
}
