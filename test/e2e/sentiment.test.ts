// The review-sentiment wizard (issue 15) in Chromium on the demo project, as a shop owner
// uses it: run it, read the figures (checked against the CLI's JSON for the same project),
// click a figure to see the reviews behind it, correct labels and let the model learn from
// them, forget the corrections; in English, then in Chinese in the dark theme. Screenshots
// in test-results/e2e (50-…).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJson } from '../helpers/cli.js';
import { openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';
import type { SentimentAnalysis } from '../../src-main/analysis/results.js';

const en = (value: number, digits = 0): string => new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

let host: WebHostProcess;
let ui: BrowserSession;
let projectFile = '';
const downloads = mkdtempSync(join(tmpdir(), 'roi-e2e-sentiment-'));

async function untranslated(): Promise<string[]> {
  const text = await ui.page.locator('body').innerText();
  return text.match(/\b(ui|error|issue|cli|report)\.[A-Za-z]+[\w.-]*/g) ?? [];
}

/** The whole Models page (it scrolls inside <main>): the viewport grows to its height for the shot. */
async function pageShot(name: string): Promise<void> {
  const { page } = ui;
  const size = page.viewportSize()!;
  const height = await page.locator('main').evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(12_000, Math.max(size.height, height)) });
  await page.waitForTimeout(300);
  await ui.shot(name);
  await page.setViewportSize(size);
}

async function chartsReady(): Promise<void> {
  const charts = ui.page.getByTestId('sentiment-results').locator('.chart');
  await charts.first().waitFor();
  for (const chart of await charts.all()) await chart.and(ui.page.locator('[data-ready="true"]')).waitFor({ timeout: 20_000 });
}

const reviewRows = () => ui.page.getByTestId('sentiment-review');

