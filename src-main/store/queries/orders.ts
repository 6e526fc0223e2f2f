/**
 * The orders every customer analysis reads, in columns (issue 13): one pass over the table
 * in file order, texts dictionary-coded, no object per row. The customer models take these
 * columns as they are (model/customer/order-log.ts).
 */
import type { Database } from 'better-sqlite3';
import { Dictionary } from '@shared/dictionary.js';
import { GrowingColumn } from './growing-column.js';
import { canPackColumns, unpackCleanCodes, unpackCodes, unpackEntries, unpackReals, unpackTexts } from './packed.js';
import type { PackedEntries } from './packed.js';

export interface StoredOrderColumns {
  customerIds: string[];
  customer: Int32Array;
  dates: string[];
  date: Int32Array;
  revenue: Float64Array;
  /** Only when asked for: distinct orders matter to RFM's frequency alone. */
  orderIds?: string[];
  orderId?: Int32Array;
  /** Set when every order id is a non-empty text without surrounding white space: `orderIds` is then left out (codes are identities). */
  orderIdsClean?: true;
}

/** All order rows of the project (every orders dataset), in stored order. */
export function readOrderColumns(db: Database, options: { orderIds: boolean }): StoredOrderColumns {
  if (canPackColumns(db)) return packedOrderColumns(db, options);
  const customers = new Dictionary();
  const dates = new Dictionary();
  const orderIds = new Dictionary();
  const customer = new GrowingColumn((n) => new Int32Array(n));
  const date = new GrowingColumn((n) => new Int32Array(n));
  const revenue = new GrowingColumn((n) => new Float64Array(n));
  const orderId = new GrowingColumn((n) => new Int32Array(n));
  if (options.orderIds) {
    const rows = db.prepare('SELECT customer_id, date, revenue, order_id FROM orders').raw().iterate() as Iterable<[string, string, number, string | null]>;
    for (const r of rows) {
      customer.push(customers.code(r[0]));
      date.push(dates.code(r[1]));
      revenue.push(r[2]);
      orderId.push(r[3] === null ? -1 : orderIds.code(r[3]));
    }
  } else {
    const rows = db.prepare('SELECT customer_id, date, revenue FROM orders').raw().iterate() as Iterable<[string, string, number]>;
    for (const r of rows) {
      customer.push(customers.code(r[0]));
      date.push(dates.code(r[1]));
      revenue.push(r[2]);
    }
  }
  return {
    customerIds: customers.entries,
    customer: customer.done(),
    dates: dates.entries,
    date: date.done(),
    revenue: revenue.done(),
    ...(options.orderIds ? { orderIds: orderIds.entries, orderId: orderId.done() } : {}),
  };
}

/** The same columns in one scan inside SQLite (column_pack.c). */
function packedOrderColumns(db: Database, options: { orderIds: boolean }): StoredOrderColumns {
  const packs = ['roi_pack_text(customer_id)', 'roi_pack_text(date)', 'roi_pack_real(revenue)', ...(options.orderIds ? ['roi_pack_text(order_id)'] : [])];
  const [customers, dates, revenue, orderIds] = db.prepare(`SELECT ${packs.join(', ')} FROM orders`).raw().get() as Buffer[];
  const c = unpackTexts(customers);
  const d = unpackTexts(dates);
  const clean = options.orderIds ? unpackCleanCodes(orderIds) : null;
  const o = options.orderIds && !clean ? unpackTexts(orderIds) : null;
  return {
    customerIds: c.entries,
    customer: c.codes,
    dates: d.entries,
    date: d.codes,
    revenue: unpackReals(revenue),
    ...(o ? { orderIds: o.entries, orderId: o.codes } : {}),
    ...(clean ? { orderId: clean.codes, orderIdsClean: true as const } : {}),
  };
}

/** Customers as codes only (equal codes ⇔ byte-equal ids), dates and revenue: what the order summary counts from. */
export interface OrderCodes {
  customers: number;
  customer: Int32Array;
  dates: string[];
  date: Int32Array;
  revenue: Float64Array;
}

