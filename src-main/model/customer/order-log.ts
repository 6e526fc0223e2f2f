/**
 * The order log every customer model starts from: validated rows in columns, grouped by
 * customer and sorted by day. Bad rows are counted into warnings, never thrown.
 */
import { parseDay } from './dates.js';
import { WarningCounter } from './warnings.js';

/** One order (or order line) as the store hands it over. */
export interface OrderRow {
  customerId: string | null | undefined;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`. */
  date: string;
  revenue: number;
  /** When present, F counts distinct order ids; otherwise distinct date-times. */
  orderId?: string | null;
}

/** Kept rows in columns; row i belongs to customer `customer[i]`. */
export interface OrderLog {
  customerIds: string[];
  /** Rows of customer c are `rowsByCustomer[start[c]] … rowsByCustomer[start[c+1]−1]`, by day. */
  start: Int32Array;
  rowsByCustomer: Int32Array;
  customer: Int32Array;
  day: Int32Array;
  revenue: Float64Array;
  /** Order identity inside a customer: '#' + the order id, else the date-time text. */
  orderKey: string[];
  firstDay: number;
  lastDay: number;
}

export interface PrepareOptions {
  /** Rows after this day are excluded and counted as `futureOrders`. */
  lastDay?: number;
}

/** Validates rows, interns customer ids, and groups rows by customer (counting sort). */
export function prepareOrderLog(orders: readonly OrderRow[], options: PrepareOptions = {}): { log: OrderLog; warnings: WarningCounter } {
  const warnings = new WarningCounter();
  const limit = options.lastDay ?? Infinity;
  const idIndex = new Map<string, number>();
  const customerIds: string[] = [];
  const dayCache = new Map<string, number | null>();
  const rows = orders.length;
  const customer = new Int32Array(rows);
  const day = new Int32Array(rows);
  const revenue = new Float64Array(rows);
  const orderKey: string[] = [];
  let kept = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const order of orders) {
    const rawId = order.customerId;
    const id = typeof rawId === 'string' ? rawId.trim() : rawId == null ? '' : String(rawId);
    if (id === '') {
      warnings.add('missingCustomerId');
      continue;
    }
    const text = typeof order.date === 'string' ? order.date.trim() : '';
    // The day comes from the first ten characters (cached: dates repeat a lot); a time,
    // if any, must follow a 'T' or a space.
    const separator = text.length > 10 ? text[10] : 'T';
    const dateKey = text.slice(0, 10);
    let d = dayCache.get(dateKey);
    if (d === undefined) {
      d = parseDay(dateKey);
      dayCache.set(dateKey, d);
    }
    if (d === null || (separator !== 'T' && separator !== ' ')) {
      warnings.add('invalidDate');
      continue;
    }
    const value = order.revenue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      warnings.add('invalidRevenue');
      continue;
    }
    if (d > limit) {
      warnings.add('futureOrders');
      continue;
    }
    if (value < 0) warnings.add('refundRows');
    else if (value === 0) warnings.add('zeroRevenueRows');
    let c = idIndex.get(id);
    if (c === undefined) {
      c = customerIds.length;
      idIndex.set(id, c);
      customerIds.push(id);
    }
    customer[kept] = c;
    day[kept] = d;
    revenue[kept] = value;
    const oid = order.orderId;
    // Ids are marked so that an order id can never equal a date-time text.
    orderKey.push(oid != null && String(oid).trim() !== '' ? `#${String(oid).trim()}` : text);
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    kept++;
  }
  const grouped = groupByCustomer(customer.subarray(0, kept), day.subarray(0, kept), customerIds.length);
  return {
    log: {
      customerIds,
      start: grouped.start,
      rowsByCustomer: grouped.rows,
      customer: customer.slice(0, kept),
      day: day.slice(0, kept),
      revenue: revenue.slice(0, kept),
      orderKey,
      firstDay,
      lastDay,
    },
    warnings,
  };
}

/** Counting sort by customer, then by day inside each customer (segments are short). */
function groupByCustomer(customer: Int32Array, day: Int32Array, customers: number): { start: Int32Array; rows: Int32Array } {
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < customer.length; i++) start[customer[i] + 1]++;
  for (let c = 0; c < customers; c++) start[c + 1] += start[c];
  const fill = start.slice(0, customers);
  const rows = new Int32Array(customer.length);
  for (let i = 0; i < customer.length; i++) rows[fill[customer[i]]++] = i;
  for (let c = 0; c < customers; c++) {
    const lo = start[c];
    const hi = start[c + 1];
    if (hi - lo > 32) {
      const segment = Array.from(rows.subarray(lo, hi)).sort((x, y) => day[x] - day[y] || x - y);
      rows.set(segment, lo);
      continue;
    }
    for (let i = lo + 1; i < hi; i++) {
      const row = rows[i];
      let j = i - 1;
      while (j >= lo && day[rows[j]] > day[row]) {
        rows[j + 1] = rows[j];
        j--;
      }
      rows[j + 1] = row;
    }
  }
  return { start, rows };
}
