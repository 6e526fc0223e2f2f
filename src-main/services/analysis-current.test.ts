/**
 * The screens' reads of saved analyses (`analysis.latest`, `dashboard.get`) say whether a
 * run still describes the data: current until a dataset is imported, deleted or replaced,
 * current again once it is run anew. The reads never recompute: a stale run comes back
 * with its old figures. Everything goes through the services as the UI calls them, on real
 * project files filled by the import pipeline (needs the built workers: `npm test` builds
 * first).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiInput, JobEvent } from '@shared/api.js';
import type { Dashboard } from '@shared/dashboard.js';
import { importFile } from '../import/pipeline.js';
import { writeOrders } from '../../test/helpers/orders-fixture.js';
import { testServices } from '../../test/helpers/services.js';

const { dir, services, call } = testServices('roi-current-');

/** Runs an analysis as the Models page does (a job) and waits for it to end. */
async function runAnalysis(input: ApiInput<'analysis.run'>): Promise<void> {
  const events: JobEvent[] = [];
  const off = services.onJobEvent((e) => events.push(e));
  try {
    const { jobId } = await call('analysis.run', input);
    await expect.poll(() => events.find((e) => e.jobId === jobId && e.type !== 'progress'), { timeout: 30_000 }).toBeDefined();
    expect(events.find((e) => e.jobId === jobId && e.type !== 'progress')).toMatchObject({ type: 'done' });
  } finally {
    off();
  }
}

function write(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/**
 * Paths: Douyin > WeChat (10 conversions, value 1000), Douyin alone (5, 400), WeChat alone
 * (4, 300); spend Douyin 500, WeChat 200. Last-touch credit: Douyin 400, WeChat 1000 + 300.
 */
const PATHS = ['path,conversions,value,nulls', 'Douyin > WeChat,10,1000,5', 'Douyin,5,400,10', 'WeChat,4,300,8'];
const SPEND = ['date,channel,spend', '2025-01-05,Douyin,300', '2025-01-20,WeChat,200', '2025-02-03,Douyin,200'];
const LAST_TOUCH = { models: ['last' as const], adviceModel: 'last' as const };

const byChannel = (roi: Dashboard['channelRoi']) => Object.fromEntries((roi?.rows ?? []).map((r) => [r.channel, r]));
const currentByKind = (d: Dashboard) => Object.fromEntries(d.analyses.map((a) => [a.kind, a.current]));

describe('whether a saved analysis is current, as the screens read it', () => {
  it('is true after a run, false after a dataset is deleted or replaced (old figures kept), true after a new run', async () => {
    const project = join(dir, 'p.roi');
    const a = writeOrders(join(dir, 'orders-a.csv'), 'a', 1, 40);
    const b = writeOrders(join(dir, 'orders-b.csv'), 'b', 31, 70);
    await importFile({ project, file: a.file, kind: 'orders' });
    const { dataset: ordersB } = await importFile({ project, file: b.file, kind: 'orders' });
    const spendFile = write('spend.csv', SPEND);
    const { dataset: spend } = await importFile({ project, file: spendFile, kind: 'spend' });
    await importFile({ project, file: write('paths.csv', PATHS), kind: 'paths' });

    expect(await call('analysis.latest', { project, kind: 'segments' })).toBeNull();
    await runAnalysis({ project, kind: 'segments', params: {} });
    await runAnalysis({ project, kind: 'attribution', params: LAST_TOUCH });

    const segments = await call('analysis.latest', { project, kind: 'segments' });
    // c001–c070 across the two files (c031–c040 in both).
    expect(segments).toMatchObject({ kind: 'segments', current: true, result: { customers: 70, totalRevenue: a.revenue + b.revenue } });
    const board = await call('dashboard.get', { project });
    expect(board.channelRoi).toMatchObject({ model: 'last', current: true });
    expect(byChannel(board.channelRoi)).toEqual({
      Douyin: { channel: 'Douyin', spend: 500, value: 400, roas: 0.8, roi: -0.2 },
      WeChat: { channel: 'WeChat', spend: 200, value: 1300, roas: 6.5, roi: 5.5 },
    });
    expect(currentByKind(board)).toEqual({ segments: true, attribution: true });

    // Deleting the spend: every saved run is out of date, and is still shown as it was.
    expect(await call('dataset.delete', { project, datasetId: spend.id })).toEqual({ deleted: true });
    const staleSegments = await call('analysis.latest', { project, kind: 'segments' });
    expect(staleSegments).toMatchObject({ id: segments!.id, current: false, result: { customers: 70 } });
    expect(await call('analysis.latest', { project, kind: 'attribution' })).toMatchObject({ current: false });
    const stale = await call('dashboard.get', { project });
    expect(stale.channelRoi).toMatchObject({ createdAt: board.channelRoi!.createdAt, current: false });
    expect(byChannel(stale.channelRoi).Douyin).toMatchObject({ spend: 500, roi: -0.2 });
    expect(currentByKind(stale)).toEqual({ segments: false, attribution: false });

    // Running one again makes that one current; the other stays out of date until it runs.
    await runAnalysis({ project, kind: 'attribution', params: LAST_TOUCH });
    const rerun = await call('dashboard.get', { project });
    expect(rerun.channelRoi).toMatchObject({ current: true });
    // Without spend, no channel has a return on it any more.
    expect(byChannel(rerun.channelRoi)).toEqual({
      Douyin: { channel: 'Douyin', spend: null, value: 400, roas: null, roi: null },
      WeChat: { channel: 'WeChat', spend: null, value: 1300, roas: null, roi: null },
    });
    expect(currentByKind(rerun)).toEqual({ segments: false, attribution: true });

    // Deleting orders b, then running segments: current, from the 40 customers of a.
    await call('dataset.delete', { project, datasetId: ordersB.id });
    expect(await call('analysis.latest', { project, kind: 'attribution' })).toMatchObject({ current: false });
    await runAnalysis({ project, kind: 'segments', params: {} });
    expect(await call('analysis.latest', { project, kind: 'segments' })).toMatchObject({ current: true, result: { customers: 40, totalRevenue: a.revenue } });

    // A file imported again in place of its earlier copy (replace) changes the data too.
    await runAnalysis({ project, kind: 'attribution', params: LAST_TOUCH });
    expect(await call('analysis.latest', { project, kind: 'attribution' })).toMatchObject({ current: true });
    await importFile({ project, file: a.file, kind: 'orders', replace: true });
    expect(await call('analysis.latest', { project, kind: 'attribution' })).toMatchObject({ current: false });
    expect(await call('analysis.latest', { project, kind: 'segments' })).toMatchObject({ current: false });
  });

  it('is false after a new import', async () => {
    const project = join(dir, 'import.roi');
    await importFile({ project, file: writeOrders(join(dir, 'first.csv'), 'f', 1, 30).file, kind: 'orders' });
    await runAnalysis({ project, kind: 'cohorts', params: {} });
    expect(await call('analysis.latest', { project, kind: 'cohorts' })).toMatchObject({ current: true });
    await importFile({ project, file: writeOrders(join(dir, 'second.csv'), 's', 31, 45).file, kind: 'orders' });
    expect(await call('analysis.latest', { project, kind: 'cohorts' })).toMatchObject({ current: false });
    expect(currentByKind(await call('dashboard.get', { project }))).toEqual({ cohorts: false });
  });
});