/** All order rows as OrderCodes: with the native extension, a million customer ids never become strings. */
export function readOrderCodes(db: Database): OrderCodes {
  if (!canPackColumns(db)) {
    const c = readOrderColumns(db, { orderIds: false });
    return { customers: c.customerIds.length, customer: c.customer, dates: c.dates, date: c.date, revenue: c.revenue };
  }
  const [customers, dates, revenue] = db.prepare('SELECT roi_pack_text(customer_id), roi_pack_text(date), roi_pack_real(revenue) FROM orders').raw().get() as Buffer[];
  const c = unpackCodes(customers);
  const d = unpackTexts(dates);
  return { customers: c.count, customer: c.codes, dates: d.entries, date: d.codes, revenue: unpackReals(revenue) };
}

/** Order lines whose customers are entries' bytes (PackedEntries), to be matched against another table's without strings. */
export interface KeyedOrderLines {
  customerKeys: PackedEntries;
  customer: Int32Array;
  dates: string[];
  date: Int32Array;
  revenue: Float64Array;
}

/** All order lines as KeyedOrderLines, in stored order; null without the native packer (readOrderColumns then reads them row by row). */
export function readKeyedOrderLines(db: Database): KeyedOrderLines | null {
  if (!canPackColumns(db)) return null;
  const [customers, dates, revenue] = db.prepare('SELECT roi_pack_text(customer_id), roi_pack_text(date), roi_pack_real(revenue) FROM orders').raw().get() as Buffer[];
  const c = unpackEntries(customers);
  const d = unpackTexts(dates);
  return { customerKeys: c.entries, customer: c.codes, dates: d.entries, date: d.codes, revenue: unpackReals(revenue) };
}

/** How many order lines the imports kept (the datasets' own count: no scan of the table), to judge the size of a read before making it. */
export function importedOrderLines(db: Database): number {
  return db.prepare("SELECT coalesce(sum(rows_imported), 0) FROM datasets WHERE kind = 'orders'").pluck().get() as number;
}

/** What a basket analysis groups order lines by: texts dictionary-coded (−1 = NULL), revenue NaN for NULL. */
export interface BasketLineColumns {
  /** Left out when every order id is clean (see StoredOrderColumns): each then names an order. */
  orderIds?: string[];
  orderId: Int32Array;
  /** Distinct order ids (the length of `orderIds` when present). */
  orderCount: number;
  customerIds: string[];
  customer: Int32Array;
  /** The first ten characters of the date: the day. */
  days: string[];
  day: Int32Array;
  products: string[];
  product: Int32Array;
  revenue: Float64Array;
}

/** All order lines as BasketLineColumns, in stored order (one scan inside SQLite with the native extension). */
export function readBasketLineColumns(db: Database): BasketLineColumns {
  const texts = ['order_id', 'customer_id', 'substr(date, 1, 10)', 'product'] as const;
  if (canPackColumns(db)) {
    const blobs = db.prepare(`SELECT ${texts.map((t) => `roi_pack_text(${t})`).join(', ')}, roi_pack_real(revenue) FROM orders`).raw().get() as Buffer[];
    // Millions of order ids need not become strings when their codes say all there is.
    const clean = unpackCleanCodes(blobs[0]);
    const o = clean ? { codes: clean.codes, count: clean.count } : (({ entries, codes }) => ({ entries, codes, count: entries.length }))(unpackTexts(blobs[0]));
    const [c, d, p] = blobs.slice(1, 4).map(unpackTexts);
    return { ...('entries' in o ? { orderIds: o.entries } : {}), orderId: o.codes, orderCount: o.count, customerIds: c.entries, customer: c.codes, days: d.entries, day: d.codes, products: p.entries, product: p.codes, revenue: unpackReals(blobs[4]) };
  }
  const dictionaries = texts.map(() => new Dictionary());
  const codes = texts.map(() => new GrowingColumn((n) => new Int32Array(n)));
  const revenue = new GrowingColumn((n) => new Float64Array(n));
  const rows = db.prepare(`SELECT ${texts.join(', ')}, revenue FROM orders`).raw().iterate() as Iterable<[string | null, string | null, string | null, string | null, number | null]>;
  for (const r of rows) {
    for (let t = 0; t < 4; t++) {
      const text = r[t] as string | null;
      codes[t].push(text === null ? -1 : dictionaries[t].code(text));
    }
    revenue.push(r[4] ?? NaN);
  }
  const [o, c, d, p] = codes.map((column) => column.done());
  const [oe, ce, de, pe] = dictionaries.map((dictionary) => dictionary.entries);
  return { orderIds: oe, orderId: o, orderCount: oe.length, customerIds: ce, customer: c, days: de, day: d, products: pe, product: p, revenue: revenue.done() };
}
