/**
 * A touchpoint log in columns (typed arrays, integer customer and channel ids), grouped by
 * customer with a counting sort and time-ordered within each customer. Millions of rows
 * then cost a few typed arrays instead of an object and a map entry per row.
 */
import { Dictionary } from '@shared/dictionary.js';
import { toOrderConversionColumns } from './order-conversions.js';
import { customerTexts, sharesCustomers } from './customers.js';
import { groupRows } from '../group-rows.js';
import type { CustomerEntries } from './customers.js';
import type { OrderConversionColumns, OrderConversionInput } from './order-conversions.js';
import type { TouchpointRow } from './types.js';

/**
 * Touchpoints as columns with dictionary-coded texts: how the store hands over a large log
 * (no object per row). Row i is customer `customerIds[customer[i]]` at `time[i]` (epoch ms)
 * on channel `channels[channel[i]]`; `conversion[i]` is 1 for a conversion event, and
 * `value[i]` its value (NaN: none). Customer entries are distinct texts, or a dictionary
 * shared with the orders (customers.ts).
 */
export interface TouchpointColumns<Customers extends CustomerEntries = CustomerEntries> {
  readonly customerIds: Customers;
  readonly customer: Int32Array;
  readonly time: Float64Array;
  readonly channels: readonly string[];
  readonly channel: Int32Array;
  readonly conversion: Uint8Array;
  readonly value: Float64Array;
}

export type TouchpointInput = readonly TouchpointRow[] | TouchpointColumns;

/** Row objects as columns (the same values, so both inputs build the same log). */
export function toTouchpointColumns(input: TouchpointInput): TouchpointColumns {
  if (!Array.isArray(input)) return input as TouchpointColumns;
  const rows = input as readonly TouchpointRow[];
  const customers = new Dictionary();
  const channels = new Dictionary();
  const customer = new Int32Array(rows.length);
  const time = new Float64Array(rows.length);
  const channel = new Int32Array(rows.length);
  const conversion = new Uint8Array(rows.length);
  const value = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    customer[i] = customers.code(row.customerId);
    time[i] = row.time;
    channel[i] = channels.code(row.channel);
    conversion[i] = row.event === 'conversion' ? 1 : 0;
    value[i] = row.value === null ? NaN : row.value;
  });
  return { customerIds: customers.entries, customer, time, channels: channels.entries, channel, conversion, value };
}

export interface TouchLog {
  readonly customerCount: number;
  /**
   * Entries of customer c (c < loggedCustomers) are `order[start[c] .. start[c+1])`, by
   * time, touches before conversions at equal times.
   */
  readonly loggedCustomers: number;
  readonly start: Int32Array;
  readonly order: Int32Array;
  readonly time: Float64Array;
  /** Channel id of a touch; −1 for a conversion. */
  readonly channel: Int32Array;
  readonly value: Float64Array;
  /**
   * The customers numbered after the logged ones are known only from the orders: no touch
   * can explain their conversions, so they keep only these, each customer's by time.
   */
  readonly untouchedValues: Float64Array;
  readonly channelNames: readonly string[];
  readonly invalidRows: number;
  /** Customers whose conversions came from orders (they had no conversion event). */
  readonly customersFromOrders: number;
  readonly customersWithEvents: number;
}

const NO_CHANNEL = -1;

export function buildTouchLog(input: TouchpointInput, orderInput: OrderConversionInput, conversionIsTouch: boolean): TouchLog {
  const touches = toTouchpointColumns(input);
  const orders = toOrderConversionColumns(orderInput);
  const rows = touches.customer.length;
  let capacity = rows + orders.customer.length;
  if (conversionIsTouch) for (let i = 0; i < rows; i++) capacity += touches.conversion[i];
  const customerOf = new Int32Array(capacity);
  const time = new Float64Array(capacity);
  const channel = new Int32Array(capacity);
  const value = new Float64Array(capacity);
  const channelIds = new Map<string, number>();
  const channelNames: string[] = [];
  // At most one customer per touch entry and one per order entry.
  const hasEvent = new Uint8Array(touches.customerIds.length + orders.customerIds.length);
  let customers = 0;
  let size = 0;
  let invalidRows = 0;

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
  // Touch rows number their customers per dictionary entry (entries are distinct), on
  // first use in row order, as row objects would be; names are only looked up when orders join in.
  const UNSEEN = -2;
  const customerOfEntry = new Int32Array(touches.customerIds.length).fill(UNSEEN);
  const channelOfEntry = new Int32Array(touches.channels.length).fill(UNSEEN);

  for (let i = 0; i < rows; i++) {
    const conversion = touches.conversion[i] === 1;
    const entry = touches.channel[i];
    let id = channelOfEntry[entry];
    if (id === UNSEEN) id = channelOfEntry[entry] = channelId(touches.channels[entry]);
    const at = touches.time[i];
    if (!Number.isFinite(at) || (id === NO_CHANNEL && !conversion)) {
      invalidRows++;
      continue;
    }
    const who = touches.customer[i];
    let customer = customerOfEntry[who];
    if (customer === UNSEEN) customer = customerOfEntry[who] = customers++;
    if (!conversion) {
      add(customer, at, id, 0);
      continue;
    }
    hasEvent[customer] = 1;
    if (conversionIsTouch && id !== NO_CHANNEL) add(customer, at, id, 0);
    // A conversion whose value cell is empty still counts as a conversion, worth 0.
    const amount = touches.value[i];
    add(customer, at, NO_CHANNEL, Number.isFinite(amount) ? amount : 0);
  }

  // Every customer with a touch is numbered by now; those the orders add come after.
  const loggedCustomers = customers;
  const customerOfOrderEntry = customersOfOrders(touches, customerOfEntry, orders);
  const fromOrders = new Uint8Array(hasEvent.length);
  let customersFromOrders = 0;
  // Order rows of untouched customers, in row order (they stay out of the log).
  const untouchedRows = new Int32Array(orders.customer.length);
  let untouched = 0;
  for (let i = 0; i < orders.customer.length; i++) {
    const entry = orders.customer[i];
    const known = customerOfOrderEntry[entry];
    if (known >= 0 && hasEvent[known] === 1) continue;
    const at = orders.time[i];
    const amount = orders.revenue[i];
    if (!Number.isFinite(at) || !Number.isFinite(amount)) {
      invalidRows++;
      continue;
    }
    // A customer known only from the orders is numbered at their first usable order.
    const customer = known >= 0 ? known : (customerOfOrderEntry[entry] = customers++);
    if (fromOrders[customer] === 0) {
      fromOrders[customer] = 1;
      customersFromOrders++;
    }
    if (customer < loggedCustomers) add(customer, at, NO_CHANNEL, amount);
    else untouchedRows[untouched++] = i;
  }

  const start = new Int32Array(loggedCustomers + 1);
  for (let i = 0; i < size; i++) start[customerOf[i] + 1]++;
  for (let c = 0; c < loggedCustomers; c++) start[c + 1] += start[c];
  const next = start.slice(0, loggedCustomers);
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[next[customerOf[i]]++] = i;
  for (let c = 0; c < loggedCustomers; c++) sortByTime(order, start[c], start[c + 1], time, channel);

  let customersWithEvents = 0;
  for (let c = 0; c < loggedCustomers; c++) customersWithEvents += hasEvent[c];
  return {
    customerCount: customers,
    loggedCustomers,
    start,
    order,
    time,
    channel,
    value,
    untouchedValues: untouchedValues(orders, untouchedRows.subarray(0, untouched), customerOfOrderEntry, loggedCustomers, customers - loggedCustomers),
    channelNames,
    invalidRows,
    customersFromOrders,
    customersWithEvents,
  };
}

