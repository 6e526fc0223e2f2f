/**
 * Managing projects and datasets as a new user would (issue 16, item 5), in Chromium
 * through the web host, in both languages: a deleted dataset can be taken back from the
 * message that replaces the native confirm box, and only goes when it closes; a project
 * is renamed, copied and deleted from the project lists, the delete undone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, importFile, openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-e2e-projects-'));
const spend = join(dir, 'spend.csv');
writeFileSync(spend, 'date,channel,spend\n2025-03-01,抖音,300\n2025-03-02,微信,100\n');
let host: WebHostProcess;

beforeAll(async () => {
  host = await startWebHost();
});

afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const datasetsOf = async (file: string): Promise<number> => (await host.call('project.open', { file })).datasets.length;

describe.each([
  { lang: 'zh-CN', name: '客户甲', renamed: '客户甲 2025', copy: '客户甲 2025（副本）' },
  { lang: 'en-US', name: 'Client A', renamed: 'Client A 2025', copy: 'Client A 2025 (copy)' },
])('projects and datasets ($lang)', ({ lang, name, renamed, copy }) => {
  let ui: BrowserSession;
  beforeAll(async () => {
    ui = await openBrowser({ locale: lang });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('deletes a dataset with an undo, and for good only when the message closes', async () => {
    const { page } = ui;
    await createProject(page, host.launchUrl, name);
    await importFile(page, spend);
    const file = join(host.workspace, `${name}.roi`);
    const row = page.locator('tr[data-file="spend.csv"]');

    await row.getByTestId('dataset-delete').click();
    await page.getByTestId('dataset-deleted').waitFor();
    expect(await row.count()).toBe(0);
    // Gone everywhere the user looks, the sidebar's count too, while the undo is offered.
    expect(await page.locator('.project-meta').textContent()).toMatch(/^0\b|^0 /);
    await ui.shot(`projects-dataset-undo-${lang}`);
    // Still in the project while the undo is offered.
    expect(await datasetsOf(file)).toBe(1);
    await page.getByTestId('dataset-deleted').getByTestId('undo').click();
    await row.waitFor();
    expect(await datasetsOf(file)).toBe(1);

    await row.getByTestId('dataset-delete').click();
    await page.getByTestId('dataset-deleted').getByTestId('undo-dismiss').click();
    await page.getByTestId('no-datasets').waitFor();
    await expect.poll(() => datasetsOf(file)).toBe(0);

    // The window closed (here: reloaded) while the undo was offered: the dataset stays, as the message says.
    await importFile(page, spend);
    await row.getByTestId('dataset-delete').click();
    await page.getByTestId('dataset-deleted').waitFor();
    const said = await page.getByTestId('dataset-deleted').textContent();
    expect(said).toContain('spend.csv');
    expect(said).toContain(lang === 'en-US' ? 'if the window is closed first, it stays in the project' : '若在此之前关闭窗口，它会保留在项目中');
    await page.reload();
    await page.waitForTimeout(500);
    expect(await datasetsOf(file)).toBe(1);
    // A reload starts at the project list.
    await page.getByTestId('workspace-projects').waitFor();
    expect(ui.pageErrors).toEqual([]);
  });

  it('renames, copies and deletes the project from the list, the delete undone', async () => {
    const { page } = ui;
    const list = page.getByTestId('workspace-projects');
    const item = (project: string) => list.locator(`li[data-project="${project}"]`);

    await item(name).getByTestId('project-rename').click();
    await list.getByTestId('project-name-input').fill(renamed);
    await list.getByTestId('project-save').click();
    await item(renamed).waitFor();
    expect(await item(name).count()).toBe(0);
    expect(existsSync(join(host.workspace, `${renamed}.roi`))).toBe(true);

    await item(renamed).getByTestId('project-copy').click();
    expect(await list.getByTestId('project-name-input').inputValue()).toBe(copy);
    await ui.shot(`projects-copy-${lang}`);
    await list.getByTestId('project-save').click();
    await item(copy).waitFor();

    await item(copy).getByTestId('project-delete').click();
    const toast = page.getByTestId('project-deleted');
    await toast.waitFor();
    expect(await toast.textContent()).toContain(copy);
    expect(await item(copy).count()).toBe(0);
    await ui.shot(`projects-deleted-${lang}`);
    await toast.getByTestId('undo').click();
    await item(copy).waitFor();

    await item(copy).getByTestId('project-delete').click();
    await toast.getByTestId('undo-dismiss').click();
    await toast.waitFor({ state: 'detached' });
    expect(await item(copy).count()).toBe(0);
    // Recoverable: in the workspace's trash folder.
    expect(readdirSync(join(host.workspace, 'trash')).some((f) => f.startsWith(copy) && f.endsWith('.roi'))).toBe(true);
    expect(ui.pageErrors).toEqual([]);
  });
});
