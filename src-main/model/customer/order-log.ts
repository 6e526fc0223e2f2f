/**
 * The order log every customer model starts from: validated rows in columns, grouped by
 * customer and sorted by day. Bad rows are counted into warnings, never thrown.
 */
import { Dictionary } from '@shared/dictionary.js';
import { groupRows } from '../group-rows.js';
import { parseDay } from './dates.js';
import { WarningCounter } from './warnings.js';

/** One order (or order line), for callers that hold a few rows as objects. */
export interface OrderRow {
  customerId: string | null | undefined;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`. */
  date: string;
  revenue: number;
  /** When present, F counts distinct order ids; otherwise distinct date-times. */
  orderId?: string | null;
}

/**
 * Orders as columns with dictionary-coded texts: how the store hands over a large order log
 * (no object per row). Row i is customer `customerIds[customer[i]]` on `dates[date[i]]` for
 * `revenue[i]`, order `orderIds[orderId[i]]` (−1: none). Dictionary entries are distinct
 * texts as stored; the log below trims and validates them as it does row objects.
 */
export interface OrderColumns {
  readonly customerIds: readonly string[];
  readonly customer: Int32Array;
  readonly dates: readonly string[];
  readonly date: Int32Array;
  /** NaN where the value is not a number. */
  readonly revenue: Float64Array;
  /** Absent when the caller does not need distinct orders (only RFM's F does). */
  readonly orderIds?: readonly string[];
  readonly orderId?: Int32Array;
  /**
   * The caller's word that every order-id entry is a non-empty text with no surrounding
   * white space, so equal codes are equal ids: `orderIds` may then be left out (a million
   * order ids need not become strings).
   */
  readonly orderIdsClean?: true;
}

export type OrderInput = readonly OrderRow[] | OrderColumns;

const isColumns = (input: OrderInput): input is OrderColumns => !Array.isArray(input);

/** Row objects as dictionary-coded columns (the same values, so both inputs give the same log). */
export function toOrderColumns(input: OrderInput): OrderColumns {
  if (isColumns(input)) return input;
  const orders = input as readonly OrderRow[];
  const rows = orders.length;
  const customers = new Dictionary();
  const dates = new Dictionary();
  const orderIds = new Dictionary();
  const customer = new Int32Array(rows);
  const date = new Int32Array(rows);
  const revenue = new Float64Array(rows);
  const orderId = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const order = orders[i];
    const rawId = order.customerId;
    customer[i] = customers.code(typeof rawId === 'string' ? rawId : rawId == null ? '' : String(rawId));
    date[i] = dates.code(typeof order.date === 'string' ? order.date : '');
    revenue[i] = typeof order.revenue === 'number' ? order.revenue : NaN;
    const oid = order.orderId;
    orderId[i] = oid == null ? -1 : orderIds.code(String(oid));
  }
  return { customerIds: customers.entries, customer, dates: dates.entries, date, revenue, orderIds: orderIds.entries, orderId };
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
  /**
   * Order identity inside a customer, as a number: equal numbers are equal keys ('#' + the
   * order id, else the date-time text). Only filled when asked for (`orderKeys`).
   */
  orderKey: Int32Array;
  firstDay: number;
  lastDay: number;
}

export interface PrepareOptions {
  /** Rows after this day are excluded and counted as `futureOrders`. */
  lastDay?: number;
  /** Fill `orderKey` (distinct orders per customer: RFM's F). */
  orderKeys?: boolean;
}

/**
 * Dictionary entries → canonical numbers for their trimmed text, so entries that differ
 * only by surrounding spaces count as one; −1 for an entry that is empty once trimmed.
 * When no entry needs trimming the entries are their own numbers (they are distinct).
 */
export function canonicalCodes(dictionary: readonly string[]): { code: Int32Array; text: (i: number) => string } {
  const code = new Int32Array(dictionary.length);
  let trimmed: string[] | null = null;
  for (let i = 0; i < dictionary.length; i++) {
    const t = dictionary[i].trim();
    if (t !== dictionary[i] || t === '') {
      trimmed = dictionary.map((s) => s.trim());
      break;
    }
    code[i] = i;
  }
  if (!trimmed) return { code, text: (i) => dictionary[i] };
  const first = new Map<string, number>();
  for (let i = 0; i < trimmed.length; i++) {
    const t = trimmed[i];
    if (t === '') {
      code[i] = -1;
      continue;
    }
    let at = first.get(t);
    if (at === undefined) {
      at = i;
      first.set(t, i);
    }
    code[i] = at;
  }
  const texts = trimmed;
  return { code, text: (i) => texts[i] };
}

/** The day of each date text (the first ten characters; a time, if any, must follow a 'T' or a space), NaN if invalid. */
export function daysOfDateTexts(dates: readonly string[]): Float64Array {
  const dayOfDate = new Float64Array(dates.length);
  dates.forEach((raw, i) => {
    const text = raw.trim();
    const separator = text.length > 10 ? text[10] : 'T';
    const d = separator === 'T' || separator === ' ' ? parseDay(text.slice(0, 10)) : null;
    dayOfDate[i] = d ?? NaN;
  });
  return dayOfDate;
}

/** Validates rows, interns customer ids, and groups rows by customer (counting sort). */
export function prepareOrderLog(input: OrderInput, options: PrepareOptions = {}): { log: OrderLog; warnings: WarningCounter } {
  const orders = toOrderColumns(input);
  const warnings = new WarningCounter();
  const limit = options.lastDay ?? Infinity;
  const ids = canonicalCodes(orders.customerIds);
  // Model customer of each canonical id, numbered on its first kept row.
  const modelCustomer = new Int32Array(orders.customerIds.length).fill(-1);
  const customerIds: string[] = [];
  const dayOfDate = daysOfDateTexts(orders.dates);
  const dateKeys = canonicalCodes(orders.dates);
  const orderIdCodes = !options.orderKeys || !orders.orderId ? null : orders.orderIdsClean ? null : orders.orderIds ? canonicalCodes(orders.orderIds).code : null;
  const orderIds = options.orderKeys && orders.orderId && (orders.orderIdsClean || orderIdCodes) ? { codes: orderIdCodes, of: orders.orderId } : null;
  const rows = orders.customer.length;
  const customer = new Int32Array(rows);
  const day = new Int32Array(rows);
  const revenue = new Float64Array(rows);
  const orderKey = new Int32Array(options.orderKeys ? rows : 0);
  // Order ids and date texts share one key space: ids from 0 up, date texts from −1 down.
  let kept = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < rows; i++) {
    const id = ids.code[orders.customer[i]];
    if (id < 0) {
      warnings.add('missingCustomerId');
      continue;
    }
    const d = dayOfDate[orders.date[i]];
    if (Number.isNaN(d)) {
      warnings.add('invalidDate');
      continue;
    }
    const value = orders.revenue[i];
    if (!Number.isFinite(value)) {
      warnings.add('invalidRevenue');
      continue;
    }
    if (d > limit) {
      warnings.add('futureOrders');
      continue;
    }
    if (value < 0) warnings.add('refundRows');
    else if (value === 0) warnings.add('zeroRevenueRows');
    let c = modelCustomer[id];
    if (c < 0) {
      c = customerIds.push(ids.text(id)) - 1;
      modelCustomer[id] = c;
    }
    customer[kept] = c;
    day[kept] = d;
    revenue[kept] = value;
    if (options.orderKeys) {
      const oid = orderIds ? orderIds.of[i] : -1;
      const key = oid < 0 ? -1 : orderIds!.codes ? orderIds!.codes[oid] : oid;
      orderKey[kept] = key >= 0 ? key : -1 - dateKeys.code[orders.date[i]];
    }
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    kept++;
  }
  const grouped = groupRows(customer.subarray(0, kept), customerIds.length, day.subarray(0, kept));
  return {
    log: {
      customerIds,
      start: grouped.start,
      rowsByCustomer: grouped.rows,
      customer: customer.slice(0, kept),
      day: day.slice(0, kept),
      revenue: revenue.slice(0, kept),
      orderKey: orderKey.slice(0, options.orderKeys ? kept : 0),
      firstDay,
      lastDay,
    },
    warnings,
  };
}
