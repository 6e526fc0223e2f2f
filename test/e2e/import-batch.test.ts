/**
 * A month's exports in one go (issue 16, item 2), in Chromium through the web host, in
 * both languages: several files chosen at once are each read, recognised and mapped (the
 * remembered mapping applies), the days each covers are compared with the stored ones
 * before anything is written, and "import all" lands the good ones while a bad file is
 * named with its reason and an overlapping one waits for the user's choice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chooseFile, createProject, finishImport, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-batch-'));
function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}
function spendDays(first: number, last: number, month: string): string {
  let text = 'day,source,cost,net cost\n';
  for (let d = first; d <= last; d++) text += `2025-${month}-${String(d).padStart(2, '0')},Douyin,${d * 10},${d * 9}\n`;
  return text;
}
// February's export, mapped by hand (spend ← net cost); March's repeats 20–28 Feb.
const february = write('spend-feb.csv', spendDays(1, 28, '02'));
const march = write('spend-mar.csv', spendDays(20, 28, '02') + spendDays(1, 31, '03').split('\n').slice(1).join('\n'));
const orders = write('orders-mar.csv', 'order_id,customer_id,order_date,revenue\nA1,c1,2025-03-02,120\nA2,c2,2025-03-05,80\nA3,c1,2025-03-20,60\n');
const broken = write('broken.xlsx', 'this is not a workbook');
const badDates = write('bad-dates.csv', 'date,channel,spend\nsoon,Douyin,10\nlater,WeChat,20\n');
let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
});

afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const fileRow = (page: Page, name: string) => page.locator(`[data-testid^="batch-file-"][data-name="${name}"]`);

describe.each([
  { lang: 'zh-CN', project: '三月导出' },
  { lang: 'en-US', project: 'March exports' },
])('several files at once ($lang)', ({ lang, project }) => {
  let ui: BrowserSession;
  beforeAll(async () => {
    ui = await openBrowser({ locale: lang });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('checks each file, imports the good ones, names the bad one and asks about the overlap', async () => {
    const { page, pageErrors } = ui;
    await createProject(page, host.launchUrl, project);
    await chooseFile(page, february);
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('map-spend').selectOption('net cost');
    await finishImport(page);

    await page.getByTestId('open-import').click();
    await page.getByTestId('file-input').setInputFiles([march, orders, broken, badDates]);
    const rows = page.locator('[data-testid^="batch-file-"]');
    await expect.poll(() => rows.count()).toBe(4);
    // Every file read (and March's dates compared) before the user decides.
    await expect.poll(() => page.locator('[data-state="reading"], [data-testid="span-reading"]').count(), { timeout: 20_000 }).toBe(0);
    expect(await fileRow(page, 'spend-mar.csv').getAttribute('data-state')).toBe('ready');
    expect(await fileRow(page, 'spend-mar.csv').getByTestId('batch-remembered').textContent()).toContain('spend-feb.csv');
    expect(await fileRow(page, 'spend-mar.csv').getByTestId('file-span').textContent()).toContain('2025-02-20 – 2025-02-28');
    expect(await fileRow(page, 'orders-mar.csv').getAttribute('data-state')).toBe('ready');
    // No date of this file can be read: told before the import, which will then refuse it.
    expect(await fileRow(page, 'bad-dates.csv').getByTestId('file-span').getAttribute('class')).toContain('warn');
    expect(await fileRow(page, 'broken.xlsx').getAttribute('data-state')).toBe('unreadable');
    expect(await fileRow(page, 'broken.xlsx').getByTestId('error').textContent()).toContain('broken.xlsx');
    await ui.shot(`batch-checked-${lang}`);

    // Checking one file opens its preview and mapping, with the remembered columns.
    await fileRow(page, 'spend-mar.csv').getByTestId('batch-review').click();
    await page.getByTestId('wizard-next').click();
    expect(await page.getByTestId('map-spend').inputValue()).toBe('net cost');
    await page.getByTestId('batch-back').click();

    await page.getByTestId('batch-import-all').click();
    await expect.poll(() => fileRow(page, 'orders-mar.csv').getAttribute('data-state'), { timeout: 30_000 }).toBe('imported');
    await expect.poll(() => fileRow(page, 'bad-dates.csv').getAttribute('data-state'), { timeout: 30_000 }).toBe('failed');
    await expect.poll(() => fileRow(page, 'spend-mar.csv').getAttribute('data-state'), { timeout: 30_000 }).toBe('needs-choice');
    expect(await fileRow(page, 'bad-dates.csv').getByTestId('error').textContent()).toContain('bad-dates.csv');
    await page.getByTestId('batch-summary').waitFor();
    await ui.shot(`batch-imported-${lang}`);

    // The overlapping file: only its new rows (1–31 March), February's stay as they were.
    await fileRow(page, 'spend-mar.csv').getByTestId('overlap-new-only').click();
    await fileRow(page, 'spend-mar.csv').getByTestId('overlap-confirm').click();
    await expect.poll(() => fileRow(page, 'spend-mar.csv').getAttribute('data-state'), { timeout: 30_000 }).toBe('imported');
    await ui.shot(`batch-done-${lang}`);

    const info = await host.call('project.open', { file: join(host.workspace, `${project}.roi`) });
    const byFile = Object.fromEntries(info.datasets.map((d) => [d.file, d]));
    expect(Object.keys(byFile).sort()).toEqual(['orders-mar.csv', 'spend-feb.csv', 'spend-mar.csv']);
    expect(byFile['spend-mar.csv'].rowsImported).toBe(31);
    expect(byFile['spend-feb.csv'].rowsImported).toBe(28);
    expect(byFile['orders-mar.csv'].rowsImported).toBe(3);
    // The remembered mapping took the net column for March too.
    expect(byFile['spend-mar.csv'].mapping.spend).toBe('net cost');
    expect(pageErrors).toEqual([]);
    await page.getByTestId('wizard-close').click();
  });
});
