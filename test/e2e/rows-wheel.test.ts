/**
 * The wheel in a table too long for the browser's scroll range (issue 13): past about
 * 235,000 rows the rows view compresses its scroll range, so a pixel is more than a row —
 * at the 4.5M order lines of a 1M-customer shop a wheel notch jumped 55 rows the user never
 * saw. Here 500,000 rows (two to a pixel): ten notches of 100 px move the table by the
 * rows 1,000 px hold unscaled (34 px a row), one after the other, none skipped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';
import { runJson, tempDir } from '../helpers/cli.js';

const ROWS = 500_000;
const ROW_HEIGHT = 34;
let host: WebHostProcess;
let ui: BrowserSession;

beforeAll(async () => {
  host = await startWebHost();
  const file = join(tempDir('roi-e2e-rows-wheel-'), 'orders.csv');
  const lines = ['order_id,customer_id,date,revenue'];
  for (let i = 0; i < ROWS; i++) lines.push(`O${i},C${i % 90_000},2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${10 + (i % 90)}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  runJson(['import', file, '--project', join(host.workspace, 'Wheel.roi'), '--as', 'orders']);
  ui = await openBrowser({ width: 1280, height: 900 });
}, 180_000);

afterAll(async () => {
  await ui?.close();
  await host?.stop();
});

it('moves a compressed table by rows, not by the pixels of its scroll range', async () => {
  const { page } = ui;
  await page.goto(host.launchUrl);
  await page.getByTestId('workspace-projects').locator('button.project').first().click();
  await page.locator('tr[data-file="orders.csv"]').getByTestId('dataset-view-rows').click();
  const table = page.getByTestId('rows-table');
  const firstRow = async () => Number(await table.locator('[role="row"][aria-rowindex]').first().getAttribute('aria-rowindex'));
  await table.locator('[role="row"][aria-rowindex]').first().waitFor();
  // Somewhere in the middle (file order), then the wheel.
  await table.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect.poll(firstRow).toBeGreaterThan(ROWS / 3);
  await expect.poll(() => table.locator('.loading').count(), { timeout: 30_000 }).toBe(0);
  const from = await firstRow();
  await table.hover();
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(500);
  const moved = (await firstRow()) - from;
  expect(moved).toBeGreaterThanOrEqual(Math.floor(1000 / ROW_HEIGHT) - 1);
  expect(moved).toBeLessThanOrEqual(Math.ceil(1000 / ROW_HEIGHT));
  // The rows drawn are the ones that follow, in order, and they come.
  await expect.poll(() => table.locator('.loading').count(), { timeout: 30_000 }).toBe(0);
  const numbers = (await table.locator('[role="row"][aria-rowindex] [role="cell"]:first-child').allTextContents()).map(Number);
  expect(numbers[0]).toBe(from + moved + 1);
  expect(numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1)).toBe(true);
  // Back up by the same ten notches: where it started.
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(500);
  expect(await firstRow()).toBe(from);
  expect(ui.pageErrors).toEqual([]);
}, 120_000);
