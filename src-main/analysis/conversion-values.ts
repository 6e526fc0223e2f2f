/**
 * Touchpoint logs often mark a conversion without its value, while the order export has
 * the money. A conversion without a value takes the revenue of the same customer's
 * order closest in time (within a day), each order used once; otherwise it stays 0.
 */
import type { OrderRow, TouchpointColumns } from '../model/attribution/index.js';

const MATCH_WINDOW_MS = 86_400_000;

export function valueConversionsFromOrders(touches: TouchpointColumns, orders: readonly OrderRow[]): { rows: TouchpointColumns; matched: number; unmatched: number } {
  const byCustomer = new Map<string, OrderRow[]>();
  for (const o of orders) {
    const list = byCustomer.get(o.customerId);
    if (list) list.push(o);
    else byCustomer.set(o.customerId, [o]);
  }
  const used = new Set<OrderRow>();
  let matched = 0;
  let unmatched = 0;
  let value: Float64Array | null = null;
  for (let i = 0; i < touches.customer.length; i++) {
    // NaN: the conversion's value cell was empty.
    if (touches.conversion[i] !== 1 || !Number.isNaN(touches.value[i])) continue;
    const time = touches.time[i];
    let best: OrderRow | undefined;
    for (const o of byCustomer.get(touches.customerIds[touches.customer[i]]) ?? []) {
      const gap = Math.abs(o.time - time);
      if (gap <= MATCH_WINDOW_MS && !used.has(o) && (!best || gap < Math.abs(best.time - time))) best = o;
    }
    if (!best) {
      unmatched++;
      continue;
    }
    used.add(best);
    matched++;
    value ??= touches.value.slice();
    value[i] = best.revenue;
  }
  return { rows: value ? { ...touches, value } : touches, matched, unmatched };
}
