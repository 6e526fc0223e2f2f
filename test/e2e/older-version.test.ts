// A saved analysis computed by an older version of the app, in Chromium (zh-CN, then en):
// a project saved before results carried a version (test/fixtures/project-v2), its
// segments run marked as from a version this app cannot read. The Models step says so
// instead of drawing it, keeps that run's settings, and runs it again from the notice.
// Screenshots go to a temp folder (path in the log).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiModelsEn } from '../../src-shared/i18n/ui-models-en.js';
import { uiModelsZhCN } from '../../src-shared/i18n/ui-models-zh-CN.js';
import { tempDir } from '../helpers/cli.js';
import { openBrowser, startWebHost } from './harness.js';
import type { BrowserSession, WebHostProcess } from './harness.js';

let host: WebHostProcess;
const shots = tempDir('roi-older-shots-');

beforeAll(async () => {
  host = await startWebHost();
  console.info(`older-version screenshots: ${shots}`);
});

afterAll(async () => {
  await host?.stop();
});

/** The fixture project in the host's workspace, its segments run from "version 0". */
function placeOldProject(name: string): string {
  const file = join(host.workspace, `${name}.roi`);
  const db = new Database(file);
  db.exec(readFileSync(new URL('../fixtures/project-v2/orders-analyses.sql', import.meta.url), 'utf8'));
  db.close();
  return file;
}

async function openSegments(ui: BrowserSession, name: string): Promise<void> {
  const { page } = ui;
  await page.goto(host.launchUrl);
  await page.getByTestId('workspace-projects').getByRole('button', { name }).click();
  await page.getByTestId('step-models').click();
  await page.getByTestId('models-tab-segments').click();
  await page.getByTestId('segments-wizard').waitFor();
}

describe('a result computed by an older version, in Chromium', () => {
  for (const [lang, locale, words] of [
    ['zh-CN', 'zh-CN', uiModelsZhCN],
    ['en', 'en-US', uiModelsEn],
  ] as const) {
    it(`says so in ${lang}, shows nothing of it, and runs it again`, async () => {
      const name = `older-${lang}`;
      const file = placeOldProject(name);
      // Opened once so the schema is current, then marked as written by an unreadable version.
      await host.call('project.open', { file });
      const db = new Database(file);
      db.prepare("UPDATE analyses SET version = 0 WHERE kind = 'segments'").run();
      db.close();

      const ui = await openBrowser({ locale, width: 1360, height: 900 });
      try {
        await openSegments(ui, name);
        const { page } = ui;
        const notice = page.getByTestId('older-version-notice');
        await notice.waitFor();
        expect(await notice.locator('h3').textContent()).toBe(words['ui.models.olderVersion.title']);
        expect(await page.getByTestId('seg-customers').count()).toBe(0);
        await ui.shotOf(`older-version-${lang}`, page.getByTestId('segments-wizard'));
        await page.screenshot({ path: join(shots, `older-version-${lang}.png`), fullPage: true });

        await page.getByTestId('older-version-rerun').click();
        await page.getByTestId('seg-customers').waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('seg-customers').textContent()).toContain('6');
        expect(await page.getByTestId('older-version-notice').count()).toBe(0);
        await page.screenshot({ path: join(shots, `older-version-${lang}-rerun.png`), fullPage: true });
        expect(ui.pageErrors).toEqual([]);
      } finally {
        await ui.close();
      }
      const saved = await host.call('analysis.latest', { project: file, kind: 'segments' });
      expect(saved?.olderVersion).toBeUndefined();
    });
  }
});
