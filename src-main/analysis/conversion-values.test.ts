import { describe, expect, it } from 'vitest';
import { toOrderConversionColumns, toTouchpointColumns } from '../model/attribution/index.js';
import type { TouchpointRow } from '../model/attribution/index.js';
import { valueConversionsFromOrders } from './conversion-values.js';

const HOUR = 3_600_000;
const t0 = Date.UTC(2025, 2, 1, 12);
const conversion = (customerId: string, hours: number, value: number | null = null): TouchpointRow => ({ customerId, time: t0 + hours * HOUR, channel: 'Baidu', event: 'conversion', value });
const touch = (customerId: string, hours: number): TouchpointRow => ({ customerId, time: t0 + hours * HOUR, channel: 'Baidu', event: 'touch', value: null });

describe('conversions logged without a value take it from the orders', () => {
  it('from the same customer’s order closest in time, within a day, each order used once', () => {
    const touches = toTouchpointColumns([
      touch('a', -5),
      conversion('a', 0), // orders at +3 h and −2 h: the closer one (−2 h, 20)
      conversion('a', 1), // the −2 h order is taken: the +3 h one (30)
      conversion('a', 2), // both taken, the +30 h one is beyond a day: stays without
      conversion('b', 0, 7), // has its own value: kept, its order untouched
      conversion('c', 0), // no orders at all
    ]);
    const orders = toOrderConversionColumns([
      { customerId: 'a', time: t0 + 3 * HOUR, revenue: 30 },
      { customerId: 'a', time: t0 - 2 * HOUR, revenue: 20 },
      { customerId: 'a', time: t0 + 30 * HOUR, revenue: 99 },
      { customerId: 'b', time: t0, revenue: 50 },
    ]);
    const { rows, matched, unmatched } = valueConversionsFromOrders(touches, orders);
    expect([matched, unmatched]).toEqual([2, 2]);
    expect(Array.from(rows.value)).toEqual([NaN, 20, 30, NaN, 7, NaN]);
    expect(Array.from(touches.value)).toEqual([NaN, NaN, NaN, NaN, 7, NaN]); // the input is not changed
  });

  it('leaves a log whose conversions all carry values as it is, without indexing the orders', () => {
    const touches = toTouchpointColumns([touch('a', 0), conversion('a', 1, 12)]);
    const orders = toOrderConversionColumns([{ customerId: 'a', time: t0 + HOUR, revenue: 99 }]);
    const valued = valueConversionsFromOrders(touches, orders);
    expect(valued).toEqual({ rows: touches, matched: 0, unmatched: 0 });
    expect(valued.rows).toBe(touches);
  });
});
