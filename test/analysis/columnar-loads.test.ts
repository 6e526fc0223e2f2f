/**
 * Issue 13: the analyses read the store in columns (store/queries) instead of one object
 * per row. Their results must not change: every model fed from the columns is compared
 * with the same model fed the row objects the loaders used to build, on messy data (ids
 * that differ by spaces, empty ids and channels, refunds, order ids missing or padded,
 * odd times, events in two languages), with the native column reader and without it.
 */
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openProject } from '../../src-main/store/project.js';
import { insertDataset } from '../../src-main/store/datasets.js';
import { mulberry32 } from '../../src-main/model/random.js';
import { computeCohorts, computeRfm, summarizeOrderLog } from '../../src-main/model/customer/index.js';
import type { OrderRow } from '../../src-main/model/customer/index.js';
import { buildJourneys, computeFunnel } from '../../src-main/model/attribution/index.js';
import type { FunnelEvent, TouchpointRow } from '../../src-main/model/attribution/index.js';
import { loadOrders, withSharedOrders } from '../../src-main/analysis/customers.js';
import { isoToMs, loadFunnelEvents, loadOrderConversions, loadTouchpoints } from '../../src-main/analysis/load.js';
import { channelResolver } from '../../src-main/store/channel-map.js';
import { parseEvent } from '../../src-main/import/values/index.js';
import { tempDir } from '../helpers/cli.js';

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

