/**
 * The rows view of a large dataset (issue 13), in Chromium, on 60,000 orders: sorted, it
 * asks the store once for what it shows, not again after every answer (each answer made a
 * new view and so a new request, a top-N sort of every row, for as long as the table
 * stayed open); a search says what it waits for — every row read — instead of showing the
 * previous count; and pages deep into a sorted view come in the view's order. Screenshots
 * in test-results/e2e (rows-large-…).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';
import { runJson, tempDir } from '../helpers/cli.js';

const ROWS = 60_000;
let host: WebHostProcess;

/** Records every state of the rows count: the search's waiting words must show before its result. */
const COUNT_RECORDER = `
  window.__counts = [];
  new MutationObserver(() => {
    const c = document.querySelector('[data-testid="rows-count"]');
    if (!c) return;
    const seen = (c.getAttribute('data-waiting') ?? '') + '|' + c.textContent.trim();
    if (window.__counts[window.__counts.length - 1] !== seen) window.__counts.push(seen);
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
`;

beforeAll(async () => {
  host = await startWebHost();
  const file = join(tempDir('roi-e2e-rows-large-'), 'orders.csv');
  const lines = ['order_id,customer_id,date,revenue,product'];
  for (let i = 0; i < ROWS; i++) lines.push(`O${i},C${(i * 7919) % 20_000},2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${(5 + ((i * 37) % 4000) / 10).toFixed(2)},P${i % 50}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  runJson(['import', file, '--project', join(host.workspace, 'Large.roi'), '--as', 'orders']);
}, 120_000);

afterAll(async () => {
  await host?.stop();
});

describe.each([['en-US'], ['zh-CN']])('the rows view of 60,000 orders (%s)', (lang) => {
  let ui: BrowserSession;

  beforeAll(async () => {
    ui = await openBrowser({ locale: lang, width: 1280, height: 900 });
    await ui.page.addInitScript(COUNT_RECORDER);
  });

  afterAll(async () => {
    await ui?.close();
  });

  it('asks once per view, says a search reads every row, and pages deep into a sort in its order', async () => {
    const { page } = ui;
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/dataset.rows')) requests.push(r.postData() ?? '');
    });
    await page.goto(host.launchUrl);
    await page.getByTestId('workspace-projects').locator('button.project').first().click();
    await page.locator('tr[data-file="orders.csv"]').getByTestId('dataset-view-rows').click();
    const table = page.getByTestId('rows-table');
    const drawn = () => table.locator('[role="row"][aria-rowindex]');
    await drawn().first().waitFor();
    await expect.poll(() => drawn().first().locator('.loading').count()).toBe(0);

    // Sorted by revenue, highest first: the answer comes, then the page is quiet.
    await page.getByTestId('rows-sort-4').click();
    await page.getByTestId('rows-sort-4').click();
    await expect.poll(() => table.locator('[role="columnheader"][aria-sort="descending"]').count()).toBe(1);
    await page.waitForTimeout(500);
    const settled = requests.length;
    await page.waitForTimeout(2000);
    expect(requests.length - settled, 'requests while the sorted table sat still').toBe(0);

    // Deep into the sort: the rows drawn there are in the view's order.
    await table.evaluate((el) => el.scrollTo(0, el.scrollHeight * 0.6));
    await expect.poll(() => drawn().locator('.loading').count(), { timeout: 30_000 }).toBe(0);
    const revenues = (await drawn().locator('[role="cell"]:nth-child(5)').allTextContents()).map((t) => Number(t.replace(/[^\d.]/g, '')));
    expect(revenues.length).toBeGreaterThan(10);
    expect(revenues.every((r, i) => i === 0 || r <= revenues[i - 1])).toBe(true);
    const firstIndex = Number(await drawn().first().getAttribute('aria-rowindex'));
    expect(firstIndex).toBeGreaterThan(ROWS * 0.5);

    // A search: the count says every row is being read, then how many matched — never the
    // previous view's count in between.
    await table.evaluate((el) => el.scrollTo(0, 0));
    await page.evaluate('window.__counts = []');
    await page.getByTestId('rows-search').fill('C1234');
    const count = page.getByTestId('rows-count');
    await expect.poll(() => count.getAttribute('data-waiting'), { timeout: 30_000 }).toBe(null);
    await expect.poll(() => count.textContent()).toMatch(lang === 'en-US' ? /^\s*\d+ of 60,000 rows\s*$/ : /^\s*显示 \d+ \/ 60,000 行\s*$/);
    const seen = (await page.evaluate('window.__counts')) as string[];
    const waiting = lang === 'en-US' ? 'search|Searching all 60,000 rows…' : 'search|正在搜索全部 60,000 行…';
    expect(seen).toContain(waiting);
    expect(seen.slice(seen.indexOf(waiting) + 1).every((s) => !s.includes('60,000 of') && !s.includes('60,000 /'))).toBe(true);
    await ui.shotOf(`rows-large-search-${lang}`, page.getByTestId('dataset-rows'));
    expect(ui.pageErrors).toEqual([]);
  }, 120_000);
});
