/**
 * The importer's channel aliases in the mapping step, and the project's channel map page
 * (split a name out, undo), in Chromium, in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseFile, createProject, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-channels-'));
const paths = join(dir, 'paths.csv');
writeFileSync(paths, 'path,conversions,value\ngoogle > meta,4,400\n淘宝直通车 > google,1,80\n');
let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
});

afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  { lang: 'zh-CN', project: '渠道' },
  { lang: 'en-US', project: 'Channels' },
])('the channel map ($lang)', ({ lang, project }) => {
  let ui: BrowserSession;
  beforeAll(async () => {
    ui = await openBrowser({ locale: lang });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('shows the importer aliases of path steps in the mapping step', async () => {
    const { page } = ui;
    await createProject(page, host.launchUrl, project);
    await chooseFile(page, paths);
    await page.getByTestId('wizard-next').click();
    const aliases = page.getByTestId('channel-aliases');
    await aliases.waitFor();
    const text = (await aliases.textContent()) ?? '';
    expect(text).toContain('google → Google Ads');
    expect(text).toMatch(/淘宝直通车 → (淘宝|Taobao)/);
    expect(await page.getByTestId('duplicates-paths').count()).toBe(1);
    await ui.shotOf(`channels-01-mapping-${lang}`, aliases);
    await page.getByTestId('start-import').click();
    await page.getByTestId('quality-report').waitFor({ timeout: 30_000 });
    // After the import: every spelling the importer respelled in the whole file.
    const spellings = (await page.getByTestId('channel-spellings').textContent()) ?? '';
    expect(spellings).toContain('google → Google Ads');
    expect(spellings).toMatch(/淘宝直通车 → (淘宝|Taobao)/);
    await ui.shotOf(`channels-01b-quality-${lang}`, page.getByTestId('channel-spellings'));
    await page.getByTestId('wizard-done').click();
  });

  it('splits a name out of the channel the importer put it in, and undoes it', async () => {
    const { page } = ui;
    await page.getByTestId('open-channels').click();
    const row = page.getByTestId('channel-淘宝直通车');
    await row.waitFor();
    expect(await row.getByTestId('channel-target').inputValue()).toBe('Taobao');
    await row.getByTestId('channel-split').click();
    await row.getByTestId('channel-reset').waitFor();
    expect(await row.getByTestId('channel-target').inputValue()).toBe('淘宝直通车');
    const file = (await host.call('project.list', {})).recent.find((p) => p.name === project)!.file;
    expect((await host.call('channels.list', { project: file })).channels.find((c) => c.name === '淘宝直通车')).toMatchObject({ channel: '淘宝直通车', mapped: true });
    await ui.shot(`channels-02-page-${lang}`);
    await row.getByTestId('channel-reset').click();
    await row.getByTestId('channel-split').waitFor();
    expect(await row.getByTestId('channel-target').inputValue()).toBe('Taobao');
    expect(ui.pageErrors).toEqual([]);
  });
});
