/**
 * The overlap and duplicate choices of the import wizard, in Chromium, in both languages:
 * spend for Jan 1–20, then the same source's export for Jan 1–25. The wizard must stop
 * before writing, say what overlaps, and import with the user's choice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseFile, createProject, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-overlap-'));

function spendExport(name: string, lastDay: number): string {
  const lines = ['date,channel,campaign,spend'];
  for (let day = 1; day <= lastDay; day++) {
    const date = `2025-01-${String(day).padStart(2, '0')}`;
    lines.push(`${date},Google Ads,brand,${day * 10}`, `${date},Meta,,${day * 10 + 1}`);
  }
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const first = spendExport('spend-jan-1-20.csv', 20);
const second = spendExport('spend-jan-1-25.csv', 25);
let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
});

afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function importFile(ui: BrowserSession, file: string): Promise<void> {
  const { page } = ui;
  await chooseFile(page, file);
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('mapping-table').waitFor();
}

const cases = [
  { lang: 'zh-CN', project: '一月花费', choice: 'new-only', rows: [40, 10], flagged: false },
  { lang: 'en-US', project: 'January spend', choice: 'keep-both', rows: [40, 50], flagged: true },
] as const;

describe.each(cases)('the overlap choice in the wizard ($lang)', ({ lang, project, choice, rows, flagged }) => {
  let ui: BrowserSession;
  beforeAll(async () => {
    ui = await openBrowser({ locale: lang });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('imports the first export, with the duplicate choice shown (spend: drop suggested)', async () => {
    const { page } = ui;
    await createProject(page, host.launchUrl, project);
    await importFile(ui, first);
    const duplicates = page.getByTestId('duplicates-choice');
    expect(await duplicates.getByTestId('duplicates-drop').locator('input').isChecked()).toBe(true);
    expect(await duplicates.getByTestId('duplicates-drop').locator('.badge').count()).toBe(1);
    await ui.shotOf(`overlap-01-duplicates-${lang}`, duplicates);
    await page.getByTestId('start-import').click();
    await page.getByTestId('quality-report').waitFor({ timeout: 30_000 });
    await page.getByTestId('wizard-done').click();
  });

  it('stops before writing the overlapping export, says what overlaps, and imports with the choice', async () => {
    const { page } = ui;
    await importFile(ui, second);
    await page.getByTestId('start-import').click();
    const panel = page.getByTestId('overlap-choice');
    await panel.waitFor({ timeout: 30_000 });
    const facts = (await page.getByTestId('overlap-facts').textContent()) ?? '';
    expect(facts).toContain('40');
    expect(facts).toContain('2025-01-01 – 2025-01-20');
    expect(facts).toContain('spend-jan-1-20.csv');
    // Nothing was written yet.
    const file = (await host.call('project.list', {})).recent.find((p) => p.name === project)!.file;
    expect((await host.call('project.open', { file })).datasets).toHaveLength(1);
    await ui.shot(`overlap-02-choice-${lang}`);
    await panel.getByTestId(`overlap-${choice}`).click();
    await page.getByTestId('overlap-confirm').click();
    await page.getByTestId('quality-report').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('quality-overlap').textContent()).toContain('40');
    await ui.shot(`overlap-03-report-${lang}`);
    expect((await host.call('project.open', { file })).datasets.map((d) => d.rowsImported)).toEqual(rows);
    await page.getByTestId('wizard-done').click();
  });

  it(flagged ? 'flags the overlap kept on the dashboard' : 'has nothing to flag on the dashboard', async () => {
    const { page } = ui;
    await page.getByTestId('step-report').click();
    await page.getByTestId('kpi-tiles').waitFor();
    await page.getByTestId('dashboard').and(page.locator('[data-loading="false"]')).waitFor();
    expect(await page.getByTestId('dashboard-overlaps').count()).toBe(flagged ? 1 : 0);
    if (flagged) await ui.shotOf(`overlap-04-dashboard-${lang}`, page.getByTestId('dashboard-overlaps'));
    expect(ui.pageErrors).toEqual([]);
  });
});
