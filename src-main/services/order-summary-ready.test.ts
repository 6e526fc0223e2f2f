/**
 * A project imported before the order summary existed (store/order-summary.ts) has none:
 * its first dashboard read used to build it on the thread that serves the UI (3–5 s of CPU
 * on a million customers). Now a job worker builds it, once however many calls ask, and
 * opening the project starts that job. Needs the built worker (`npm test` builds first).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dashboard } from '@shared/dashboard.js';
import { importFile } from '../import/pipeline.js';
import { openProject } from '../store/project.js';
import { orderSummaryIsCurrent } from '../store/order-summary.js';
import { JobBoard } from './jobs.js';
import { OrderSummaryReady } from './order-summary-ready.js';
import { writeOrders } from '../../test/helpers/orders-fixture.js';
import { testServices } from '../../test/helpers/services.js';

const { dir, call } = testServices('roi-summary-ready-');

/** A project with orders whose summary was never built, as an older version left it. */
async function olderProject(name: string): Promise<string> {
  const project = join(dir, `${name}.roi`);
  const orders = writeOrders(join(dir, `${name}.csv`), name, 1, 60);
  await importFile({ project, file: orders.file, kind: 'orders' });
  forgetSummary(project);
  return project;
}

function forgetSummary(project: string): void {
  const db = openProject(project);
  db.exec('DROP TABLE order_summary_stamp; DROP TABLE order_day_totals; DROP TABLE order_day_repeats;');
  db.close();
}

function summaryIsCurrent(project: string): boolean {
  const db = openProject(project);
  try {
    return orderSummaryIsCurrent(db);
  } finally {
    db.close();
  }
}

describe('the order summary of an older project', () => {
  it('is built by one job in a worker however many calls ask at once, and not again', async () => {
    const project = await olderProject('once');
    const ready = new OrderSummaryReady(new JobBoard());
    const first = ready.ensure(project);
    expect(ready.ensure(project)).toBe(first);
    expect(await first).toBe('built');
    expect(summaryIsCurrent(project)).toBe(true);
    expect(await ready.ensure(project)).toBe('current');
  });

  it('is ready before the dashboard answers, with the figures a new import gives', async () => {
    const project = await olderProject('board');
    const fresh = join(dir, 'fresh.roi');
    await importFile({ project: fresh, file: join(dir, 'board.csv'), kind: 'orders' });
    const expected = (await call('dashboard.get', { project: fresh })) as Dashboard;
    expect(summaryIsCurrent(project)).toBe(false);
    const board = (await call('dashboard.get', { project })) as Dashboard;
    expect(summaryIsCurrent(project)).toBe(true);
    expect(board.kpis).toEqual(expected.kpis);
    expect(board.trends).toEqual(expected.trends);
  });

  it('starts building when the project is opened, before any dashboard read', async () => {
    const project = await olderProject('open');
    await call('project.open', { file: project });
    await expect.poll(() => summaryIsCurrent(project), { timeout: 20_000 }).toBe(true);
  });
});
