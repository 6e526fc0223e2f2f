/**
 * Next month's export of the same source, as a consultant imports it (issue 16, item 2),
 * in Chromium through the web host, in both languages: the mapping confirmed last month
 * is filled in with a note saying so, the same file again is told before the mapping,
 * and the encoding can be named when the preview reads garbled text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { chooseFile, createProject, finishImport, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-reimport-'));
const march = join(dir, 'march.csv');
writeFileSync(march, 'day,source,cost,net cost\n2025-03-01,Douyin,300,280\n2025-03-31,WeChat,100,90\n');
const april = join(dir, 'april.csv');
writeFileSync(april, 'source,day,net cost,cost\nDouyin,2025-04-01,45,50\n');
// GBK bytes that are valid UTF-8 too: detection reads them as UTF-8, garbled.
const ambiguous = join(dir, 'ambiguous.csv');
writeFileSync(ambiguous, iconv.encode('专业,位,伞\n之乍,亩,乒\n', 'gbk'));
let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
});

afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  { lang: 'zh-CN', project: '月度导入' },
  { lang: 'en-US', project: 'Monthly imports' },
])('re-import ($lang)', ({ lang, project }) => {
  let ui: BrowserSession;
  beforeAll(async () => {
    ui = await openBrowser({ locale: lang });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('fills in last month’s mapping for the same source, with a note', async () => {
    const { page } = ui;
    await createProject(page, host.launchUrl, project);
    await chooseFile(page, march);
    expect(await page.getByTestId('remembered-mapping').count()).toBe(0);
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('map-spend').selectOption('net cost');
    await finishImport(page);

    await chooseFile(page, april);
    await page.getByTestId('remembered-mapping').waitFor();
    expect(await page.getByTestId('remembered-mapping').textContent()).toContain('march.csv');
    // The days of the whole file, compared with March's before the mapping: nothing in common.
    await page.getByTestId('file-span').waitFor();
    expect(await page.getByTestId('file-span').textContent()).toContain('2025-04-01 – 2025-04-01');
    expect(await page.getByTestId('file-span').getAttribute('class')).not.toContain('warn');
    await ui.shot(`reimport-check-${lang}`);
    await page.getByTestId('wizard-next').click();
    expect(await page.getByTestId('map-spend').inputValue()).toBe('net cost');
    expect(await page.getByTestId('map-date').inputValue()).toBe('day');
    await page.getByTestId('remembered-mapping-note').waitFor();
    await ui.shot(`reimport-mapping-${lang}`);
    await finishImport(page);
    const info = await host.call('project.open', { file: join(host.workspace, `${project}.roi`) });
    expect(info.datasets.map((d) => d.quality.columns.find((c) => c.role === 'spend')?.sum)).toEqual([370, 45]);
  });

  it('tells the same file again before the mapping', async () => {
    const { page } = ui;
    await chooseFile(page, march);
    await page.getByTestId('already-imported').waitFor();
    await page.getByTestId('wizard-close').click();
  });

  it('reads a file in the encoding the user names', async () => {
    const { page } = ui;
    await chooseFile(page, ambiguous);
    expect(await page.getByTestId('preview-table').locator('th').allTextContents()).not.toEqual(['专业', '位', '伞']);
    await page.getByTestId('encoding-select').selectOption('GB18030');
    await expect.poll(() => page.getByTestId('preview-table').locator('th').allTextContents()).toEqual(['专业', '位', '伞']);
    expect(await page.getByTestId('detected-encoding').textContent()).toBe('GB18030');
    await ui.shot(`reimport-encoding-${lang}`);
    await page.getByTestId('wizard-close').click();
    expect(ui.pageErrors).toEqual([]);
  });
});
