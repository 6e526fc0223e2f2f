import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-xlsx-'));
const workbook = join(dir, 'shop-export.xlsx');
const ORDERS = 25;
let revenue = 0;
let host: WebHostProcess;
let ui: BrowserSession;

/** A workbook whose first sheet is a note, with the orders on the second sheet. */
async function writeWorkbook(): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Read me').addRows([['Exported from the shop back office'], ['Orders are on the next sheet']]);
  const orders = book.addWorksheet('Orders');
  orders.addRow(['Order ID', 'Customer ID', 'Order date', 'Total', 'Quantity']);
  for (let i = 0; i < ORDERS; i++) {
    const total = 30 + i * 1.5;
    revenue += total;
    orders.addRow([`SO-${1000 + i}`, `C${i % 7}`, new Date(Date.UTC(2025, 2, 1 + i)), total, 1 + (i % 3)]);
  }
  await book.xlsx.writeFile(workbook);
}

beforeAll(async () => {
  await writeWorkbook();
  [host, ui] = await Promise.all([startWebHost(), openBrowser({ locale: 'en-GB' })]);
});

afterAll(async () => {
  await ui?.close();
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('importing an Excel workbook, in English', () => {
  it('asks for the kind when the first sheet is not data, then reads the chosen sheet', async () => {
    const { page } = ui;
    await page.goto(host.launchUrl);
    await page.getByTestId('project-name').fill('Shop');
    await page.getByTestId('create-project').click();
    await page.getByTestId('open-import').click();
    await page.getByTestId('file-input').setInputFiles(workbook);
    await page.getByTestId('detected').waitFor();
    expect(await page.getByTestId('detected-format').textContent()).toBe('xlsx');
    expect(await page.getByTestId('wizard-next').isDisabled()).toBe(true);
    await ui.shot('20-xlsx-first-sheet');
    await page.getByTestId('sheet-select').selectOption('Orders');
    await page.getByTestId('kind-select').and(page.locator(':not([disabled])')).waitFor();
    await expect.poll(() => page.getByTestId('kind-select').inputValue()).toBe('orders');
    const headers = await page.getByTestId('preview-table').locator('th').allTextContents();
    expect(headers).toEqual(['Order ID', 'Customer ID', 'Order date', 'Total', 'Quantity']);
    await ui.shot('21-xlsx-orders-sheet');
  });

  it('imports the orders and reports them', async () => {
    const { page } = ui;
    await page.getByTestId('wizard-next').click();
    expect(await page.getByTestId('map-revenue').inputValue()).toBe('Total');
    await page.getByTestId('start-import').click();
    await page.getByTestId('quality-report').waitFor({ timeout: 30_000 });
    expect(Number((await page.getByTestId('stat-imported').locator('.value').textContent())?.replace(/\D/g, ''))).toBe(ORDERS);
    const revenueCells = await page.getByTestId('quality-columns').locator('tr', { hasText: 'Revenue' }).locator('td').allTextContents();
    expect(Number(revenueCells.at(-1)?.replace(/[^\d.]/g, ''))).toBeCloseTo(revenue, 2);
    await ui.shot('22-xlsx-report');
    await page.getByTestId('wizard-done').click();
    const project = (await host.call('project.list', {})).recent[0].file;
    const info = await host.call('project.open', { file: project });
    expect(info.datasets.map((d) => [d.kind, d.sheet, d.rowsImported])).toEqual([['orders', 'Orders', ORDERS]]);
    expect(ui.pageErrors, ui.pageErrors.join('\n')).toEqual([]);
  });
});