function messyProject(): Database {
  const db = openProject(join(tempDir('roi-columnar-'), 'p.roi'), { create: true });
  const random = mulberry32(13);
  const dataset = (kind: 'orders' | 'touchpoints', sha256: string) =>
    insertDataset(db, { kind, file: `${sha256}.csv`, sha256, format: 'csv', encoding: 'UTF-8', sheet: null, mapping: {} });
  const ids = ['a', ' a', 'a ', 'b', 'c', 'd', 'e', '', '  ', '客户1', '客户1 ', 'f', 'g', 'h'];
  const dates = ['2025-01-03T00:00:00', '2025-01-03T10:00:00', '2025-02-10T00:00:00', '2025-03-31T23:00:00', '2025-04-01T00:00:00', '2025-06-15T08:30:00', '2025-06-15', ' 2025-07-01T00:00:00', '2025-08-20T12:00:00'];
  const orderIds = [null, null, '', ' ', 'O1', ' O1', 'O2', 'O3', 'O4', 'O5'];
  const revenues = [10, 20.5, 0, -5, 99.99, 1e-9, 300.1, 0.1 + 0.2];
  db.transaction(() => {
    for (const sha of ['o1', 'o2']) {
      const id = dataset('orders', sha);
      const insert = db.prepare('INSERT INTO orders (dataset_id, row, order_id, customer_id, date, revenue) VALUES (?, ?, ?, ?, ?, ?)');
      for (let row = 2; row < 1500; row++) insert.run(id, row, pick(random, orderIds), pick(random, ids), pick(random, dates), pick(random, revenues));
      insert.run(id, 1500, null, 'refunds only', '2025-03-01T00:00:00', -20);
    }
    const times = ['2025-01-03T10:00:00', '2025-01-03T10:00:00', '2025-01-04T00:00:00', '2025-01-20T09:15:00', '2025-02-28T23:59:59', '2025-03-01', 'not a time', '2025-02-30T10:00:00', '2025-03-02T10:00:00', '2025-01-01T24:00:00', '2024-02-29T12:00:00', '2025-01-05 10:00:00'];
    const channels = ['抖音', 'WeChat', ' WeChat', '', 'Baidu', 'email ', 'Meta'];
    const events = [null, 'click', 'Click', 'impression', 'conversion', '转化', 'Purchase', 'visit'];
    const values = [null, null, 12.5, 0, 100];
    const id = dataset('touchpoints', 't1');
    // The file's own spelling beside the stored name (migration 005): a split of 巨量引擎 out of 抖音 reaches these rows.
    const raws = [null, null, null, '巨量引擎', 'weixin'];
    const insert = db.prepare('INSERT INTO touchpoints (dataset_id, row, customer_id, timestamp, channel, event, value, channel_raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (let row = 2; row < 3000; row++) insert.run(id, row, pick(random, ids), pick(random, times), pick(random, channels), pick(random, events), pick(random, values), pick(random, raws));
    db.prepare("INSERT INTO channel_map (name, channel) VALUES ('Meta', 'WeChat'), ('巨量引擎', '巨量引擎')").run();
  })();
  return db;
}

/** The row objects the loaders built before issue 13 (the reference). */
function ordersAsRows(db: Database): OrderRow[] {
  return (db.prepare('SELECT customer_id, date, revenue, order_id FROM orders').raw().all() as [string, string, number, string | null][]).map(
    ([customerId, date, revenue, orderId]) => ({ customerId, date, revenue, orderId }),
  );
}
/** The order totals attribution read before (SQL GROUP BY customer and date). */
function orderTotalsAsRows(db: Database): { customerId: string; time: number; revenue: number }[] {
  return (db.prepare('SELECT customer_id, date, sum(revenue) FROM orders GROUP BY customer_id, date').raw().all() as [string, string, number][]).map(([customerId, date, revenue]) => ({
    customerId,
    time: isoToMs(date),
    revenue,
  }));
}
function touchpointsAsRows(db: Database): TouchpointRow[] {
  const channel = channelResolver(db);
  return (db.prepare('SELECT customer_id, timestamp, channel, event, value, channel_raw FROM touchpoints').raw().all() as [string, string, string, string | null, number | null, string | null][]).map((r) => ({
    customerId: r[0],
    time: isoToMs(r[1]),
    channel: channel(r[2], r[5]),
    event: r[3] === null ? null : (parseEvent(r[3]) ?? 'touch'),
    value: r[4],
  }));
}
function funnelEventsAsRows(db: Database, from: string, to: string): FunnelEvent[] {
  const mapped = channelResolver(db);
  return (
    db.prepare('SELECT customer_id, timestamp, channel, event, channel_raw FROM touchpoints WHERE timestamp >= ? AND timestamp <= ?').raw().all(from, `${to}T23:59:59`) as [string, string, string, string | null, string | null][]
  ).map(([customerId, timestamp, channel, event, raw]) => ({ customerId, time: isoToMs(timestamp), step: (event ?? mapped(channel, raw)).toLowerCase(), channel: mapped(channel, raw) }));
}

describe.each(['on', 'off'])('columnar loads give the results row objects gave (native reader %s)', (native) => {
  const saved = process.env.ROI_STUDIO_NATIVE;
  afterEach(() => {
    if (saved === undefined) delete process.env.ROI_STUDIO_NATIVE;
    else process.env.ROI_STUDIO_NATIVE = saved;
  });
  const withProject = (check: (db: Database) => void) => () => {
    if (native === 'off') process.env.ROI_STUDIO_NATIVE = 'off';
    const db = messyProject();
    try {
      check(db);
    } finally {
      db.close();
    }
  };

  it('RFM, the LTV summary and cohorts', withProject((db) => {
    const rows = ordersAsRows(db);
    expect(computeRfm(loadOrders(db, { orderIds: true }), { asOf: '2025-08-01' })).toEqual(computeRfm(rows, { asOf: '2025-08-01' }));
    const summary = { calibrationEnd: '2025-04-30', holdoutEnd: '2025-08-31' };
    expect(summarizeOrderLog(loadOrders(db), summary)).toEqual(summarizeOrderLog(rows, summary));
    expect(computeCohorts(loadOrders(db))).toEqual(computeCohorts(rows));
    // The warnings show the mess was there to be handled.
    expect(computeRfm(rows).warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['missingCustomerId', 'refundRows', 'zeroRevenueRows', 'customersWithoutPurchases']));
  }));

  it('RFM, the LTV summary and cohorts from orders read once for all of them (a report)', withProject((db) => {
    const rows = ordersAsRows(db);
    const summary = { calibrationEnd: '2025-04-30', holdoutEnd: '2025-08-31' };
    withSharedOrders(db, () => {
      const first = loadOrders(db);
      expect(loadOrders(db, { orderIds: true })).toBe(first);
      expect(computeRfm(loadOrders(db, { orderIds: true }), { asOf: '2025-08-01' })).toEqual(computeRfm(rows, { asOf: '2025-08-01' }));
      expect(summarizeOrderLog(loadOrders(db), summary)).toEqual(summarizeOrderLog(rows, summary));
      expect(computeCohorts(loadOrders(db))).toEqual(computeCohorts(rows));
    });
    // Outside the scope every analysis reads for itself again.
    expect(loadOrders(db)).not.toBe(loadOrders(db));
  }));

  it('journeys from touchpoints', withProject((db) => {
    const built = buildJourneys(loadTouchpoints(db), { lookbackDays: 30 });
    expect(built).toEqual(buildJourneys(touchpointsAsRows(db), { lookbackDays: 30 }));
    expect(built.summary.invalidRows).toBeGreaterThan(0);
    expect(built.summary.conversions).toBeGreaterThan(0);
    expect(built.journeys.some((j) => j.channels.includes('巨量引擎'))).toBe(true);
  }));

  it('order totals and journeys that take their conversions from the orders', withProject((db) => {
    const columns = loadOrderConversions(db);
    const reference = orderTotalsAsRows(db);
    // The same totals; each customer's in time order (the SQL sorted by customer and date).
    const triples = Array.from(columns.customer, (c, i) => ({ customerId: columns.customerIds[c], time: columns.time[i], revenue: columns.revenue[i] }));
    const grouped = (os: typeof triples) => {
      const by = new Map<string, typeof triples>();
      for (const o of os) by.set(o.customerId, [...(by.get(o.customerId) ?? []), o]);
      return [...by].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    };
    expect(grouped(triples)).toEqual(grouped(reference));
    // Journeys: conversions valued from orders and orders standing in for missing events.
    const canonical = (built: ReturnType<typeof buildJourneys>) => ({ summary: built.summary, journeys: built.journeys.map((j) => JSON.stringify(j)).sort() });
    const fromColumns = buildJourneys(loadTouchpoints(db), { lookbackDays: 30, orders: columns });
    expect(canonical(fromColumns)).toEqual(canonical(buildJourneys(touchpointsAsRows(db), { lookbackDays: 30, orders: reference })));
    expect(fromColumns.summary.conversionSource).toBe('mixed');
  }));

  it('the funnel over a period', withProject((db) => {
    const steps = ['impression', 'click', 'conversion'];
    const columns = loadFunnelEvents(db, { from: '2025-01-04', to: '2025-03-01' });
    const rows = funnelEventsAsRows(db, '2025-01-04', '2025-03-01');
    expect(computeFunnel(columns, steps, { windowDays: 20 })).toEqual(computeFunnel(rows, steps, { windowDays: 20 }));
    expect(columns.stepNames).toEqual([...new Set(rows.map((e) => e.step))]);
    expect(computeFunnel(rows, steps).steps[0].users).toBeGreaterThan(0);
  }));
});
