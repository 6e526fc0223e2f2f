/**
 * The dashboard and goal measures read the store's order summary (store/order-summary.ts)
 * instead of the order rows. Here they must give exactly what the straightforward SQL
 * over the rows gives, on a messy project (refunds, same-day repeat orders, times of day,
 * customers first seen before the period, a zero-revenue order, a refund-only customer),
 * and again after an import and a dataset deletion changed the data.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProject } from '../store/project.js';
import { deleteDataset, listDatasets } from '../store/datasets.js';
import { orderSummaryIsCurrent } from '../store/order-summary.js';
import { runCli, tempDir } from '../../test/helpers/cli.js';
import { buildDashboard, dataRange, monthlyTrends } from './dashboard.js';
import { lastDataDay, measurePeriod } from './goals.js';
import type { Period } from '@shared/periods.js';

const FIRST = [
  'order_id,customer_id,date,revenue',
  'a1,A,2025-01-03 09:15:00,100',
  'a2,A,2025-01-03 18:40:00,20.1',
  'a3,A,2025-02-10 10:00:00,50',
  'a4,A,2025-02-10,-50',
  'a5,A,2025-02-20,30.7',
  'b1,B,2024-12-30 23:59:59,40',
  'b2,B,2025-02-01 00:00:01,10',
  'b3,B,2025-02-01,-10',
  'b4,B,2025-02-01 12:00:00,3.3',
  'c1,C,2025-02-05,-25',
  'c2,C,2025-03-01,60',
  'd1,D,2025-02-14 12:00:00,0',
  'd2,D,2025-02-28 23:00:00,15',
  'e1,E,2025-01-31T22:00:00,12.34',
  'e2,E,2025-02-01T01:00:00,5.66',
  'e3,E,2025-02-02,7',
  'e4,E,2025-02-03,-7',
  'g1,G,2025-03-02,-5',
];

const SECOND = ['order_id,customer_id,date,revenue', 'f1,F,2025-02-11 08:00:00,44.4', 'f2,F,2025-02-11 09:00:00,1', 'x1,A,2025-01-20,9.99', 'x2,C,2025-02-06,2', 'x3,H,2024-12-01,70'];

const PERIODS: Period[] = [
  { from: '2025-01-01', to: '2025-01-31' },
  { from: '2025-02-01', to: '2025-02-28' },
  { from: '2025-02-01', to: '2025-02-14' },
  { from: '2025-02-10', to: '2025-02-20' },
  { from: '2024-12-01', to: '2025-03-31' },
  { from: '2025-03-01', to: '2025-03-01' },
  { from: '2026-01-01', to: '2026-01-31' },
];

/** The measures as plain SQL over the rows (the definitions in goals.ts), no summary. */
function straightforward(db: Database, p: Period) {
  const revenue = (db.prepare('SELECT total(revenue) AS s FROM orders WHERE substr(date, 1, 10) BETWEEN ? AND ?').get(p.from, p.to) as { s: number }).s;
  const newCustomers = (
    db
      .prepare('SELECT count(*) AS n FROM (SELECT min(substr(date, 1, 10)) AS first FROM orders WHERE revenue >= 0 GROUP BY customer_id) WHERE first BETWEEN ? AND ?')
      .get(p.from, p.to) as { n: number }
  ).n;
  const b = db
    .prepare(
      `SELECT count(*) AS buyers, total(days >= 2) AS repeaters FROM (
         SELECT count(DISTINCT substr(date, 1, 10)) AS days FROM orders
         WHERE revenue >= 0 AND substr(date, 1, 10) BETWEEN ? AND ? GROUP BY customer_id)`,
    )
    .get(p.from, p.to) as { buyers: number; repeaters: number };
  return { revenue, newCustomers, repeatRate: b.buyers > 0 ? b.repeaters / b.buyers : null };
}

function straightforwardMonths(db: Database) {
  return {
    revenue: db.prepare('SELECT substr(date, 1, 7) AS m, total(revenue) AS v FROM orders GROUP BY m ORDER BY m').all(),
    newCustomers: db
      .prepare('SELECT substr(first, 1, 7) AS m, count(*) AS v FROM (SELECT min(date) AS first FROM orders WHERE revenue >= 0 GROUP BY customer_id) GROUP BY m ORDER BY m')
      .all(),
    range: db.prepare('SELECT min(substr(date, 1, 10)) AS lo, max(substr(date, 1, 10)) AS hi FROM orders').get() as { lo: string; hi: string },
  };
}

