/**
 * Goals, dashboard, report and optimise steps on the demo project, in Chromium: a goal
 * with its baseline and progress, the KPI tiles checked against SQL on the project file,
 * the report previewed and exported (PDF and xlsx through the UI's downloads), the budget
 * advice with another guardrail, and both languages without an untranslated key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { SHOTS_DIR, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

let host: WebHostProcess;
let ui: BrowserSession;
let projectFile = '';

beforeAll(async () => {
  [host, ui] = await Promise.all([startWebHost({ demo: true }), openBrowser({ locale: 'en-US', width: 1360, height: 900 })]);
});

afterAll(async () => {
  await ui?.close();
  await host?.stop();
});

/** Catalogue keys shown as text: words nobody translated. */
async function untranslated(): Promise<string[]> {
  const text = await ui.page.locator('main').innerText();
  return text.match(/\b(ui|error|report|cli)\.[A-Za-z]+[\w.-]*/g) ?? [];
}

const whole = (value: number): string => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(value);

/** Revenue and spend of a period straight from the project file (dates inclusive). */
function sums(from: string, to: string): { revenue: number; spend: number } {
  const db = new Database(projectFile, { readonly: true, fileMustExist: true });
  try {
    const revenue = (db.prepare('SELECT sum(revenue) AS s FROM orders WHERE date >= ? AND date < ?').get(from, `${to}T99`) as { s: number }).s;
    const spend = (db.prepare('SELECT sum(spend) AS s FROM spend WHERE date >= ? AND date <= ?').get(from, to) as { s: number }).s;
    return { revenue, spend };
  } finally {
    db.close();
  }
}

