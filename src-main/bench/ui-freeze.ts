/**
 * The UI never freezes while a job runs (issue 13): the app in Debian's Chromium imports a
 * 400k-row orders file and runs the segments analysis on it, and the page's Long Tasks
 * record says whether any main-thread task over 50 ms overlapped either job. The driver is
 * test/perf/ui-responsiveness.perf.ts (it reuses the e2e harness); this entry runs it and
 * reads its figures. Reference: the longest task of the same page idle for 3 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from './benchmarks.js';

export async function uiFreezeFigures(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'roi-ui-freeze-'));
  const out = join(dir, 'figures.json');
  try {
    const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.perf.config.ts'], {
      env: { ...process.env, ROI_UI_BENCH_OUT: out },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`the UI measurement failed:\n${run.stdout}\n${run.stderr}`);
    const figures = JSON.parse(readFileSync(out, 'utf8')) as { maxLongTaskDuringJobsMs: number; maxLongTaskIdleMs: number; analysisSeconds: number };
    return {
      seconds: figures.analysisSeconds,
      ...figures,
      referenceMs: figures.maxLongTaskIdleMs,
      reference: 'the same page idle for 3 s: its longest main-thread task',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const uiFreezeBenchmark: Benchmark = {
  name: 'ui-no-freeze',
  target: 'the app in Chromium while an import and an analysis run: no main-thread task over 50 ms (maxLongTaskDuringJobsMs <= 50)',
  run: uiFreezeFigures,
};
