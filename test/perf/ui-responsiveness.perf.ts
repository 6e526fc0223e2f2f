/**
 * Measured by `npm run bench -- ui-no-freeze` (src-main/bench/ui-freeze.ts), not by `npm test`:
 * the app in Debian's Chromium imports a large orders file and runs the segments analysis,
 * while the page records every main-thread task over 50 ms (the Long Tasks API) and when
 * each job's progress panel is on screen. A task that overlaps a running job is a freeze the
 * user would feel; the result's first drawing, after the job, is reported apart.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createProject, openBrowser, startWebHost } from '../e2e/harness.js';
import type { BrowserSession, WebHostProcess } from '../e2e/harness.js';
import { tempDir } from '../helpers/cli.js';

const ROWS = Number(process.env.ROI_UI_BENCH_ROWS ?? 400_000);

/** Installed before the app loads: long tasks, and the moments each progress panel shows and goes. */
const RECORDER = `
  window.__longTasks = [];
  window.__panels = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watch = () => {
    for (const id of ['import-running', 'analysis-running']) {
      const shown = document.querySelector('[data-testid="' + id + '"]') !== null;
      const p = (window.__panels[id] ??= { from: null, to: null });
      if (shown && p.from === null) p.from = performance.now();
      if (!shown && p.from !== null && p.to === null) p.to = performance.now();
    }
  };
  new MutationObserver(watch).observe(document, { childList: true, subtree: true });
`;

interface Recorded {
  longTasks: { start: number; duration: number }[];
  panels: Record<string, { from: number | null; to: number | null }>;
}

function ordersCsv(file: string, rows: number): void {
  const lines = ['order_id,customer_id,order_date,revenue,product'];
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 365);
    const date = new Date(Date.UTC(2025, 0, day)).toISOString().slice(0, 10);
    lines.push(`o${i},c${(i * 7919) % Math.floor(rows / 3)},${date},${(20 + ((i * 37) % 500)).toFixed(2)},p${i % 40}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

let host: WebHostProcess;
let ui: BrowserSession;

beforeAll(async () => {
  host = await startWebHost();
  ui = await openBrowser();
  await ui.page.addInitScript(RECORDER);
});

afterAll(async () => {
  await ui?.close();
  await host?.stop();
});

it('keeps the page responsive while an import and an analysis run', async () => {
  const { page } = ui;
  const dir = tempDir('roi-ui-bench-');
  const file = join(dir, 'orders.csv');
  ordersCsv(file, ROWS);
  await createProject(page, host.launchUrl, 'UI bench');
  // The reference: the same page idle for as long, on the same busy machine.
  const idleFrom = (await page.evaluate('performance.now()')) as number;
  await page.waitForTimeout(3000);
  const idleTo = (await page.evaluate('performance.now()')) as number;
  await page.getByTestId('open-import').click();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('detected').waitFor({ timeout: 60_000 });
  await page.getByTestId('wizard-next').click();
  const importStarted = Date.now();
  await page.getByTestId('start-import').click();
  await page.getByTestId('quality-report').waitFor({ timeout: 300_000 });
  const importSeconds = (Date.now() - importStarted) / 1000;
  await page.getByTestId('wizard-done').click();
  await page.getByTestId('step-models').click();
  await page.getByTestId('models-tab-segments').click();
  await page.getByTestId('seg-next').click();
  const analysisStarted = Date.now();
  const cdp = process.env.ROI_UI_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await page.getByTestId('seg-run').click();
  await page.getByTestId('segments-results').waitFor({ timeout: 300_000 });
  const analysisSeconds = (Date.now() - analysisStarted) / 1000;
  // Every chart of the result drawn (Plotly marks each), then a moment for the last task to be recorded.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="segments-results"] .js-plotly-plot').length >= 2, null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  if (cdp) writeFileSync(process.env.ROI_UI_PROFILE!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const recorded = (await page.evaluate('({ longTasks: window.__longTasks, panels: window.__panels })')) as Recorded;
  const during = (id: string) => {
    const p = recorded.panels[id];
    if (!p?.from || !p.to) return null;
    return recorded.longTasks.filter((t) => t.start < p.to! && t.start + t.duration > p.from!).map((t) => Math.round(t.duration));
  };
  const importTasks = during('import-running');
  const analysisTasks = during('analysis-running');
  const after = recorded.panels['analysis-running']?.to ?? 0;
  const figures = {
    rows: ROWS,
    importSeconds,
    analysisSeconds,
    importPanelSeconds: panelSeconds(recorded, 'import-running'),
    analysisPanelSeconds: panelSeconds(recorded, 'analysis-running'),
    longTasksDuringImport: importTasks,
    longTasksDuringAnalysis: analysisTasks,
    maxLongTaskDuringJobsMs: Math.max(0, ...(importTasks ?? []), ...(analysisTasks ?? [])),
    maxLongTaskIdleMs: Math.max(0, ...recorded.longTasks.filter((t) => t.start >= idleFrom && t.start < idleTo).map((t) => Math.round(t.duration))),
    longestResultDrawingMs: Math.max(0, ...recorded.longTasks.filter((t) => t.start >= after).map((t) => Math.round(t.duration))),
    resultDrawingTasks: recorded.longTasks.filter((t) => t.start >= after).map((t) => Math.round(t.duration)),
    pageErrors: ui.pageErrors,
  };
  expect(importTasks, 'the import panel was seen').not.toBeNull();
  expect(analysisTasks, 'the analysis panel was seen').not.toBeNull();
  if (process.env.ROI_UI_BENCH_OUT) writeFileSync(process.env.ROI_UI_BENCH_OUT, JSON.stringify(figures));
  else console.log(JSON.stringify(figures));
}, 900_000);

function panelSeconds(r: Recorded, id: string): number | null {
  const p = r.panels[id];
  return p?.from && p.to ? Math.round(p.to - p.from) / 1000 : null;
}