/**
 * The revenue of the untouched customers' orders `rows`, customer by customer in the
 * order they were numbered, each customer's by time (equal times in row order): the order
 * the journeys sum them in. Order totals come grouped by customer and by date already, so
 * most often the rows are in that order as they stand.
 */
function untouchedValues(orders: OrderConversionColumns, rows: Int32Array, customerOfOrderEntry: Int32Array, first: number, count: number): Float64Array {
  const values = new Float64Array(rows.length);
  let inOrder = true;
  let current = first - 1;
  for (let k = 0; k < rows.length && inOrder; k++) {
    const customer = customerOfOrderEntry[orders.customer[rows[k]]];
    if (customer === current) inOrder = orders.time[rows[k]] >= orders.time[rows[k - 1]];
    else inOrder = customer === current + 1;
    current = customer;
  }
  if (!inOrder) {
    const code = Int32Array.from(rows, (row) => customerOfOrderEntry[orders.customer[row]] - first);
    const grouped = groupRows(code, count);
    const sorted = Int32Array.from(grouped.rows, (k) => rows[k]);
    for (let c = 0; c < count; c++) sortByTime(sorted, grouped.start[c], grouped.start[c + 1], orders.time, null);
    rows = sorted;
  }
  for (let k = 0; k < rows.length; k++) values[k] = orders.revenue[rows[k]];
  return values;
}

/**
 * The log's customer of each order entry (−1: not in the touches): by code when the two
 * share their dictionary, else by name — a map of the touch customers' names is built
 * only when there are orders, and each name looked up once.
 */
function customersOfOrders(touches: TouchpointColumns, customerOfEntry: Int32Array, orders: OrderConversionColumns): Int32Array {
  const of = new Int32Array(orders.customerIds.length).fill(-1);
  if (orders.customerIds.length === 0) return of;
  if (sharesCustomers(touches, orders)) {
    for (let entry = 0; entry < of.length; entry++) if (customerOfEntry[entry] >= 0) of[entry] = customerOfEntry[entry];
    return of;
  }
  const touchNames = customerTexts(touches.customerIds);
  const orderNames = customerTexts(orders.customerIds);
  const byName = new Map<string, number>();
  for (let entry = 0; entry < customerOfEntry.length; entry++) if (customerOfEntry[entry] >= 0) byName.set(touchNames[entry], customerOfEntry[entry]);
  for (let entry = 0; entry < orderNames.length; entry++) of[entry] = byName.get(orderNames[entry]) ?? -1;
  return of;
}

/**
 * Stable insertion sort of `order[from..to)` by (time, touch before conversion; without
 * channels, by time alone); logs are short and mostly sorted already. Called once per
 * customer: the short case makes no closure (a million of them were garbage to collect).
 */
function sortByTime(order: Int32Array, from: number, to: number, time: Float64Array, channel: Int32Array | null): void {
  if (to - from > 64) {
    const before = (a: number, b: number): boolean =>
      time[a] < time[b] || (channel !== null && time[a] === time[b] && channel[a] !== NO_CHANNEL && channel[b] === NO_CHANNEL);
    const sorted = Array.from(order.subarray(from, to)).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    order.set(sorted, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const entry = order[i];
    const at = time[entry];
    const touch = channel !== null && channel[entry] !== NO_CHANNEL;
    let j = i - 1;
    for (; j >= from; j--) {
      const other = order[j];
      // Whether `entry` goes before `other`: earlier, or a touch at the time of a conversion.
      if (!(at < time[other] || (touch && at === time[other] && channel[other] === NO_CHANNEL))) break;
      order[j + 1] = other;
    }
    order[j + 1] = entry;
  }
}
