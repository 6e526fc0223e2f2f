// Clients' spreadsheets must not stay on disk: the built browser host deletes an upload
// once the wizard is done with it (closed, another file chosen, imported), with the real
// services (imports in workers) and the built renderer in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { JobEvent } from '@shared/api.js';
import { openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';
import { writeGbkSpendCsv } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-uploads-'));
const firstCsv = join(dir, 'first-spend.csv');
const secondCsv = join(dir, '巨量引擎花费.csv');
writeGbkSpendCsv(firstCsv);
writeGbkSpendCsv(secondCsv);
const canary = join(dir, 'client.csv');
writeFileSync(canary, 'not yours');
let host: WebHostProcess;
let ui: BrowserSession;

beforeAll(async () => {
  [host, ui] = await Promise.all([startWebHost(), openBrowser({ locale: 'en-US' })]);
});

afterAll(async () => {
  await ui?.close();
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const gone = (file: string): Promise<void> => expect.poll(() => existsSync(dirname(file)), { timeout: 10_000 }).toBe(false);

/**
 * Records in the page where the host put each upload. A hook on XMLHttpRequest, because
 * Chromium may evict an upload's reply before the test can ask for it, and a route would
 * drop the file from the request.
 */
function recordUploads(): string[] {
  const uploads: string[] = [];
  (window as unknown as { roiUploads: string[] }).roiUploads = uploads;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    if (String(url).startsWith('/api/upload')) this.addEventListener('load', () => uploads.push((JSON.parse(this.responseText) as { value: { file: string } }).value.file));
    return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof open;
  return uploads;
}

/** Chooses a file in the wizard; returns where the host put the upload. */
async function chooseFile(path: string): Promise<string> {
  const { page } = ui;
  const uploads = (): Promise<string[]> => page.evaluate(() => (window as unknown as { roiUploads: string[] }).roiUploads);
  const before = (await uploads()).length;
  await page.getByTestId('file-input').setInputFiles(path);
  await page.getByTestId('detected').waitFor();
  await expect.poll(async () => (await uploads()).length).toBe(before + 1);
  const file = (await uploads()).at(-1)!;
  expect(basename(file)).toBe(basename(path));
  expect(existsSync(file)).toBe(true);
  return file;
}

/** Job events as the page gets them (server-sent events); resolves a job's ending. */
async function jobEvents(): Promise<{ ending(jobId: string): Promise<JobEvent>; close(): void }> {
  const controller = new AbortController();
  const res = await fetch(`${host.url}api/events?token=${host.token}`, { signal: controller.signal });
  const reader = res.body!.getReader();
  const seen: JobEvent[] = [];
  let buffer = '';
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += new TextDecoder().decode(value);
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop() ?? '';
      for (const block of blocks) if (block.startsWith('data: ')) seen.push(JSON.parse(block.slice(6)) as JobEvent);
    }
  })().catch(() => undefined);
  return {
    async ending(jobId) {
      await expect.poll(() => seen.some((e) => e.jobId === jobId && e.type !== 'progress'), { timeout: 30_000 }).toBe(true);
      return seen.find((e) => e.jobId === jobId && e.type !== 'progress')!;
    },
    close: () => controller.abort(),
  };
}

async function uploadOverHttp(path: string): Promise<string> {
  const res = await fetch(`${host.url}api/upload?name=${encodeURIComponent(basename(path))}`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` }, body: readFileSync(path) });
  return ((await res.json()) as { value: { file: string } }).value.file;
}

describe('uploads in the browser host', () => {
  it('deletes the upload when the wizard is closed', async () => {
    const { page } = ui;
    await page.addInitScript(recordUploads);
    await page.goto(host.launchUrl);
    await page.getByTestId('project-name').fill('Uploads');
    await page.getByTestId('create-project').click();
    await page.getByTestId('open-import').click();
    const file = await chooseFile(firstCsv);
    await page.getByTestId('wizard-close').click();
    await gone(file);
  });

  it('deletes the first upload when another file is chosen, and the second once imported', async () => {
    const { page } = ui;
    await page.getByTestId('open-import').click();
    const first = await chooseFile(firstCsv);
    await page.getByTestId('wizard-back').click();
    const second = await chooseFile(secondCsv);
    await gone(first);
    expect(existsSync(second)).toBe(true);
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('start-import').click();
    await page.getByTestId('quality-report').waitFor({ timeout: 30_000 });
    await gone(second);
    // Nothing of the client's is left in the host's upload folder.
    expect(readdirSync(dirname(dirname(second)))).toEqual([]);
    await page.getByTestId('wizard-done').click();
    await page.getByTestId('dataset-list').waitFor();
    expect(ui.pageErrors).toEqual([]);
  });

  it('keeps an upload whose import failed, for the retry that replaces; deletes it when that succeeds', async () => {
    const project = (await host.call('project.list', {})).recent[0].file;
    const file = await uploadOverHttp(secondCsv);
    const preview = await host.call('import.preview', { file });
    const request = { project, file, kind: preview.kind!, mapping: preview.mapping };
    const events = await jobEvents();
    try {
      const duplicate = await host.call('import.start', request);
      expect(await events.ending(duplicate.jobId)).toMatchObject({ type: 'failed', error: { code: 'error.duplicateImport' } });
      expect(existsSync(file)).toBe(true);
      const replace = await host.call('import.start', { ...request, replace: true });
      expect(await events.ending(replace.jobId)).toMatchObject({ type: 'done' });
      await gone(file);
    } finally {
      events.close();
    }
  });

  it('refuses to discard a file that is not one of its uploads', async () => {
    const file = await uploadOverHttp(firstCsv);
    const root = dirname(dirname(file));
    // Only paths whose parent is this test's own folder: a broken guard could harm nothing else.
    for (const path of [canary, `${root}/../${basename(dir)}/client.csv`]) {
      await expect(host.call('upload.discard', { file: path })).rejects.toThrow(/error\.invalidInput/);
    }
    expect(readFileSync(canary, 'utf8')).toBe('not yours');
    expect(await host.call('upload.discard', { file })).toEqual({ discarded: true });
    await gone(file);
  });
});
