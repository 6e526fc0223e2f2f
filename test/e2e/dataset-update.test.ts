/**
 * "Update this dataset with a new export" (issue 16, item 2), in Chromium through the web
 * host, in both languages: from the dataset list, the new export takes the dataset's
 * columns (its headers moved and grew), the days it covers and the stored rows of those
 * days are said before anything is written, and the chosen way — replace the period —
 * leaves each day counted once; the export it replaced wholly leaves the list with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseFile, createProject, finishImport, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-update-'));
function write(name: string, header: string, row: (day: string, d: number) => string, days: string[]): string {
  writeFileSync(join(dir, name), `${header}\n${days.map((day, i) => row(day, i + 1)).join('\n')}\n`);
  return join(dir, name);
}
const range = (month: string, first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => `2025-${month}-${String(first + i).padStart(2, '0')}`);
// March 1–15 exported mid-month, mapped by hand to the net column; then the whole month, columns moved and one added.
const firstHalf = write('google-1-15.csv', 'Day,Campaign,Cost,Cost (net)', (day, d) => `${day},Brand,${d * 10},${d * 9}`, range('03', 1, 15));
const wholeMonth = write('google-march.csv', 'Campaign,Day,Cost (net),Cost,Clicks', (day, d) => `Brand,${day},${d * 9},${d * 10},${d}`, range('03', 1, 31));
let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
});

afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  { lang: 'zh-CN', project: '月中与月末导出' },
  { lang: 'en-US', project: 'Mid-month then whole month' },
])('update a dataset ($lang)', ({ lang, project }) => {
  let ui: BrowserSession;
  beforeAll(async () => {
    ui = await openBrowser({ locale: lang });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('takes the dataset’s columns, says what overlaps before writing, and replaces that period', async () => {
    const { page, pageErrors } = ui;
    await createProject(page, host.launchUrl, project);
    await chooseFile(page, firstHalf);
    await page.getByTestId('kind-select').selectOption('spend');
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('map-spend').selectOption('Cost (net)');
    await page.getByTestId('map-channel').selectOption('Campaign');
    await finishImport(page);

    await page.getByTestId('dataset-1').getByTestId('dataset-update').click();
    await page.getByTestId('update-intro').waitFor();
    await page.getByTestId('file-input').setInputFiles(wholeMonth);
    await page.getByTestId('detected').waitFor();
    await page.getByTestId('update-plan').getByTestId('file-span').waitFor({ timeout: 20_000 });
    const said = await page.getByTestId('update-plan').getByTestId('file-span').textContent();
    expect(said).toContain('2025-03-01 – 2025-03-31');
    expect(said).toContain('google-1-15.csv');
    expect(said).toContain('2025-03-01 – 2025-03-15');
    expect(await page.getByTestId('update-replace').locator('input').isChecked()).toBe(true);
    // All of the mid-month export is replaced: said before, and not when only new rows are added.
    expect(await page.getByTestId('update-emptied').textContent()).toContain('google-1-15.csv');
    await page.getByTestId('update-new-only').click();
    expect(await page.getByTestId('update-emptied').count()).toBe(0);
    await page.getByTestId('update-replace').click();
    await ui.shot(`update-check-${lang}`);

    await page.getByTestId('wizard-next').click();
    expect(await page.getByTestId('map-spend').inputValue()).toBe('Cost (net)');
    expect(await page.getByTestId('map-channel').inputValue()).toBe('Campaign');
    await page.getByTestId('update-plan').waitFor();
    // Nothing is in the project yet: still one dataset.
    const before = await host.call('project.open', { file: join(host.workspace, `${project}.roi`) });
    expect(before.datasets).toHaveLength(1);
    await page.getByTestId('start-import').click();
    await page.getByTestId('quality-report').waitFor({ timeout: 30_000 });
    // The mid-month export held only replaced days: it goes with the import, and the outcome says so.
    expect(await page.getByTestId('quality-emptied').textContent()).toContain('google-1-15.csv');
    await ui.shotOf(`update-outcome-${lang}`, page.getByTestId('quality-report'));
    await page.getByTestId('wizard-done').click();

    const after = await host.call('project.open', { file: join(host.workspace, `${project}.roi`) });
    expect(after.datasets.map((d) => [d.file, d.rowsImported])).toEqual([['google-march.csv', 31]]);
    // Not in the list either (it showed a dataset of 0 rows with a note to delete it).
    await expect.poll(() => page.locator('tr[data-file="google-1-15.csv"]').count()).toBe(0);
    expect(await page.locator('tr[data-file="google-march.csv"]').count()).toBe(1);
    // Each day once: the month's net spend, 9 × (1 + … + 31).
    const overview = await host.call('overview.spend', { project: join(host.workspace, `${project}.roi`) });
    expect(overview.total).toBe(9 * 496);
    expect(pageErrors).toEqual([]);
  });
});
