/**
 * Tables one can work with (issue 16, item 3), in Chromium through the web host, in both
 * languages: a results table sorts by a header (numbers as numbers, again for descending),
 * filters by a search and saves the rows as shown as CSV and Excel with the page's labels;
 * the rows view searches and sorts a dataset in the store, shows long ids whole and exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { langFromLocale, translate } from '@shared/i18n/index.js';
import type { Locator, Page } from 'playwright-core';
import { createProject, importFile, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-tables-'));
const spend = join(dir, 'spend.csv');
writeFileSync(spend, 'date,channel,spend\n2025-03-01,抖音,300\n2025-03-01,微信,100\n2025-03-01,百度,900\n');
const orders = join(dir, 'orders.csv');
const longId = 'customer-0000-1111-2222-3333-4444-5555-6666-7777-8888-9999-the-whole-id';
writeFileSync(
  orders,
  `订单号,客户,下单时间,金额,来源渠道\no1,c1,2025-03-01 10:00,120,抖音\no2,${longId},2025-03-01 11:00,80,抖音\no3,c3,2025-03-02 09:00,250,微信\no4,=cmd,2025-03-02 10:00,95,百度\n`,
);
let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
});

afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function download(page: Page, scope: Locator | Page, button: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), scope.getByTestId(button).click()]);
  const saved = join(dir, name);
  await file.saveAs(saved);
  return saved;
}

const cellsOf = (page: Page, column: string) => page.locator(`[data-testid="roi-row"] [data-col="${column}"]`).allTextContents();

describe.each([
  { lang: 'zh-CN', project: '表格', channelHeader: '渠道', rowHeader: '行号', douyin: '抖音' },
  { lang: 'en-US', project: 'Tables', channelHeader: 'Channel', rowHeader: 'Row', douyin: 'Douyin' },
])('tables ($lang)', ({ lang, project, channelHeader, rowHeader, douyin }) => {
  let ui: BrowserSession;
  beforeAll(async () => {
    ui = await openBrowser({ locale: lang });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('sorts, filters and exports the ROI table', async () => {
    const { page } = ui;
    await createProject(page, host.launchUrl, project);
    await importFile(page, spend);
    await importFile(page, orders);
    await page.getByTestId('step-models').click();
    await page.getByTestId('models-tab-attribution').click();
    await page.getByTestId('attr-next').click();
    await page.getByTestId('attr-run').click();
    const table = page.getByTestId('roi-table');
    await table.locator('[data-testid="roi-row"]').first().waitFor({ timeout: 60_000 });
    const number = (text: string): number => Number(text.replace(/[^\d.-]/g, ''));

    await table.getByTestId('sort-spend').click();
    const ascending = (await cellsOf(page, 'spend')).map(number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await table.locator('th[data-col="spend"]').getAttribute('aria-sort')).toBe('ascending');
    await table.getByTestId('sort-spend').click();
    expect((await cellsOf(page, 'spend')).map(number)).toEqual([900, 300, 100]);
    await ui.shotOf(`tables-roi-sorted-${lang}`, table);

    await table.getByTestId('table-search').fill(douyin);
    expect(await page.getByTestId('roi-row').count()).toBe(1);
    expect(await table.getByTestId('table-count').textContent()).toContain('1');
    const csv = readFileSync(await download(page, table, 'table-export-csv', `roi-${lang}.csv`), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0].split(',')[0]).toBe(channelHeader);
    expect(lines).toHaveLength(2);
    expect(lines[1].split(',').slice(0, 2)).toEqual([douyin, '300']);

    await table.getByTestId('table-search').fill('');
    const xlsx = await download(page, table, 'table-export-xlsx', `roi-${lang}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.worksheets[0];
    expect(sheet.getCell('A1').value).toBe(channelHeader);
    // Sorted as on screen (spend, descending), the figures still numbers.
    expect([2, 3, 4].map((r) => sheet.getCell(`B${r}`).value)).toEqual([900, 300, 100]);
    expect(ui.pageErrors).toEqual([]);
  });

  it('searches, sorts and exports the stored rows, ids whole', async () => {
    const { page } = ui;
    await page.getByTestId('step-data').click();
    await page.locator('tr[data-file="orders.csv"]').getByTestId('dataset-view-rows').click();
    const rows = page.getByTestId('rows-table');
    await rows.locator('[role="row"][aria-rowindex]').first().waitFor();
    const idCell = rows.locator('[role="cell"]', { hasText: 'the-whole-id' });
    // Every header whole with its sort arrow (they were cut at 1280 px); the long id gives way
    // as far as the others need (not to a stub), its whole value on hover and copy.
    const cut = await rows.locator('[role="columnheader"]').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
    expect(cut).toEqual([]);
    expect(await idCell.evaluate((el) => el.clientWidth)).toBeGreaterThanOrEqual(180);
    expect(await idCell.getAttribute('title')).toBe(longId);
    expect(await idCell.textContent()).toBe(longId);

    await page.getByTestId('rows-search').fill('4444');
    await expect.poll(() => rows.locator('[role="row"][aria-rowindex]').count()).toBe(1);
    await page.getByTestId('rows-search').fill('');
    await expect.poll(() => rows.locator('[role="row"][aria-rowindex]').count()).toBe(4);
    // Revenue, descending: the column's second click.
    const revenue = await rows.locator('[role="columnheader"]').allTextContents();
    const column = revenue.indexOf(translate(langFromLocale(lang), 'ui.role.revenue'));
    expect(column).toBeGreaterThan(0);
    await rows.getByTestId(`rows-sort-${column}`).click();
    await rows.getByTestId(`rows-sort-${column}`).click();
    await expect.poll(() => rows.locator('[aria-rowindex="1"] [role="cell"]').nth(column).textContent()).toContain('250');
    await ui.shotOf(`tables-rows-${lang}`, page.getByTestId('dataset-rows'));

    const csv = readFileSync(await download(page, page, 'rows-export-csv', `rows-${lang}.csv`), 'utf8').slice(1).trimEnd().split('\r\n');
    expect(csv[0].split(',')[0]).toBe(rowHeader);
    expect(csv[1]).toContain('o3');
    // Formula-like text from the file is neutralised in the export.
    expect(csv.find((l) => l.includes('o4'))).toContain("'=cmd");
    expect(csv.find((l) => l.includes('o2'))).toContain(longId);
    expect(ui.pageErrors).toEqual([]);
  });
});
