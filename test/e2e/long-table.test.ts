/**
 * A long on-screen table draws only the rows in view: 500 basket rules (the kept maximum)
 * on many products, in Chromium. Sorting, search and export still see every row.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, importFile, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';
import { tempDir } from '../helpers/cli.js';

let host: WebHostProcess;
let ui: BrowserSession;

beforeAll(async () => {
  host = await startWebHost();
  ui = await openBrowser();
});

afterAll(async () => {
  await ui?.close();
  await host?.stop();
});

/** 3,000 orders of 2–4 products among 40, pairs drawn often enough for hundreds of rules. */
function ordersCsv(file: string): void {
  const lines = ['order_id,customer_id,order_date,revenue,product'];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let o = 0; o < 3000; o++) {
    const size = 2 + Math.floor(next() * 3);
    const picked = new Set<number>();
    while (picked.size < size) picked.add(Math.floor(next() * 40));
    for (const p of picked) lines.push(`o${o},c${o % 900},2025-0${1 + (o % 9)}-1${o % 10},${(10 + p).toFixed(2)},item-${p}x`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

describe('a long table', () => {
  it('draws the rows in view, scrolls to the last one, and sorts and searches all of them', async () => {
    const { page } = ui;
    const file = join(tempDir('roi-long-table-'), 'orders.csv');
    ordersCsv(file);
    await createProject(page, host.launchUrl, 'Long table');
    await importFile(page, file);
    await page.getByTestId('step-models').click();
    await page.getByTestId('models-tab-basket').click();
    await page.getByTestId('basket-min-support').fill('0.001');
    await page.getByTestId('basket-min-confidence').fill('0');
    await page.getByTestId('basket-min-lift').fill('0');
    await page.getByTestId('basket-max-length').fill('2');
    await page.getByTestId('basket-run').click();
    const rules = page.getByTestId('basket-rules');
    await rules.waitFor({ timeout: 60_000 });
    const box = rules.locator('[data-windowed="true"]');
    await box.waitFor();
    const drawn = await page.getByTestId('basket-rule').count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(200);
    // Scrolled to the bottom, the last rule is drawn.
    await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.getByTestId('basket-rule').last().locator('[data-col="if"]').textContent()).not.toBe(null);
    const lastDrawnIndex = await page.getByTestId('basket-rule').count();
    expect(lastDrawnIndex).toBeLessThan(200);
    // Sorted by baskets ascending: the smallest count of all 500 comes first.
    await box.evaluate((el) => el.scrollTo(0, 0));
    await rules.getByTestId('sort-count').click();
    const counts = await page.getByTestId('basket-rule').locator('[data-col="count"]').allTextContents();
    const first = Number(counts[0].replace(/,/g, ''));
    expect(counts.map((c) => Number(c.replace(/,/g, ''))).every((c) => c >= first)).toBe(true);
    // Search sees every row, not only the drawn ones.
    await rules.getByTestId('table-search').fill('item-39x');
    expect(await rules.getByTestId('table-count').textContent()).toMatch(/of 500/);
    expect(ui.pageErrors).toEqual([]);
    const found = await page.getByTestId('basket-rule').allTextContents();
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((text) => !text.includes('item-39x'))).toEqual([]);
    await rules.getByTestId('table-search').fill('');
    // In the middle of the long table: rows drawn around the scrolled place, the header kept.
    await box.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await page.waitForTimeout(200);
    await ui.shotOf('long-table-basket-rules', rules);
    expect(ui.pageErrors).toEqual([]);
  });
});