function expectSameFigures(project: string): void {
  const db = openProject(project);
  try {
    for (const p of PERIODS) {
      const fast = measurePeriod(db, p);
      const { lo, hi } = straightforwardMonths(db).range;
      const overlaps = lo <= p.to && p.from <= hi;
      const want = overlaps ? straightforward(db, p) : { revenue: null, newCustomers: null, repeatRate: null };
      expect({ period: p, revenue: fast.revenue, newCustomers: fast.newCustomers, repeatRate: fast.repeatRate }).toEqual({ period: p, ...want });
    }
    const months = straightforwardMonths(db);
    expect(dataRange(db)).toEqual({ from: months.range.lo, to: months.range.hi });
    expect(lastDataDay(db)).toBe(months.range.hi);
    const trends = monthlyTrends(db);
    const byMonth = (rows: unknown[]) => Object.fromEntries((rows as { m: string; v: number }[]).map((r) => [r.m, r.v]));
    const nonZero = (values: number[]) => Object.fromEntries(trends.months.map((m, i) => [m, values[i]]).filter(([, v]) => v !== 0));
    expect(nonZero(trends.revenue)).toEqual(Object.fromEntries(Object.entries(byMonth(months.revenue)).filter(([, v]) => v !== 0)));
    expect(nonZero(trends.newCustomers)).toEqual(byMonth(months.newCustomers));
  } finally {
    db.close();
  }
}

function importCsv(project: string, dir: string, name: string, lines: string[]): void {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = runCli(['import', file, '--project', project, '--as', 'orders']);
  if (r.code !== 0) throw new Error(`import ${name} failed: ${r.stderr}`);
}

describe('dashboard figures from the order summary', () => {
  it('equal the straightforward SQL on a messy project, and follow imports and deletions', () => {
    const dir = tempDir('roi-summary-');
    const project = join(dir, 'messy.roi');
    importCsv(project, dir, 'first.csv', FIRST);
    // Hand-checked anchors, so the reference itself is right: February has buyers A (2 days),
    // B, D (2 days), E (2 days) and C only a refund → repeat 3/4; new in February: D.
    const db = openProject(project);
    const feb = measurePeriod(db, { from: '2025-02-01', to: '2025-02-28' });
    expect(feb.repeatRate).toBe(0.75);
    expect(feb.newCustomers).toBe(1);
    expect(buildDashboard(db).period).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    db.close();
    expectSameFigures(project);

    importCsv(project, dir, 'second.csv', SECOND);
    expectSameFigures(project);
    const after = openProject(project);
    expect(measurePeriod(after, { from: '2025-02-01', to: '2025-02-28' }).newCustomers).toBe(3); // D, F, and C (bought on 02-06)
    const first = listDatasets(after).find((d) => d.file === 'first.csv')!;
    deleteDataset(after, first.id);
    // Read on the same connection that deleted: its summary must not outlive the change.
    expect(measurePeriod(after, { from: '2025-02-01', to: '2025-02-28' }).repeatRate).toBe(0);
    after.close();
    expectSameFigures(project);
  });

  it('are ready after an orders import (built in its transaction), and equal to the SQL definition', () => {
    const dir = tempDir('roi-summary-import-');
    const project = join(dir, 'messy.roi');
    importCsv(project, dir, 'first.csv', FIRST);
    importCsv(project, dir, 'second.csv', SECOND);
    const db = openProject(project);
    try {
      expect(orderSummaryIsCurrent(db)).toBe(true);
      const repeats = db.prepare('SELECT day, prev, prev2, n FROM order_day_repeats ORDER BY day, prev, prev2').all();
      const definition = db
        .prepare(
          `SELECT day, prev, prev2, count(*) AS n FROM (
             SELECT day, coalesce(lag(day) OVER w, '') AS prev, coalesce(lag(day, 2) OVER w, '') AS prev2
             FROM (SELECT customer_id, substr(date, 1, 10) AS day FROM orders WHERE revenue >= 0 GROUP BY customer_id, day)
             WINDOW w AS (PARTITION BY customer_id ORDER BY day))
           GROUP BY day, prev, prev2 ORDER BY day, prev, prev2`,
        )
        .all();
      expect(repeats).toEqual(definition);
      expect(repeats.length).toBeGreaterThan(10);
    } finally {
      db.close();
    }
    // Another kind's import leaves the orders, and so their summary, as they were.
    writeFileSync(join(dir, 'spend.csv'), 'date,channel,spend\n2025-02-01,Douyin,100\n');
    expect(runCli(['import', join(dir, 'spend.csv'), '--project', project, '--as', 'spend']).code).toBe(0);
    const after = openProject(project);
    try {
      expect(orderSummaryIsCurrent(after)).toBe(true);
    } finally {
      after.close();
    }
  });

  it('are read from a read-only connection too (a summary of its own, nothing written)', () => {
    const dir = tempDir('roi-summary-ro-');
    const project = join(dir, 'messy.roi');
    importCsv(project, dir, 'first.csv', FIRST);
    // As a project from a version that built the summary on first read: none stored yet.
    const rw = openProject(project);
    rw.exec('DROP TABLE order_summary_stamp; DROP TABLE order_day_totals; DROP TABLE order_day_repeats;');
    rw.close();
    const ro = openProject(project, { readonly: true });
    try {
      const p = { from: '2025-02-01', to: '2025-02-28' };
      const fast = measurePeriod(ro, p);
      expect({ revenue: fast.revenue, newCustomers: fast.newCustomers, repeatRate: fast.repeatRate }).toEqual(straightforward(ro, p));
      expect(ro.prepare("SELECT count(*) AS n FROM main.sqlite_master WHERE name = 'order_day_totals'").get()).toEqual({ n: 0 });
    } finally {
      ro.close();
    }
  });
});