describe('the review-sentiment wizard in Chromium, on the demo project', () => {
  beforeAll(async () => {
    [host, ui] = await Promise.all([startWebHost({ demo: true }), openBrowser({ locale: 'en-US', width: 1360, height: 900 })]);
  });

  afterAll(async () => {
    await ui?.close();
    await host?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  let cli: Omit<SentimentAnalysis, 'items'>;

  it('runs on the demo and shows the CLI’s figures', async () => {
    const { page } = ui;
    await page.goto(host.launchUrl);
    await page.getByTestId('open-demo').click();
    await page.getByTestId('data-step').waitFor({ timeout: 60_000 });
    projectFile = (await host.call('project.list', {})).workspace[0].file;
    await page.getByTestId('step-models').click();
    await page.getByTestId('models-tab-sentiment').click();
    // The shop's own aspect: gifts.
    await page.getByTestId('sentiment-aspect-words').fill('gift: 送人, 礼盒, gift');
    await ui.shot('50-sentiment-period');
    await page.getByTestId('sentiment-run').click();
    await page.getByTestId('sentiment-results').waitFor({ timeout: 30_000 });
    await chartsReady();
    cli = runJson<Omit<SentimentAnalysis, 'items'>>(['sentiment', '--project', projectFile, '--aspect', 'gift=送人,礼盒,gift']);
    expect(cli.byAspect.map((a) => a.key)).toContain('gift');
    expect(await page.getByTestId('sentiment-reviews-count').locator('.value').textContent()).toBe(en(cli.reviews));
    expect(await page.getByTestId('sentiment-net').locator('.value').textContent()).toBe(`+${en(cli.netSentiment * 100, 1)}%`);
    expect(await page.getByTestId('sentiment-aspect-row').count()).toBe(cli.byAspect.length);
    // The demo's reviews all fit in the table.
    expect(await page.getByTestId('sentiment-review-count').textContent()).toBe(`${en(cli.reviews)} of ${en(cli.reviews)}`);
    expect(await page.getByTestId('sentiment-at-risk-customer').count()).toBe(cli.atRiskReviewers.length);
    expect(await untranslated()).toEqual([]);
    await pageShot('51-sentiment-results');
  });

  it('opens the reviews behind an aspect × sentiment cell, and clears the filter', async () => {
    const { page } = ui;
    const delivery = cli.byAspect.find((a) => a.key === 'delivery')!;
    await page.getByTestId('sentiment-cell-delivery-negative').click();
    await expect.poll(() => page.getByTestId('sentiment-review-count').textContent()).toBe(`${en(delivery.negative)} of ${en(cli.reviews)}`);
    expect(await page.getByTestId('sentiment-filter-aspect').inputValue()).toBe('delivery');
    expect(await page.getByTestId('sentiment-filter-label').inputValue()).toBe('negative');
    await ui.shotOf('52-sentiment-drill-delivery-negative', page.getByTestId('sentiment-reviews'));
    await page.getByTestId('sentiment-filter-clear').click();
    await expect.poll(() => page.getByTestId('sentiment-review-count').textContent()).toBe(`${en(cli.reviews)} of ${en(cli.reviews)}`);
  });

  it('sorts the reviews by score in the project (as every table sorts) and saves every matching review, not only the pages shown', async () => {
    const { page } = ui;
    await page.getByTestId('sentiment-filter-label').selectOption('negative');
    await expect.poll(() => page.getByTestId('sentiment-review-count').textContent()).toBe(`${en(cli.negative)} of ${en(cli.reviews)}`);
    const header = page.getByTestId('sentiment-reviews').locator('th[data-col="score"]');
    const scores = async () => (await reviewRows().locator('td.num').allTextContents()).map((t) => Number(t.replace('−', '-')));
    const firstText = () => reviewRows().first().locator('td.text > div').first().textContent();
    const expectOrder = async (descending: boolean) => {
      const api = await host.call('sentiment.reviews', { project: projectFile, filter: { label: 'negative' }, sort: { column: 'score', descending }, after: null, limit: 100 });
      await expect.poll(firstText).toBe(api.items[0].text);
      const shown = await scores();
      expect(shown).toEqual(api.items.map((i) => Number(i.score!.toFixed(2))));
      expect(shown).toEqual([...shown].sort((a, b) => (descending ? b - a : a - b)));
    };
    await header.getByTestId('sort-score').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await expectOrder(false);
    await header.getByTestId('sort-score').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await expectOrder(true);
    await ui.shotOf('52b-sentiment-sorted-by-score', page.getByTestId('sentiment-reviews'));
    // The next page continues the order.
    if (cli.negative > 100) {
      await page.getByTestId('sentiment-more').click();
      await expect.poll(() => reviewRows().count()).toBe(Math.min(200, cli.negative));
      const shown = await scores();
      expect(shown).toEqual([...shown].sort((a, b) => b - a));
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sentiment-export-csv').click()]);
    const saved = join(downloads, 'reviews.csv');
    await download.saveAs(saved);
    const lines = readFileSync(saved, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Review,Date,Sentiment score,Label,Aspects,Product,Platform,Customer');
    expect(lines).toHaveLength(cli.negative + 1);
    expect(lines.slice(1).every((l) => l.includes(',Negative,'))).toBe(true);
    await header.getByTestId('sort-score').click();
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await page.getByTestId('sentiment-filter-clear').click();
    await expect.poll(() => page.getByTestId('sentiment-review-count').textContent()).toBe(`${en(cli.reviews)} of ${en(cli.reviews)}`);
  });

  it('keeps label corrections, learns from them on the next run, and forgets them on request', async () => {
    const { page } = ui;
    await page.getByTestId('sentiment-filter-label').selectOption('neutral');
    // The table fetches the filtered reviews from the project: wait for them before reading rows.
    await expect.poll(() => page.getByTestId('sentiment-review-count').textContent()).toBe(`${en(cli.neutral)} of ${en(cli.reviews)}`);
    const rows = reviewRows();
    // The user reads neutral reviews and files a dozen different texts as positive (a corrected row
    // stays in place; a correction holds for every copy of its text, so copies are skipped).
    const texts = new Set<string>();
    for (let i = 0; texts.size < 12 && i < (await rows.count()); i++) {
      const text = (await rows.nth(i).locator('td.text > div').first().textContent()) ?? '';
      if (texts.has(text)) {
        expect(await rows.nth(i).getByTestId('sentiment-label').inputValue()).toBe('positive');
        continue;
      }
      texts.add(text);
      await rows.nth(i).getByTestId('sentiment-label').selectOption('positive');
      await expect.poll(() => page.getByTestId('sentiment-learn-pending').textContent()).toContain(`${texts.size} corrections`);
    }
    const corrected = texts.size;
    expect(corrected).toBe(12);
    await page.getByTestId('sentiment-learn-run').click();
    await expect.poll(() => page.getByTestId('sentiment-learn-check').textContent(), { timeout: 30_000 }).toContain(`Adapted to your ${corrected} corrections`);
    await ui.shotOf('53-sentiment-learned', page.getByTestId('sentiment-learning'));
    const after = runJson<Omit<SentimentAnalysis, 'items'>>(['sentiment', '--project', projectFile]);
    expect(after.adaptation.corrections).toBe(corrected);
    expect(after.neutral).toBeLessThan(cli.neutral);
    await page.getByTestId('sentiment-learn-reset').click();
    await expect.poll(() => page.getByTestId('sentiment-learn-check').textContent(), { timeout: 30_000 }).toContain('0 corrections so far');
    expect(ui.pageErrors).toEqual([]);
  });

  it('sets a brand goal on the share of positive reviews, tracked on the dashboard', async () => {
    const { page } = ui;
    await page.getByTestId('step-goal').click();
    const wizard = page.getByTestId('goal-wizard');
    await wizard.waitFor();
    await page.getByTestId('goal-type-positive-share').click();
    await page.getByTestId('goal-preset-quarter').click();
    // The baseline is the quarter before, from the latest sentiment run.
    await expect.poll(() => page.getByTestId('goal-reference-baseline').textContent()).toMatch(/^\d+(\.\d)?%$/);
    await ui.shotOf('56-sentiment-brand-goal-wizard', wizard);
    await page.getByTestId('goal-target').fill('85');
    await page.getByTestId('goal-save').click();
    const card = page.getByTestId('goal-card');
    await card.waitFor();
    expect(await card.getByTestId('goal-analysis-sentiment').count()).toBe(1);
    const goals = await host.call('goal.list', { project: projectFile });
    const goal = goals.find((g) => g.type === 'positive-share')!;
    expect(await card.getByTestId('goal-current').textContent()).toBe(`${en(goal.current! * 100, 1)}%`);
    await page.getByTestId('step-report').click();
    const dashboard = page.getByTestId('dashboard');
    await dashboard.getByTestId('kpi-positiveShare').waitFor();
    const row = dashboard.getByTestId('dashboard-goal');
    expect(await row.count()).toBe(1);
    // The status ("Ended, target missed") sits beside the figures, not over them.
    const figures = (await row.locator('.figures').boundingBox())!;
    const badge = (await row.locator('.badge').boundingBox())!;
    expect(figures.x + figures.width).toBeLessThanOrEqual(badge.x);
    expect(await row.locator('.figures').textContent()).toContain('of 85.0%');
    await ui.shotOf('57-sentiment-brand-dashboard', dashboard);
    expect(await untranslated()).toEqual([]);
    await page.getByTestId('step-models').click();
    await page.getByTestId('models-tab-sentiment').click();
  });

  it('reads in Chinese and in the dark theme, with no untranslated words', async () => {
    const { page } = ui;
    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByTestId('theme').selectOption('dark');
    await chartsReady();
    expect(await page.getByTestId('sentiment-panel').textContent()).toContain('评价情感分析');
    expect(await untranslated()).toEqual([]);
    await pageShot('54-sentiment-results-zh-dark');
    await page.getByTestId('theme').selectOption('light');
    await pageShot('55-sentiment-results-zh');
  });
});
