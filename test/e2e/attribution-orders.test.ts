/**
 * A shop with only ad spend and orders that name their source channel gets channel ROI
 * in the Models step (issue 16, item 1), in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, importFile, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-orders-source-'));
const spend = join(dir, 'spend.csv');
// The platforms report their own conversions and revenue: 6 conversions claimed against 3 orders.
writeFileSync(spend, 'date,channel,spend,conversions,revenue\n2025-03-01,抖音,300,4,900\n2025-03-01,微信,100,2,200\n');
const orders = join(dir, 'orders.csv');
writeFileSync(orders, '订单号,客户,下单时间,金额,来源渠道\no1,c1,2025-03-01 10:00,120,抖音\no2,c2,2025-03-01 11:00,80,抖音\no3,c3,2025-03-02 09:00,250,微信\n');
let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
});

afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  { lang: 'zh-CN', project: '订单来源', douyin: '抖音', platform: '广告平台在消耗报表中自报', orderSource: '订单来源渠道', toRun: '每笔订单计入它的来源渠道', markov: '马尔可夫' },
  { lang: 'en-US', project: 'Order sources', douyin: 'Douyin', platform: 'As the ad platforms report it', orderSource: 'Source of the order', toRun: 'each order counts for the channel it came from', markov: 'Markov' },
])('channel ROI from order sources ($lang)', ({ lang, project, douyin, platform, orderSource, toRun, markov }) => {
  let ui: BrowserSession;
  beforeAll(async () => {
    ui = await openBrowser({ locale: lang });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('runs attribution on the orders’ source channel and shows ROI per channel', async () => {
    const { page } = ui;
    await createProject(page, host.launchUrl, project);
    await importFile(page, spend);
    // Before any attribution, the dashboard charts what the platforms report, and says so.
    await page.getByTestId('step-report').click();
    await page.getByTestId('channel-roi').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('channel-roi').textContent()).toContain(platform);
    await ui.shot(`dashboard-platform-${lang}`);
    await page.getByTestId('step-data').click();
    await importFile(page, orders);
    // Before the run, the Optimise step says what its default run will use: the orders' source channel, not Markov paths.
    await page.getByTestId('step-optimise').click();
    const before = page.getByTestId('optimise-empty-text');
    await before.waitFor({ timeout: 30_000 });
    expect(await before.textContent()).toContain(toRun);
    expect(await before.textContent()).not.toContain(markov);
    await page.getByTestId('step-models').click();
    await page.getByTestId('models-tab-attribution').click();
    // The only journeys there are: the orders, chosen for the user.
    expect(await page.getByTestId('attr-source-orders').locator('input').isChecked()).toBe(true);
    expect(await page.getByTestId('attr-source-touchpoints').locator('input').isDisabled()).toBe(true);
    await page.getByTestId('attr-next').click();
    await page.getByTestId('attr-run').click();
    const row = page.locator(`[data-testid="roi-row"][data-channel="Douyin"]`);
    await row.waitFor({ timeout: 60_000 });
    expect(await row.textContent()).toContain(douyin);
    expect(await row.locator('[data-col="value"]').textContent()).toContain('200');
    const newRow = page.locator('[data-testid="source-new-row"][data-channel="Douyin"]');
    expect(await newRow.textContent()).toContain('150');
    // The platforms' own figures sit beside it, read against the orders.
    expect(await page.getByTestId('platform-claimed').textContent()).toMatch(lang === 'en-US' ? /claim 6 conversions, more than the 3/ : /认领 6 次转化，多于同期你自己数据记录的 3 次/);
    await ui.shot(`attribution-orders-${lang}`);
    // The Optimise step names the basis of its advice: the orders' source, not a model.
    await page.getByTestId('step-optimise').click();
    await page.getByTestId('advice-basis').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('advice-basis').textContent()).toContain(orderSource);
    expect(await page.getByTestId('advice-model').count()).toBe(0);
    expect(ui.pageErrors).toEqual([]);
  });
});