describe('goals, dashboard, report and optimise, in Chromium', () => {
  it('opens the demo project', async () => {
    const { page } = ui;
    await page.goto(host.launchUrl);
    await page.getByTestId('open-demo').click();
    await page.getByTestId('data-step').waitFor({ timeout: 60_000 });
    const listed = await host.call('project.list', {});
    projectFile = [...listed.recent, ...listed.workspace].find((p) => p.name === 'ROI Studio Demo')!.file;
    expect(projectFile).toMatch(/\.roi$/);
  });

  it('adds a revenue goal for the quarter, showing the baseline before a target is typed', async () => {
    const { page } = ui;
    await page.getByTestId('step-goal').click();
    // No goals yet: the wizard is open at once, with revenue and this quarter of the data chosen.
    const wizard = page.getByTestId('goal-wizard');
    await wizard.waitFor();
    await page.getByTestId('goal-type-revenue').click();
    await page.getByTestId('goal-preset-quarter').click();
    expect(await page.getByTestId('goal-from').inputValue()).toBe('2025-10-01');
    expect(await page.getByTestId('goal-to').inputValue()).toBe('2025-12-31');
    const q3 = sums('2025-07-01', '2025-09-30').revenue;
    const q4 = sums('2025-10-01', '2025-12-31').revenue;
    await expect.poll(() => page.getByTestId('goal-reference-baseline').textContent()).toBe(whole(q3));
    expect(await page.getByTestId('goal-reference-current').textContent()).toBe(whole(q4));
    expect(await page.getByTestId('goal-target').inputValue()).toBe('');
    await ui.shotOf('60-goal-wizard-en', wizard);

    await page.getByTestId('goal-suggest-10').click();
    const target = Number(await page.getByTestId('goal-target').inputValue());
    expect(target).toBeCloseTo(q3 * 1.1, 1);
    await page.getByTestId('goal-budget').fill('350000');
    await page.getByTestId('goal-save').click();

    const card = page.getByTestId('goal-card');
    await card.waitFor();
    expect(await card.getByTestId('goal-baseline').textContent()).toBe(whole(q3));
    expect(await card.getByTestId('goal-current').textContent()).toBe(whole(q4));
    expect(await card.getByTestId('goal-target-value').textContent()).toBe(whole(target));
    const progress = Math.min(1, Math.max(0, (q4 - q3) / (target - q3)));
    expect(await card.getByTestId('goal-progress').textContent()).toBe(`${Math.round(progress * 100)}%`);
    expect(await card.getByTestId('goal-analysis-attribution').count()).toBe(1);
    await ui.shot('61-goal-list-en');
    expect(await untranslated()).toEqual([]);
  });

  it('shows the dashboard: KPI tiles agree with SQL on the project file, goal progress, charts', async () => {
    const { page } = ui;
    await page.getByTestId('step-report').click();
    const dashboard = page.getByTestId('dashboard');
    await dashboard.getByTestId('kpi-revenue').waitFor();
    // Default: the last full month of the data (December 2025) against November.
    const december = sums('2025-12-01', '2025-12-31');
    const november = sums('2025-11-01', '2025-11-30');
    expect(await dashboard.getByTestId('kpi-revenue').getByTestId('kpi-value').textContent()).toBe(whole(december.revenue));
    expect(await dashboard.getByTestId('kpi-spend').getByTestId('kpi-value').textContent()).toBe(whole(december.spend));
    const change = (december.revenue - november.revenue) / november.revenue;
    const changeText = `${change >= 0 ? '+' : '−'}${new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(change) * 100)}%`;
    expect(await dashboard.getByTestId('kpi-revenue').getByTestId('kpi-change').textContent()).toContain(changeText);
    const roas = december.revenue / december.spend;
    expect(await dashboard.getByTestId('kpi-roas').getByTestId('kpi-value').textContent()).toBe(`${roas.toFixed(2).replace(/\.?0+$/, '')}×`);
    expect(await dashboard.getByTestId('dashboard-goal').count()).toBe(1);
    await page.getByTestId('trend-money-chart').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
    // A year of months tilts the labels; the last one (2025-12) would run past the right edge, so plotly hid it.
    const hidden = await page.getByTestId('trend-money-chart').evaluate((chart) => {
      const box = chart.getBoundingClientRect();
      return [...chart.querySelectorAll('.xtick text')].filter((t) => t.getBoundingClientRect().width === 0 || t.getBoundingClientRect().right > box.right + 0.5).map((t) => t.textContent);
    });
    expect(hidden).toEqual([]);
    await ui.shotOf('62-dashboard-en', dashboard);
  });

  it('previews the report in a sandboxed frame that the page’s CSP lets render', async () => {
    const { page } = ui;
    await page.getByTestId('report-preview-button').click();
    const frame = page.getByTestId('report-frame');
    await frame.waitFor({ timeout: 30_000 });
    expect(await frame.getAttribute('sandbox')).toBe('');
    const body = page.frameLocator('[data-testid="report-frame"]').locator('body');
    await expect.poll(async () => (await body.innerText()).length, { timeout: 20_000 }).toBeGreaterThan(500);
    // Charts are drawn (inline SVG), and styles apply: the page is not unstyled text.
    expect(await page.frameLocator('[data-testid="report-frame"]').locator('svg').count()).toBeGreaterThan(0);
    await ui.shotOf('63-report-preview-en', page.getByTestId('report-preview'));
    await ui.shotOf('63b-report-builder-en', page.getByTestId('report-builder'));
    expect(ui.pageErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });

  it('exports the PDF and the Excel report through the page, with progress, as downloads', async () => {
    const { page } = ui;
    const pdfDownload = page.waitForEvent('download', { timeout: 45_000 });
    await page.getByTestId('report-export-pdf').click();
    // Printing takes seconds: the job's progress shows meanwhile.
    await page.getByTestId('report-export-progress').waitFor();
    await ui.shotOf('64a-report-exporting-en', page.getByTestId('report-builder'));
    const pdf = await pdfDownload;
    const pdfPath = join(SHOTS_DIR, 'report-export.pdf');
    await pdf.saveAs(pdfPath);
    const pdfBytes = readFileSync(pdfPath);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfBytes.length).toBeGreaterThan(20_000);
    await page.getByTestId('report-exported').waitFor();

    const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByTestId('report-export-xlsx').click()]);
    const xlsxPath = join(SHOTS_DIR, 'report-export.xlsx');
    await xlsx.saveAs(xlsxPath);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsxBytes = readFileSync(xlsxPath);
    expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    expect(workbook.worksheets.length).toBeGreaterThan(1);
    await page.getByTestId('report-exported').waitFor();
    await ui.shotOf('64-report-exported-en', page.getByTestId('report-builder'));
  });

  it('shows the budget-shift advice and recalculates it with a tighter guardrail', async () => {
    const { page } = ui;
    await page.getByTestId('step-optimise').click();
    const step = page.getByTestId('optimise-step');
    await step.waitFor();
    await step.getByTestId('optimise-empty').or(step.getByTestId('advice-table')).first().waitFor();
    if (await step.getByTestId('optimise-empty').isVisible()) await step.getByTestId('optimise-run').click();
    await step.getByTestId('advice-table').waitFor({ timeout: 30_000 });
    expect(await step.getByTestId('advice-row').count()).toBe(8);
    await step.getByTestId('caveat-average').waitFor();
    await step.getByTestId('mmm-note').waitFor();
    await page.getByTestId('advice-chart').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
    await ui.shot('65-optimise-en');
    await ui.shotOf('65b-advice-table-en', step.getByTestId('advice-table'));
    await ui.shotOf('65c-advice-caveats-en', step.getByTestId('advice-caveats'));

    await step.getByTestId('max-change').fill('20');
    expect(await step.getByTestId('max-change-value').textContent()).toBe('±20%');
    await step.getByTestId('advice-apply').click();
    await expect.poll(() => step.getByTestId('advice-basis').textContent(), { timeout: 30_000 }).toContain('±20%');
    // A what-if: said so on screen, and the saved attribution is untouched (issue 14 finding 2).
    await step.getByTestId('optimise-scenario').waitFor();
    // No channel moves by more than a fifth of its spend now.
    const shares = await step.getByTestId('advice-row').locator('td:nth-child(4) .share').allTextContents();
    for (const share of shares.filter((s) => s.trim())) expect(Number(share.replace(/[^\d.]/g, ''))).toBeLessThanOrEqual(20.0001);
    expect(await untranslated()).toEqual([]);
  });

  it('reads every new step in Chinese without an untranslated key', async () => {
    const { page } = ui;
    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByTestId('optimise-step').getByText('调整预算前请先阅读').waitFor();
    expect(await untranslated()).toEqual([]);
    await ui.shot('66-optimise-zh');
    await page.getByTestId('step-goal').click();
    await page.getByTestId('goal-card').getByText('销售额').waitFor();
    expect(await untranslated()).toEqual([]);
    await ui.shot('67-goals-zh');
    await page.getByTestId('step-report').click();
    await page.getByTestId('dashboard').getByText('新客户数').first().waitFor();
    await page.getByTestId('trend-money-chart').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
    expect(await untranslated()).toEqual([]);
    await ui.shot('68-report-zh');
    expect(ui.pageErrors, ui.pageErrors.join('\n')).toEqual([]);
  });
});
