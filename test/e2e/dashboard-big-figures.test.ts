/**
 * A big project's figures fit their dashboard tiles (issue 13: a 1M-customer project
 * showed a month's revenue, 6,529,477, at 21 px across its tile's edge and over the next
 * tile in a 1280 px window). Here a shop with eight-digit monthly revenue and spend: every
 * KPI value is whole (not cut) and inside its tile, in English and Chinese. Screenshots in
 * test-results/e2e (dashboard-big-figures-…).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';
import { runJson, tempDir } from '../helpers/cli.js';

let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
  const dir = tempDir('roi-e2e-big-figures-');
  const orders = ['order_id,customer_id,date,revenue'];
  // Two months of orders, 2,000 a month of about 9,000 each: ~18,000,000 a month.
  for (let i = 0; i < 4000; i++) orders.push(`O${i},C${i % 2600},2025-${i < 2000 ? '10' : '11'}-${String(1 + (i % 28)).padStart(2, '0')},${(8000 + ((i * 37) % 2000)).toFixed(2)}`);
  const spend = ['date,channel,spend'];
  for (let d = 1; d <= 30; d++) for (const month of ['10', '11']) spend.push(`2025-${month}-${String(d).padStart(2, '0')},Search,${(2345.67 * (1 + (d % 3))).toFixed(2)}`);
  writeFileSync(join(dir, 'orders.csv'), `${orders.join('\n')}\n`);
  writeFileSync(join(dir, 'spend.csv'), `${spend.join('\n')}\n`);
  const project = join(host.workspace, 'Big figures.roi');
  runJson(['import', join(dir, 'orders.csv'), '--project', project, '--as', 'orders']);
  runJson(['import', join(dir, 'spend.csv'), '--project', project, '--as', 'spend']);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

describe.each([['en-US'], ['zh-CN']])('the dashboard of a big shop (%s)', (lang) => {
  let ui: BrowserSession;

  beforeAll(async () => {
    ui = await openBrowser({ locale: lang, width: 1280, height: 900 });
  });

  afterAll(async () => {
    await ui?.close();
  });

  it('shows every KPI whole and inside its tile at 1280 px', async () => {
    const { page } = ui;
    await page.goto(host.launchUrl);
    await page.getByTestId('workspace-projects').locator('button.project').first().click();
    await page.getByTestId('step-report').click();
    const tiles = page.getByTestId('kpi-tiles');
    await expect.poll(() => page.getByTestId('kpi-revenue').getByTestId('kpi-value').textContent(), { timeout: 30_000 }).toMatch(/\d{2},\d{3},\d{3}/);
    await ui.shotOf(`dashboard-big-figures-${lang}`, tiles);
    const fits = await tiles.locator('[data-testid^="kpi-"]:has([data-testid="kpi-value"])').evaluateAll((all) =>
      all.map((tile) => {
        const value = tile.querySelector('[data-testid="kpi-value"]') as HTMLElement;
        const inner = tile.getBoundingClientRect().right - parseFloat(getComputedStyle(tile).paddingRight);
        return { kpi: tile.getAttribute('data-testid'), text: value.textContent, whole: value.scrollWidth <= value.clientWidth, inside: value.getBoundingClientRect().left + value.scrollWidth <= inner + 0.5 };
      }),
    );
    expect(fits.length).toBe(7);
    expect(fits.filter((f) => !f.whole || !f.inside)).toEqual([]);
    expect(ui.pageErrors).toEqual([]);
  }, 60_000);

  it('labels the monthly charts by month, not by the hour (two months of history)', async () => {
    const { page } = ui;
    for (const chart of ['trend-money-chart', 'trend-customers-chart']) {
      const ticks = page.getByTestId(chart).locator('.xtick text');
      await ticks.first().waitFor({ timeout: 30_000 });
      // Before: "00:00:00 Mar 1, 2025", "23:59:59.999 Feb 28, 2025"…
      expect(await ticks.allTextContents()).toEqual(['2025-10', '2025-11']);
    }
  }, 60_000);
});
