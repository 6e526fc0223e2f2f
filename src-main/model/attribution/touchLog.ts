/**
 * A touchpoint log in columns (typed arrays, integer customer and channel ids), grouped by
 * customer with a counting sort and time-ordered within each customer. Millions of rows
 * then cost a few typed arrays instead of an object and a map entry per row.
 */
import type { OrderRow, TouchpointRow } from './types.js';

export interface TouchLog {
  readonly customerCount: number;
  /** Entries of customer c are `order[start[c] .. start[c+1])`, by time, touches before conversions at equal times. */
  readonly start: Int32Array;
  readonly order: Int32Array;
  readonly time: Float64Array;
  /** Channel id of a touch; −1 for a conversion. */
  readonly channel: Int32Array;
  readonly value: Float64Array;
  readonly channelNames: readonly string[];
  readonly invalidRows: number;
  /** Customers whose conversions came from orders (they had no conversion event). */
  readonly customersFromOrders: number;
  readonly customersWithEvents: number;
}

const NO_CHANNEL = -1;

export function buildTouchLog(touches: readonly TouchpointRow[], orders: readonly OrderRow[], conversionIsTouch: boolean): TouchLog {
  let capacity = touches.length + orders.length;
  if (conversionIsTouch) for (const row of touches) if (row.event === 'conversion') capacity++;
  const customerOf = new Int32Array(capacity);
  const time = new Float64Array(capacity);
  const channel = new Int32Array(capacity);
  const value = new Float64Array(capacity);
  const customerIds = new Map<string, number>();
  const channelIds = new Map<string, number>();
  const channelNames: string[] = [];
  const hasEvent: number[] = [];
  let size = 0;
  let invalidRows = 0;

  const customerId = (name: string): number => {
    let id = customerIds.get(name);
    if (id === undefined) {
      id = customerIds.size;
      customerIds.set(name, id);
      hasEvent.push(0);
    }
    return id;
  };
  const add = (customer: number, at: number, channelId: number, amount: number): void => {
    customerOf[size] = customer;
    time[size] = at;
    channel[size] = channelId;
    value[size] = amount;
    size++;
  };
  const channelId = (raw: string): number => {
    let id = channelIds.get(raw);
    if (id === undefined) {
      const name = raw.trim();
      id = name === '' ? NO_CHANNEL : (channelIds.get(name) ?? channelNames.push(name) - 1);
      channelIds.set(raw, id);
      if (name !== '') channelIds.set(name, id);
    }
    return id;
  };

  for (const row of touches) {
    const conversion = row.event === 'conversion';
    const id = channelId(row.channel);
    if (!Number.isFinite(row.time) || (id === NO_CHANNEL && !conversion)) {
      invalidRows++;
      continue;
    }
    const customer = customerId(row.customerId);
    if (!conversion) {
      add(customer, row.time, id, 0);
      continue;
    }
    hasEvent[customer] = 1;
    if (conversionIsTouch && id !== NO_CHANNEL) add(customer, row.time, id, 0);
    // A conversion whose value cell is empty still counts as a conversion, worth 0.
    add(customer, row.time, NO_CHANNEL, row.value !== null && Number.isFinite(row.value) ? row.value : 0);
  }
  const fromOrders = new Set<number>();
  for (const order of orders) {
    const known = customerIds.get(order.customerId);
    if (known !== undefined && hasEvent[known] === 1) continue;
    if (!Number.isFinite(order.time) || !Number.isFinite(order.revenue)) {
      invalidRows++;
      continue;
    }
    const customer = customerId(order.customerId);
    fromOrders.add(customer);
    add(customer, order.time, NO_CHANNEL, order.revenue);
  }

  const customerCount = customerIds.size;
  const start = new Int32Array(customerCount + 1);
  for (let i = 0; i < size; i++) start[customerOf[i] + 1]++;
  for (let c = 0; c < customerCount; c++) start[c + 1] += start[c];
  const next = start.slice(0, customerCount);
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[next[customerOf[i]]++] = i;
  for (let c = 0; c < customerCount; c++) sortByTime(order, start[c], start[c + 1], time, channel);

  return {
    customerCount,
    start,
    order,
    time,
    channel,
    value,
    channelNames,
    invalidRows,
    customersFromOrders: fromOrders.size,
    customersWithEvents: hasEvent.reduce((sum, flag) => sum + flag, 0),
  };
}

/** Stable insertion sort of `order[from..to)` by (time, touch before conversion); logs are short and mostly sorted already. */
function sortByTime(order: Int32Array, from: number, to: number, time: Float64Array, channel: Int32Array): void {
  const before = (a: number, b: number): boolean =>
    time[a] < time[b] || (time[a] === time[b] && channel[a] !== NO_CHANNEL && channel[b] === NO_CHANNEL);
  if (to - from > 64) {
    const sorted = Array.from(order.subarray(from, to)).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    order.set(sorted, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const entry = order[i];
    let j = i - 1;
    while (j >= from && before(entry, order[j])) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = entry;
  }
}
