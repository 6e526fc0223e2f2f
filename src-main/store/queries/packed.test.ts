import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProject } from '../project.js';
import { insertDataset } from '../datasets.js';
import { canPackColumns } from './packed.js';
import { readOrderColumns } from './orders.js';
import { readTouchpointColumns } from './touchpoints.js';
import { isoToMs } from '../../analysis/load.js';
import { computeRfm } from '../../model/customer/index.js';
import { tempDir } from '../../../test/helpers/cli.js';

/** Times as the analyses use them: the texts left to the caller read by its parser. */
function resolved(columns: ReturnType<typeof readTouchpointColumns>) {
  const time = columns.time.slice();
  for (const [row, text] of columns.oddTimes) time[row] = isoToMs(text);
  return { ...columns, time, oddTimes: null };
}

const ODD_TIMES = ['2025-03-01', 'later', '2025-02-30T10:00:00', '2025-01-01T24:00:00', '2024-02-29T12:00:00', '1969-12-31T23:59:59', '2025-13-01T00:00:00', '2025-01-01T23:59:60', '2025-01-01 10:00:00'];

/**
 * The native column packer (column_pack.c) and the row-by-row reader give the same
 * columns — on enough distinct texts that the packer's dictionary grows many times over
 * (a dictionary that outgrew its hash array once crashed the CLI on 1M customers).
 */
function project() {
  const db = openProject(join(tempDir('roi-packed-'), 'p.roi'), { create: true });
  const dataset = (kind: 'orders' | 'touchpoints') => insertDataset(db, { kind, file: `${kind}.csv`, sha256: kind, format: 'csv', encoding: 'UTF-8', sheet: null, mapping: {} });
  db.transaction(() => {
    const orders = dataset('orders');
    const o = db.prepare('INSERT INTO orders (dataset_id, row, order_id, customer_id, date, revenue) VALUES (?, ?, ?, ?, ?, ?)');
    for (let row = 2; row < 60_000; row++) {
      o.run(orders, row, row % 7 === 0 ? null : `O${row >> 1}`, row % 11 === 0 ? `客户 ${row % 5000}` : `C${(row * 7919) % 40_000}`, `2025-0${1 + (row % 9)}-1${row % 10}T00:00:00`, ((row * 104729) % 100_000) / 100 - 50);
    }
    const touches = dataset('touchpoints');
    const t = db.prepare('INSERT INTO touchpoints (dataset_id, row, customer_id, timestamp, channel, event, value, channel_raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (let row = 2; row < 30_000; row++) {
      const time = row % 13 === 0 ? ODD_TIMES[row % ODD_TIMES.length] : `2025-02-${10 + (row % 18)}T${String(row % 24).padStart(2, '0')}:00:00`;
      t.run(touches, row, `U${row % 9000}`, time, ['抖音', 'WeChat', '', ' Baidu'][row % 4], row % 5 === 0 ? null : ['click', '转化'][row % 2], row % 3 === 0 ? null : row / 4, row % 4 === 0 ? '巨量引擎' : row % 6 === 1 ? 'weixin' : null);
    }
  })();
  return db;
}

describe('packed columns', () => {
  const saved = process.env.ROI_STUDIO_NATIVE;
  afterEach(() => {
    if (saved === undefined) delete process.env.ROI_STUDIO_NATIVE;
    else process.env.ROI_STUDIO_NATIVE = saved;
  });

  it('equal the row-by-row read, for orders and touchpoints', () => {
    const db = project();
    try {
      expect(canPackColumns(db)).toBe(true);
      const packed = { orders: readOrderColumns(db, { orderIds: true }), touches: readTouchpointColumns(db), period: readTouchpointColumns(db, { from: '2025-02-12', to: '2025-02-20T23:59:59' }) };
      process.env.ROI_STUDIO_NATIVE = 'off';
      const db2 = openProject(db.name);
      try {
        expect(canPackColumns(db2)).toBe(false);
        // These order ids need no trimming: the packer passes codes only, and RFM counts the same orders.
        const rowByRow = readOrderColumns(db2, { orderIds: true });
        const { orderIds, ...rest } = rowByRow;
        expect(packed.orders).toEqual({ ...rest, orderIdsClean: true });
        expect(orderIds?.every((id) => id.trim() === id && id !== '')).toBe(true);
        expect(computeRfm(packed.orders)).toEqual(computeRfm(rowByRow));
        expect(resolved(packed.touches)).toEqual(resolved(readTouchpointColumns(db2)));
        expect(resolved(packed.period)).toEqual(resolved(readTouchpointColumns(db2, { from: '2025-02-12', to: '2025-02-20T23:59:59' })));
      } finally {
        db2.close();
      }
      expect(packed.orders.customerIds.length).toBeGreaterThan(40_000);
      expect(packed.touches.oddTimes.size).toBeGreaterThan(1000);
      // Every stored time reads as the analyses' parser reads it.
      const all = db.prepare('SELECT timestamp FROM touchpoints').pluck().all() as string[];
      expect(Array.from(resolved(packed.touches).time)).toEqual(all.map(isoToMs));
      expect(packed.period.customer.length).toBeLessThan(packed.touches.customer.length);
    } finally {
      db.close();
    }
  });

  it('of an empty table are empty', () => {
    const db = openProject(join(tempDir('roi-packed-'), 'p.roi'), { create: true });
    try {
      expect(readOrderColumns(db, { orderIds: true })).toEqual({ customerIds: [], customer: new Int32Array(0), dates: [], date: new Int32Array(0), revenue: new Float64Array(0), orderId: new Int32Array(0), orderIdsClean: true });
    } finally {
      db.close();
    }
  });
});
