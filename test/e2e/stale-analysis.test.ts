// A saved analysis the data has moved on from, in Chromium on the demo project (in Chinese):
// after a dataset is deleted, the Models page, the Optimise page and the dashboard's channel
// ROI say the figures may be out of date; running the attribution again from the notice
// makes every one of them current. Screenshots go to a temp folder (path in the log).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiZhCN } from '../../src-shared/i18n/ui-zh-CN.js';
import { tempDir } from '../helpers/cli.js';
import { openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

let host: WebHostProcess;
let ui: BrowserSession;
let projectFile = '';
const shots = tempDir('roi-stale-shots-');

beforeAll(async () => {
  [host, ui] = await Promise.all([startWebHost({ demo: true }), openBrowser({ locale: 'zh-CN', width: 1360, height: 900 })]);
  console.info(`stale-analysis screenshots: ${shots}`);
});

afterAll(async () => {
  await ui?.close();
  await host?.stop();
});

async function go(step: 'data' | 'models' | 'report' | 'optimise', ready: string): Promise<void> {
  await ui.page.getByTestId(`step-${step}`).click();
  await ui.page.getByTestId(ready).waitFor();
}

describe('an out-of-date analysis, in Chromium', () => {
  it('runs the attribution on the demo: no notice while the data is unchanged', async () => {
    const { page } = ui;
    await page.goto(host.launchUrl);
    await page.getByTestId('open-demo').click();
    await page.getByTestId('data-step').waitFor({ timeout: 90_000 });
    projectFile = (await host.call('project.list', {})).workspace[0].file;
    await go('models', 'attribution-wizard');
    await page.getByTestId('attr-next').click();
    await page.getByTestId('attr-run').click();
    await page.getByTestId('attribution-results').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('stale-notice').count()).toBe(0);
    expect((await host.call('analysis.latest', { project: projectFile, kind: 'attribution' }))?.current).toBe(true);
  });

  it('says the figures may be out of date once a dataset is deleted', async () => {
    const { page } = ui;
    const spend = (await host.call('project.open', { file: projectFile })).datasets.find((d) => d.kind === 'spend')!;
    await go('data', 'dataset-list');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId(`dataset-${spend.id}`).getByRole('button', { name: uiZhCN['ui.data.delete'] }).click();
    await page.getByTestId(`dataset-${spend.id}`).waitFor({ state: 'detached' });

    await go('models', 'attribution-wizard');
    const notice = page.getByTestId('attribution-wizard').getByTestId('stale-notice');
    await notice.waitFor();
    expect(await notice.locator('h3').textContent()).toBe(uiZhCN['ui.stale.title']);
    expect(await notice.textContent()).toContain('此后有数据集被导入、删除或替换');
    // The saved result is still shown, below the notice.
    await page.getByTestId('attribution-results').waitFor();
    expect(await notice.getByTestId('stale-rerun').textContent()).toBe(uiZhCN['ui.stale.rerun']);
    // The "saved result" badge beside it turns from the ok colour to the warning one.
    expect(await page.getByTestId('attribution-wizard').getByTestId('analysis-saved').getAttribute('class')).toMatch(/\bwarn\b/);
    await notice.scrollIntoViewIfNeeded();
    await page.getByTestId('attribution-wizard').screenshot({ path: join(shots, 'models-stale-zh.png') });

    await go('optimise', 'optimise-step');
    await page.getByTestId('optimise-step').getByTestId('stale-notice').waitFor();
    await page.getByTestId('optimise-step').screenshot({ path: join(shots, 'optimise-stale-zh.png') });

    await go('report', 'dashboard');
    const roi = page.getByTestId('channel-roi-stale');
    await roi.waitFor();
    expect(await roi.textContent()).toContain('此图所依据的归因分析运行于');
    await roi.locator('xpath=..').screenshot({ path: join(shots, 'dashboard-stale-zh.png') });
  });

  it('runs the attribution again from the notice, and every screen is current', async () => {
    const { page } = ui;
    await go('models', 'attribution-wizard');
    const before = await host.call('analysis.latest', { project: projectFile, kind: 'attribution' });
    await page.getByTestId('stale-rerun').click();
    await page.getByTestId('attribution-results').waitFor({ timeout: 30_000 });
    await page.getByTestId('analysis-saved').waitFor();
    expect(await page.getByTestId('stale-notice').count()).toBe(0);
    expect(await page.getByTestId('attribution-wizard').getByTestId('analysis-saved').getAttribute('class')).toMatch(/\bok\b/);
    const after = await host.call('analysis.latest', { project: projectFile, kind: 'attribution' });
    expect(after!.id).toBeGreaterThan(before!.id);
    expect(after!.current).toBe(true);
    // Same settings as the run it replaces: only the data changed.
    expect(after!.params).toEqual(before!.params);

    await go('report', 'dashboard');
    await page.getByTestId('channel-roi').waitFor();
    expect(await page.getByTestId('channel-roi-stale').count()).toBe(0);
    await go('optimise', 'advice-controls');
    expect(await page.getByTestId('stale-notice').count()).toBe(0);
    expect(ui.pageErrors, ui.pageErrors.join('\n')).toEqual([]);
  });
});
