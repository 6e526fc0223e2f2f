/**
 * The report cover's branding set in the Report step (issue 16, item 4), in Chromium
 * through the web host, in both languages: title, client and logo saved for the project
 * as they are typed and chosen, shown on the preview's cover; a file that is not an image
 * is refused with its name, and the stored logo stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, importFile, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';
import { writeOrders } from '../helpers/orders-fixture.js';
import { makePng } from '../helpers/png.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-branding-'));
const orders = join(dir, 'orders.csv');
writeOrders(orders, 'o', 1, 40);
const logo = join(dir, 'studio-logo.png');
writeFileSync(logo, makePng(240, 80, (x, y) => (y > 32 && y < 48 && x > 20 && x < 220 ? [255, 255, 255] : x < 80 ? [11, 111, 164] : [240, 140, 40])));
const notImage = join(dir, 'notes.png');
writeFileSync(notImage, 'meeting notes, not a picture');
let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
});

afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  { lang: 'zh-CN', project: '茶饮客户', title: '2025 年一季度营销复盘', client: '山茶饮品有限公司' },
  { lang: 'en-US', project: 'Tea client', title: 'Q1 2025 marketing review', client: 'Camellia Tea Ltd' },
])('report cover branding ($lang)', ({ lang, project, title, client }) => {
  let ui: BrowserSession;
  beforeAll(async () => {
    ui = await openBrowser({ locale: lang });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('saves the title, client and logo for the project and shows them on the cover', async () => {
    const { page, pageErrors } = ui;
    await createProject(page, host.launchUrl, project);
    await importFile(page, orders);
    await page.getByTestId('step-report').click();
    const form = page.getByTestId('report-branding');
    await form.waitFor();
    await page.getByTestId('branding-title').fill(title);
    await page.getByTestId('branding-title').press('Tab');
    await page.getByTestId('branding-saved').waitFor();
    await page.getByTestId('branding-client').fill(client);
    await page.getByTestId('branding-client').press('Tab');
    await page.getByTestId('branding-logo-input').setInputFiles(logo);
    await page.getByTestId('branding-logo-preview').waitFor();

    // Not an image: refused by name, the logo chosen before stays.
    await page.getByTestId('branding-logo-input').setInputFiles(notImage);
    await form.getByTestId('error').waitFor();
    expect(await form.getByTestId('error').textContent()).toContain('notes.png');
    expect(await page.getByTestId('branding-logo-preview').count()).toBe(1);
    await ui.shotOf(`report-branding-${lang}`, page.getByTestId('report-builder'));

    const file = join(host.workspace, `${project}.roi`);
    const stored = await host.call('report.branding', { project: file });
    expect(stored).toMatchObject({ title, client, logo: { mime: 'image/png', width: 240, height: 80 } });

    await page.getByTestId('report-preview-button').click();
    const cover = page.frameLocator('[data-testid="report-frame"]').locator('.cover');
    await cover.waitFor({ timeout: 30_000 });
    expect(await cover.locator('h1').textContent()).toBe(title);
    expect(await cover.locator('.client').textContent()).toBe(client);
    expect(await cover.locator('img.logo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
    await ui.shotOf(`report-branding-cover-${lang}`, page.getByTestId('report-preview'));
    expect(pageErrors).toEqual([]);
  });

  it('keeps what is typed while the stored branding is still on its way (a busy machine)', async () => {
    const { page, pageErrors } = ui;
    // The stored branding arrives late: before, the fields took typing and the late answer erased it.
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/report.branding', async (route) => {
      await arrived;
      await route.continue();
    });
    await page.getByTestId('step-data').click();
    await page.getByTestId('step-report').click();
    const field = page.getByTestId('branding-title');
    await field.waitFor();
    expect(await field.isDisabled()).toBe(true);
    release();
    const later = `${title} (v2)`;
    await field.fill(later); // waits until the field is enabled
    await field.press('Tab');
    await page.getByTestId('branding-saved').waitFor();
    await page.unroute('**/api/report.branding');
    expect(await field.inputValue()).toBe(later);
    const stored = await host.call('report.branding', { project: join(host.workspace, `${project}.roi`) });
    expect(stored.title).toBe(later);
    expect(pageErrors).toEqual([]);
  });
});
