/**
 * End-to-end harness: the built web host (out/main/web.js) as a child process on a free
 * port with a temp workspace, and Debian's Chromium driven by playwright-core.
 * `npm test` builds before vitest runs, so out/ is current.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import type { ApiInput, ApiName, ApiOutput, ApiResponse } from '@shared/api.js';
import { CHROMIUM_ARGS } from '../../src-main/report/chromium-printer.js';
import { DEMO_NAME } from '../../src-main/services/project-handlers.js';
import { projectFileName } from '../../src-main/services/workspace.js';
import { sharedDemoFile } from '../helpers/demo.js';

export const SHOTS_DIR = join(process.cwd(), 'test-results', 'e2e');


export interface WebHostProcess {
  url: string;
  launchUrl: string;
  token: string;
  workspace: string;
  call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>>;
  stop(): Promise<void>;
}

export interface WebHostOptions {
  /**
   * The demo project already in the workspace (a copy of the run's one, built by the CLI),
   * so that “Open the demo project” opens it at once instead of building it again (seconds of
   * CPU) in every file. Only for tests whose subject is not the building itself (that is
   * demo-language.test.ts's, which starts without it).
   */
  demo?: boolean;
}

export async function startWebHost(options: WebHostOptions = {}): Promise<WebHostProcess> {
  const workspace = mkdtempSync(join(tmpdir(), 'roi-e2e-'));
  if (options.demo) copyFileSync(sharedDemoFile(), join(workspace, projectFileName(DEMO_NAME)));
  const child: ChildProcess = spawn(process.execPath, ['out/main/web.js', '--port', '0', '--workspace', workspace, '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const launchUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${output}`)), 20_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${output}`)));
  });
  const url = launchUrl.replace(/\?.*$/, '');
  const token = new URL(launchUrl).searchParams.get('token')!;
  return {
    url,
    launchUrl,
    token,
    workspace,
    async call(name, input) {
      const res = await fetch(`${url}api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const envelope = (await res.json()) as ApiResponse<typeof name>;
      if (!envelope.ok) throw new Error(`${name}: ${JSON.stringify(envelope.error)}`);
      return envelope.value as ApiOutput<typeof name>;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}

export interface BrowserSession {
  browser: Browser;
  page: Page;
  /** Errors the page threw or logged: a test asserts there are none. */
  pageErrors: string[];
  shot(name: string): Promise<string>;
  /** One element, scrolled into view (the app scrolls inside <main>, not the page). */
  shotOf(name: string, target: Locator): Promise<string>;
  close(): Promise<void>;
}

export async function openBrowser(options: { locale?: string; width?: number; height?: number } = {}): Promise<BrowserSession> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  return {
    browser,
    page,
    pageErrors,
    async shot(name) {
      const path = join(SHOTS_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async shotOf(name, target) {
      const path = join(SHOTS_DIR, `${name}.png`);
      await target.scrollIntoViewIfNeeded();
      await target.screenshot({ path });
      return path;
    },
    close: () => browser.close(),
  };
}

/** From the first-run screen: a new project named `name`, waiting until its Data step shows. */
export async function createProject(page: Page, launchUrl: string, name: string): Promise<void> {
  await page.goto(launchUrl);
  await page.getByTestId('project-name').fill(name);
  await page.getByTestId('create-project').click();
  await page.getByTestId('data-step').waitFor();
}

/** From the Data step: the import wizard opened on `file`, waiting until its kind is detected. */
export async function chooseFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('open-import').click();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('detected').waitFor();
}

/** From the wizard's check step: import, wait for the quality report, close the wizard. */
export async function finishImport(page: Page): Promise<void> {
  await page.getByTestId('start-import').click();
  await page.getByTestId('quality-report').waitFor({ timeout: 30_000 });
  await page.getByTestId('wizard-done').click();
}

/** A whole import through the wizard with what it detected and mapped. */
export async function importFile(page: Page, file: string): Promise<void> {
  await chooseFile(page, file);
  await page.getByTestId('wizard-next').click();
  await finishImport(page);
}
