/**
 * The rows view of a wide dataset fits a laptop's window (issue 16, item 3): a spend
 * export with all nine columns (row, date, channel, campaign, spend, impressions, clicks,
 * conversions, revenue) shows every column at 1280 px without a sideways scroll, in
 * English and Chinese; a long campaign name gives way, whole on hover and in a copy.
 * Screenshots in test-results/e2e (rows-fit-…).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, importFile, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-rows-fit-'));
const spend = join(dir, 'ads.csv');
const longCampaign = '2025春季大促-抖音信息流-女装连衣裙-精准人群包-自动出价-素材A/B测试第3轮';
const lines = ['日期,渠道,广告计划,消耗,展现量,点击量,转化数,成交金额'];
for (let d = 1; d <= 30; d++) {
  for (const [channel, campaign] of [['抖音', longCampaign], ['微信', '朋友圈-品牌'], ['Google Ads', 'Search - Brand - Exact - EN-US - Desktop & Mobile']]) {
    lines.push(`2025-03-${String(d).padStart(2, '0')},${channel},${campaign},${(1234.56 * d).toFixed(2)},${123456 * d},${2345 * d},${34 * d},${(45678.9 * d).toFixed(2)}`);
  }
}
writeFileSync(spend, `${lines.join('\n')}\n`);

let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
});

afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([['en-US'], ['zh-CN']])('the rows view of a nine-column dataset at 1280 px (%s)', (lang) => {
  let ui: BrowserSession;

  beforeAll(async () => {
    ui = await openBrowser({ locale: lang, width: 1280, height: 860 });
  });

  afterAll(async () => {
    await ui?.close();
  });

  it('shows every column without a sideways scroll, long text whole on hover', async () => {
    const { page } = ui;
    await createProject(page, host.launchUrl, `rows ${lang}`);
    await importFile(page, spend);
    await page.locator('tr[data-file="ads.csv"]').getByTestId('dataset-view-rows').click();
    const rows = page.getByTestId('rows-table');
    await rows.locator('[role="row"][aria-rowindex]').first().waitFor();
    await ui.shotOf(`rows-fit-${lang}`, page.getByTestId('dataset-rows'));
    expect(await rows.locator('[role="columnheader"]').count()).toBeGreaterThanOrEqual(9);
    const box = await rows.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.scroll).toBeLessThanOrEqual(box.client);
    // Every header readable: none cut.
    const cut = await rows.locator('[role="columnheader"]').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
    expect(cut).toEqual([]);
    // Figures are never cut (a cut number is a different number).
    const cutFigures = await rows.locator('[role="cell"].right').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
    expect(cutFigures).toEqual([]);
    const campaign = rows.locator('[role="cell"]', { hasText: '2025春季大促' }).first();
    expect(await campaign.getAttribute('title')).toBe(longCampaign);
    expect(await campaign.textContent()).toBe(longCampaign);
    expect(ui.pageErrors).toEqual([]);
  });
});
