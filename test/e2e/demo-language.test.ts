import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS_DIR, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

let host: WebHostProcess;
let ui: BrowserSession;

beforeAll(async () => {
  [host, ui] = await Promise.all([startWebHost(), openBrowser({ locale: 'en-US' })]);
});

afterAll(async () => {
  await ui?.close();
  await host?.stop();
});

/** Words the page shows that are catalogue keys, i.e. strings nobody translated. */
async function untranslated(): Promise<string[]> {
  const text = await ui.page.locator('body').innerText();
  return text.match(/\b(ui|error|issue|cli)\.[A-Za-z]+[\w.]*/g) ?? [];
}

describe('first run, the demo project and the language switch, in Chromium', () => {
  it('starts in the browser’s language (English) and switches to Chinese, remembering it', async () => {
    const { page } = ui;
    await page.goto(host.launchUrl);
    await page.getByTestId('home').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Welcome to ROI Studio');
    expect(await page.getByTestId('open-demo').textContent()).toContain('Open the demo project');
    await ui.shot('10-first-run-en');
    await page.getByTestId('language').selectOption('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('欢迎使用 ROI Studio');
    expect(await page.getByTestId('open-demo').textContent()).toContain('打开示例项目');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // The token left the address bar; the page cookie lets a reload back in.
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await page.getByTestId('home').waitFor();
    expect(await page.locator('h1').textContent()).toBe('欢迎使用 ROI Studio');
    await ui.shot('11-first-run-zh');
    expect(await untranslated()).toEqual([]);
  });

  it('opens the demo project, showing the job’s progress', async () => {
    const { page } = ui;
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('open-demo').click();
    await page.getByTestId('demo-progress').waitFor();
    await ui.shot('12-demo-building');
    await page.getByTestId('data-step').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('project-title').textContent()).toBe('ROI Studio Demo');
    const rows = page.getByTestId('dataset-list').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    const kinds = await page.getByTestId('dataset-list').locator('tbody tr td:first-child').allTextContents();
    expect(kinds.map((k) => k.trim())).toEqual(expect.arrayContaining(['Ad spend', 'Orders', 'Touchpoints', 'Customers', 'Reviews']));
    await page.getByTestId('spend-chart').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
    await ui.shot('13-demo-data-en');
    await ui.shotOf('13b-spend-chart-en', page.getByTestId('spend-overview'));
    expect(await untranslated()).toEqual([]);
  });

  it('exports the chart as PNG', async () => {
    const { page } = ui;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('spend-chart').getByTestId('chart-export').click()]);
    expect(download.suggestedFilename()).toBe('spend-by-channel.png');
    const saved = join(SHOTS_DIR, '13c-exported-chart.png');
    await download.saveAs(saved);
    // A PNG file: its signature, and a size that is an image, not an empty canvas.
    const bytes = readFileSync(saved);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it('switches the whole workspace to Chinese, chart included', async () => {
    const { page } = ui;
    await page.getByTestId('language').selectOption('zh-CN');
    expect(await page.getByTestId('step-goal').textContent()).toContain('目标');
    expect(await page.getByTestId('step-optimise').textContent()).toContain('优化');
    await page.getByTestId('spend-overview').getByText('各渠道花费趋势').waitFor();
    await page.getByTestId('spend-chart').locator('.xtitle', { hasText: '日期' }).waitFor();
    await ui.shotOf('14-spend-chart-zh', page.getByTestId('spend-overview'));
    expect(await untranslated()).toEqual([]);
  });

  it('scrolls a large dataset to its last row through the virtual table', async () => {
    const { page } = ui;
    const touchpoints = page.getByTestId('dataset-list').locator('tbody tr', { hasText: '客户触点' });
    await touchpoints.getByRole('button', { name: '数据行' }).click();
    const table = page.getByTestId('rows-table');
    await table.locator('[aria-rowindex="1"]').getByText(/\d/).first().waitFor();
    const total = Number(await table.getAttribute('aria-rowcount'));
    expect(total).toBeGreaterThan(10_000);
    await table.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await table.locator(`[aria-rowindex="${total}"]`).getByText(/\d/).first().waitFor();
    expect(await table.locator('[role="row"]').count()).toBeLessThan(80);
    await ui.shot('15-virtual-rows-end');
    await page.getByTestId('back-to-list').click();
  });

  it('shows the analyses of the Models step in the dark theme', async () => {
    const { page } = ui;
    await page.getByTestId('theme').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByTestId('step-models').click();
    await page.getByTestId('models-step').waitFor();
    expect(await page.getByTestId('attribution-wizard').textContent()).toContain('渠道归因');
    expect(await page.getByTestId('models-tab-ltv').textContent()).toContain('客户终身价值');
    await ui.shot('16-models-step-dark');
    await page.getByTestId('step-data').click();
    await page.getByTestId('spend-chart').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
    await ui.shotOf('17-spend-chart-dark', page.getByTestId('spend-overview'));
    expect(ui.pageErrors, ui.pageErrors.join("\n")).toEqual([]);
  });

  it('explains a figure one click away: its “?” opens the glossary at its term, in both languages', async () => {
    const { page } = ui;
    await page.getByTestId('theme').selectOption('light');
    for (const [lang, name, definition] of [
      ['zh-CN', 'ROAS', '广告支出回报：销售额 ÷ 广告花费'],
      ['en', 'ROAS', 'revenue ÷ ad spend'],
    ] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page.getByTestId('step-report').click();
      await page.getByTestId('kpi-roas').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('kpi-roas').textContent()).toContain(name);
      await page.getByTestId('kpi-roas').getByTestId('term-roas').click();
      const picked = page.getByTestId('glossary').locator('.term.picked');
      await picked.waitFor();
      expect(await picked.locator('dt').textContent()).toBe(name);
      expect(await picked.locator('dd').textContent()).toContain(definition);
      await ui.shot(`18-glossary-${lang}`);
      // Searching narrows the list to the terms that mention the words.
      await page.getByTestId('glossary-search').fill(lang === 'en' ? 'half-life' : '半衰期');
      expect(await page.getByTestId('glossary').locator('dt').allTextContents()).toEqual([lang === 'en' ? 'Time decay' : '时间衰减']);
      await page.keyboard.press('Escape');
      await page.getByTestId('glossary').waitFor({ state: 'detached' });
    }
    expect(ui.pageErrors, ui.pageErrors.join('\n')).toEqual([]);
  });
});

