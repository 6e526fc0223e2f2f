import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';
import { writeGbkSpendCsv, writeLongSpendCsv } from './fixtures.js';
import type { GbkSpendFixture } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-files-'));
const gbkFile = join(dir, '巨量引擎花费.csv');
const longFile = join(dir, 'long-spend.csv');
const LONG_ROWS = 1_500_000;
let expected: GbkSpendFixture;
let host: WebHostProcess;
let ui: BrowserSession;

beforeAll(async () => {
  expected = writeGbkSpendCsv(gbkFile);
  [host, ui] = await Promise.all([startWebHost(), openBrowser({ locale: 'zh-CN' }), writeLongSpendCsv(longFile, LONG_ROWS)]).then(([h, b]) => [h, b] as const);
});

afterAll(async () => {
  await ui?.close();
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const num = (text: string | null): number => Number((text ?? '').replace(/[^\d.-]/g, ''));

describe('import wizard, in Chinese, in Chromium', () => {
  it('creates a project from the first-run screen', async () => {
    const { page } = ui;
    await page.goto(host.launchUrl);
    await page.getByTestId('home').waitFor();
    expect(await page.locator('h1').textContent()).toBe('欢迎使用 ROI Studio');
    await page.getByTestId('project-name').fill('春季活动');
    await page.getByTestId('create-project').click();
    await page.getByTestId('data-step').waitFor();
    expect(await page.getByTestId('project-title').textContent()).toBe('春季活动');
    await page.getByTestId('no-datasets').waitFor();
    await ui.shot('01-new-project-zh');
  });

  it('reads a GBK CSV with Chinese headers: preview, detected kind and encoding', async () => {
    const { page } = ui;
    await page.getByTestId('open-import').click();
    await page.getByTestId('file-input').setInputFiles(gbkFile);
    await page.getByTestId('detected').waitFor();
    expect(await page.getByTestId('detected-encoding').textContent()).toMatch(/GB18030|GBK/);
    expect(await page.getByTestId('kind-select').inputValue()).toBe('spend');
    const headers = await page.getByTestId('preview-table').locator('th').allTextContents();
    expect(headers).toEqual(['日期', '渠道', '广告计划', '消耗', '现金消耗', '展现量', '点击量']);
    expect(await page.getByTestId('preview-table').locator('tbody tr').first().textContent()).toContain('抖音');
    // The sample rows work as every table: 消耗 sorts by amount (descending on a second click), the search filters.
    const preview = page.getByTestId('preview-table');
    await preview.getByTestId('sort-c3').click();
    await preview.getByTestId('sort-c3').click();
    const spent = (await preview.locator('td[data-col="c3"]').allTextContents()).map(Number);
    expect(spent.length).toBeGreaterThan(1);
    expect(spent).toEqual([...spent].sort((a, b) => b - a));
    await preview.getByTestId('table-search').fill('元宵');
    expect((await preview.locator('td[data-col="c2"]').allTextContents()).every((t) => t === '元宵活动')).toBe(true);
    await preview.getByTestId('table-search').fill('');
    await ui.shot('02-preview-gbk');
  });

  it('shows the mapping with required roles and confidence, and takes a correction', async () => {
    const { page } = ui;
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('mapping-table').waitFor();
    const spendRow = page.getByTestId('mapping-spend');
    expect(await spendRow.textContent()).toContain('必填');
    expect(await page.getByTestId('map-spend').inputValue()).toBe('消耗');
    expect(await spendRow.locator('.pct').textContent()).toMatch(/\d+%/);
    await page.getByTestId('map-spend').selectOption('现金消耗');
    expect(await spendRow.textContent()).toContain('手动指定');
    // Unmapping a required role blocks the import until it is mapped again.
    await page.getByTestId('map-date').selectOption('');
    expect(await page.getByTestId('start-import').isDisabled()).toBe(true);
    await page.getByTestId('mapping-missing').waitFor();
    await page.getByTestId('map-date').selectOption('日期');
    expect(await page.getByTestId('start-import').isDisabled()).toBe(false);
    await ui.shot('03-mapping-corrected');
  });

  it('imports with the corrected mapping and shows the quality report', async () => {
    const { page } = ui;
    await page.getByTestId('start-import').click();
    await page.getByTestId('quality-report').waitFor({ timeout: 30_000 });
    expect(num(await page.getByTestId('stat-imported').locator('.value').textContent())).toBe(expected.imported);
    expect(num(await page.getByTestId('stat-rejected').locator('.value').textContent())).toBe(1);
    expect(num(await page.getByTestId('stat-duplicates').locator('.value').textContent())).toBe(1);
    const spendCells = await page.getByTestId('quality-columns').locator('tr', { hasText: '现金消耗' }).locator('td').allTextContents();
    expect(num(spendCells.at(-1) ?? '')).toBe(expected.cashSpend);
    expect(await page.getByTestId('issues-by-code').textContent()).toContain('不是数字');
    await page.getByTestId('issues-table').getByText('约一百').waitFor();
    await ui.shot('04-quality-report');
  });

  it('downloads the rejected rows as CSV', async () => {
    const { page } = ui;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejected').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/rejected\.csv$/);
    expect(text).toContain('约一百');
    expect(text.trim().split('\n')).toHaveLength(2);
  });

  it('lists the dataset and pages through its rows in a virtual table', async () => {
    const { page } = ui;
    await page.getByTestId('wizard-done').click();
    await page.getByTestId('dataset-list').waitFor();
    expect(await page.getByTestId('dataset-list').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('spend-chart').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
    await ui.shot('05-dataset-list-chart');
    await page.getByTestId('dataset-list').getByRole('button', { name: '数据行' }).click();
    await page.getByTestId('rows-table').locator('[aria-rowindex="1"]').getByText('2025-01-01').waitFor();
    // Only the rows in view are in the page, not all of them.
    const rendered = await page.getByTestId('rows-table').locator('[role="row"]').count();
    expect(rendered).toBeLessThan(expected.imported + 1);
    await ui.shot('06-rows');
    await page.getByTestId('back-to-list').click();
  });

  it('cancels a long import and leaves the project unchanged', async () => {
    const { page } = ui;
    const project = (await host.call('project.list', {})).recent[0].file;
    const before = await host.call('project.open', { file: project });
    await page.getByTestId('open-import').click();
    await page.getByTestId('file-input').setInputFiles(longFile);
    await page.getByTestId('detected').waitFor({ timeout: 60_000 });
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('start-import').click();
    await page.getByTestId('import-count').waitFor({ timeout: 30_000 });
    await ui.shot('07-import-running');
    await page.getByTestId('cancel-import').click();
    await page.getByTestId('import-cancelled').waitFor({ timeout: 30_000 });
    await ui.shot('08-import-cancelled');
    const after = await host.call('project.open', { file: project });
    expect(after.datasets.map((d) => [d.id, d.rowsImported])).toEqual(before.datasets.map((d) => [d.id, d.rowsImported]));
    expect(ui.pageErrors).toEqual([]);
  });
});
