import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random.js';
import { formatDay, requireDay } from './dates.js';
import { laterPurchases } from './later-purchases.js';
import { prepareOrderLog, type OrderRow } from './order-log.js';

/** The definition, read off the grouped log (what laterPurchases computed before it went columnar). */
function reference(orders: OrderRow[], calibrationEnd: string, only?: ReadonlySet<string>) {
  const endDay = requireDay(calibrationEnd, 'calibrationEnd');
  const { log } = prepareOrderLog(orders);
  const lastPurchaseDay = new Map<string, number>();
  const after = new Map<string, { days: number; revenue: number }>();
  let dataEndDay = -Infinity;
  for (let c = 0; c < log.customerIds.length; c++) {
    let last = -Infinity;
    let previousDay = -Infinity;
    let days = 0;
    let revenue = 0;
    for (let k = log.start[c]; k < log.start[c + 1]; k++) {
      const row = log.rowsByCustomer[k];
      const day = log.day[row];
      dataEndDay = Math.max(dataEndDay, day);
      if (log.revenue[row] < 0) continue;
      last = Math.max(last, day);
      if (day > endDay) {
        if (day !== previousDay) days++;
        revenue += log.revenue[row];
      }
      previousDay = day;
    }
    const id = log.customerIds[c];
    if (only && !only.has(id)) continue;
    if (last > -Infinity) lastPurchaseDay.set(id, last);
    if (days > 0) after.set(id, { days, revenue });
  }
  const hasData = dataEndDay > -Infinity;
  return { dataEnd: hasData ? formatDay(dataEndDay) : null, dataEndDay: hasData ? dataEndDay : null, lastPurchaseDay, after };
}

describe('laterPurchases', () => {
  it('equals the definition on messy random logs (padded ids, bad dates and revenue, refunds, same-day rows)', () => {
    const random = mulberry32(8);
    const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)];
    const orders: OrderRow[] = Array.from({ length: 3000 }, () => {
      // A guest account holds a tenth of the rows: a long history in no order.
      const id = random() < 0.1 ? 'GUEST' : `C${Math.floor(random() * 300)}`;
      return {
        customerId: pick([id, id, id, ` ${id}`, '']),
        date: pick([`2025-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`, '2025-07-01T10:00', 'not a date']),
        revenue: pick([Math.round(random() * 10000) / 100, -5, 0, NaN, 12.3]),
      };
    });
    const candidates = new Set(['GUEST', ...Array.from({ length: 60 }, () => `C${Math.floor(random() * 320)}`)]);
    for (const only of [candidates, undefined, new Set<string>()]) {
      const got = laterPurchases(orders, '2025-05-31', only);
      const want = reference(orders, '2025-05-31', only);
      expect(got.dataEnd).toBe(want.dataEnd);
      expect(got.dataEndDay).toBe(want.dataEndDay);
      expect([...got.lastPurchaseDay]).toEqual([...want.lastPurchaseDay]);
      expect([...got.after]).toEqual([...want.after]);
    }
    expect(reference(orders, '2025-05-31', candidates).after.size).toBeGreaterThan(10);
    expect(reference(orders, '2025-05-31', candidates).after.has('GUEST')).toBe(true);
    expect(orders.filter((o) => o.customerId === 'GUEST').length).toBeGreaterThan(100);
  });
});
