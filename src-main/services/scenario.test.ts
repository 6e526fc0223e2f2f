/**
 * Scenarios are not results (issue 14 finding 2): the Optimise step's Recalculate runs
 * attribution as a what-if. It answers with the new advice but never replaces the saved
 * analysis the Models page (`analysis.latest`), the dashboard and the report read. Through
 * the services as the UI calls them (needs the built workers: `npm test` builds first).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiInput, JobEvent } from '@shared/api.js';
import { importFile } from '../import/pipeline.js';
import { testServices } from '../../test/helpers/services.js';

const { dir, services, call } = testServices('roi-scenario-');

/** Runs an analysis job and returns what its `done` event carried. */
async function runJob(input: ApiInput<'analysis.run'>): Promise<Record<string, unknown>> {
  const events: JobEvent[] = [];
  const off = services.onJobEvent((e) => events.push(e));
  try {
    const { jobId } = await call('analysis.run', input);
    await expect.poll(() => events.find((e) => e.jobId === jobId && e.type !== 'progress'), { timeout: 30_000 }).toBeDefined();
    const end = events.find((e) => e.jobId === jobId && e.type !== 'progress');
    if (end?.type !== 'done') throw new Error(`job failed: ${JSON.stringify(end)}`);
    return end.result as Record<string, unknown>;
  } finally {
    off();
  }
}

function write(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('an Optimise what-if', () => {
  it('answers with its own advice and leaves the saved attribution, the dashboard and the report alone', async () => {
    const project = join(dir, 'p.roi');
    await importFile({ project, file: write('spend.csv', ['date,channel,spend', '2025-01-05,Douyin,300', '2025-01-20,WeChat,200', '2025-02-03,Douyin,200']), kind: 'spend' });
    await importFile({ project, file: write('paths.csv', ['path,conversions,value,nulls', 'Douyin > WeChat,40,4000,5', 'Douyin,35,2800,10', 'WeChat,34,3000,8']), kind: 'paths' });

    await runJob({ project, kind: 'attribution', params: { models: ['last', 'markov'], adviceModel: 'markov' } });
    const before = await call('analysis.latest', { project, kind: 'attribution' });
    expect(before).not.toBeNull();
    const boardBefore = await call('dashboard.get', { project });
    expect(boardBefore.channelRoi?.model).toBe('markov');

    const scenario = await runJob({ project, kind: 'attribution', params: { ...before!.params, adviceModel: 'last', maxChangeShare: 0.5 }, scenario: true });
    expect(scenario.analysisId).toBeNull();
    expect(scenario.advice).toMatchObject({ model: 'last', maxChangeShare: 0.5 });

    const after = await call('analysis.latest', { project, kind: 'attribution' });
    expect(after).toMatchObject({ id: before!.id, createdAt: before!.createdAt, params: { adviceModel: 'markov', maxChangeShare: 0.3 } });
    expect((after!.result as { advice: { model: string } }).advice.model).toBe('markov');
    expect((await call('dashboard.get', { project })).channelRoi?.model).toBe('markov');

    // The report reads the saved run and says which one, with its settings.
    const report = await call('report.preview', { project, lang: 'en', sections: ['channels'] });
    expect(report.html).toContain(`#${before!.id} · Markov`);
    expect(report.html).toMatch(/30-day lookback, each channel within ±30%, more money only above 1(\.00)?× ROAS/);
    expect(report.html).not.toContain('±50%');
  });
});
