/**
 * Touchpoint logs often mark a conversion without its value, while the order export has
 * the money. A conversion without a value takes the revenue of the same customer's
 * order closest in time (within a day), each order used once; otherwise it stays 0.
 */
import { customerTexts, ordersByCustomer, sharesCustomers } from '../model/attribution/index.js';
import type { OrderConversionColumns, TouchpointColumns } from '../model/attribution/index.js';

const MATCH_WINDOW_MS = 86_400_000;

export function valueConversionsFromOrders(touches: TouchpointColumns, orders: OrderConversionColumns): { rows: TouchpointColumns; matched: number; unmatched: number } {
  // NaN: the conversion's value cell was empty. Most logs have none, and then the orders are not indexed at all.
  const waiting: number[] = [];
  for (let i = 0; i < touches.customer.length; i++) if (touches.conversion[i] === 1 && Number.isNaN(touches.value[i])) waiting.push(i);
  if (waiting.length === 0 || orders.customer.length === 0) return { rows: touches, matched: 0, unmatched: waiting.length };

  const { start, rows } = ordersByCustomer(orders);
  // One dictionary for both (attribution-inputs.ts): a touch's customer code is its orders' entry.
  const shared = sharesCustomers(touches, orders);
  const orderEntry = shared ? null : new Map(customerTexts(orders.customerIds).map((name, entry) => [name, entry]));
  const touchNames = shared ? null : customerTexts(touches.customerIds);
  const used = new Uint8Array(orders.customer.length);
  const value = touches.value.slice();
  let matched = 0;
  for (const i of waiting) {
    const entry = orderEntry && touchNames ? orderEntry.get(touchNames[touches.customer[i]]) : touches.customer[i];
    const time = touches.time[i];
    let best = -1;
    let bestGap = Infinity;
    if (entry !== undefined) {
      for (let k = start[entry]; k < start[entry + 1]; k++) {
        const o = rows[k];
        const gap = Math.abs(orders.time[o] - time);
        if (gap <= MATCH_WINDOW_MS && used[o] === 0 && gap < bestGap) {
          best = o;
          bestGap = gap;
        }
      }
    }
    if (best < 0) continue;
    used[best] = 1;
    matched++;
    value[i] = orders.revenue[best];
  }
  return { rows: matched > 0 ? { ...touches, value } : touches, matched, unmatched: waiting.length - matched };
}
