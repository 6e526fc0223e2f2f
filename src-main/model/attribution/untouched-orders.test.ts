/**
 * Customers known only from the orders have no touch to credit: their conversions stay
 * out of the touch log and only add to the summary (touch-log.ts, untouchedValues). They
 * must add up as they did inside the log: customer by customer in the order they first
 * appear, each customer's orders by time, equal times in row order. Money that does not
 * add up the same in another order (1e16 + 1 − 1e16) shows whether it does.
 */
import { describe, expect, it } from 'vitest';
import { buildJourneys } from './build-journeys.js';
import type { OrderRow, TouchpointRow } from './types.js';
import { DAY_MS } from './units.js';

const t0 = Date.UTC(2025, 2, 1);
const day = (d: number): number => t0 + d * DAY_MS;
const touches: TouchpointRow[] = [
  { customerId: 'a', time: day(0), channel: 'Baidu', event: 'touch', value: null },
  { customerId: 'a', time: day(2), channel: 'site', event: 'conversion', value: 0.1 },
  { customerId: 'b', time: day(1), channel: 'WeChat', event: 'touch', value: null },
];
const order = (customerId: string, d: number, revenue: number): OrderRow => ({ customerId, time: day(d), revenue });

/** x then y (x's first order comes first); each customer's orders by day, equal days in row order. */
const inOrder: OrderRow[] = [order('x', 1, 1e16), order('x', 2, -1e16), order('x', 3, 1), order('y', 0, 1), order('y', 0, 1e16), order('y', 0, -1e16), order('b', 1, 7)];
/** The same orders scattered: x's and y's interleaved, days out of order (y's equal days keep their order). */
const scattered: OrderRow[] = [order('x', 3, 1), order('y', 0, 1), order('b', 1, 7), order('x', 1, 1e16), order('y', 0, 1e16), order('x', 2, -1e16), order('y', 0, -1e16)];

/** The summary's sums as a plain sequence: a's event, then b's order (a touched customer, in the log), then x and y. */
const add = (values: number[]) => values.reduce((sum, v) => sum + v, 0);
const conversionValue = add([0.1, 7, 1e16, -1e16, 1, 1, 1e16, -1e16]);
const valueWithoutTouches = add([1e16, -1e16, 1, 1, 1e16, -1e16]);

describe('orders of customers without touches', () => {
  it.each([
    ['in order', inOrder],
    ['scattered', scattered],
  ])('add up customer by customer, each by time (%s)', (_, orders) => {
    const { summary, journeys } = buildJourneys(touches, { orders, conversionIsTouch: false });
    expect(summary).toMatchObject({
      customers: 4,
      conversions: 8,
      conversionValue,
      conversionSource: 'mixed',
      conversionsWithoutTouches: 6,
      valueWithoutTouches,
    });
    // Any other order would give another sum: rows as they came, y before x, x backwards, y's equal days backwards.
    expect(valueWithoutTouches).toBe(2);
    for (const other of [[1, 1, 1e16, 1e16, -1e16, -1e16], [1, 1e16, -1e16, 1e16, -1e16, 1], [1, -1e16, 1e16, 1, 1e16, -1e16], [1e16, -1e16, 1, -1e16, 1e16, 1]]) expect(add(other)).not.toBe(2);
    // The touched customers' journeys are unchanged: a's and b's, nothing for x or y.
    expect(journeys.map((j) => [j.channels, j.value])).toEqual([
      [['Baidu'], 0.1],
      [['WeChat'], 7],
    ]);
  });
});
