/**
 * Touchpoint logs often mark a conversion without its value, while the order export has
 * the money. A conversion without a value takes the revenue of the same customer's
 * order closest in time (within a day), each order used once; otherwise it stays 0.
 */
import type { OrderRow, TouchpointRow } from '../model/attribution/index.js';

const MATCH_WINDOW_MS = 86_400_000;

export function valueConversionsFromOrders(touches: readonly TouchpointRow[], orders: readonly OrderRow[]): { rows: TouchpointRow[]; matched: number; unmatched: number } {
  const byCustomer = new Map<string, OrderRow[]>();
  for (const o of orders) {
    const list = byCustomer.get(o.customerId);
    if (list) list.push(o);
    else byCustomer.set(o.customerId, [o]);
  }
  const used = new Set<OrderRow>();
  let matched = 0;
  let unmatched = 0;
  const rows = touches.map((t) => {
    if (t.event !== 'conversion' || t.value !== null) return t;
    let best: OrderRow | undefined;
    for (const o of byCustomer.get(t.customerId) ?? []) {
      const gap = Math.abs(o.time - t.time);
      if (gap <= MATCH_WINDOW_MS && !used.has(o) && (!best || gap < Math.abs(best.time - t.time))) best = o;
    }
    if (!best) {
      unmatched++;
      return t;
    }
    used.add(best);
    matched++;
    return { ...t, value: best.revenue };
  });
  return { rows, matched, unmatched };
}
