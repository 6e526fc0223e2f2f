/**
 * Orders as attribution sees them: a customer, a time and a revenue per order. A project's
 * order export holds millions; they arrive as columns with dictionary-coded customers, so
 * valuing conversions and standing in for missing conversion events costs typed arrays,
 * not an object and a map entry per order.
 */
import { Dictionary } from '@shared/dictionary.js';
import { groupRows } from '../group-rows.js';
import type { OrderRow } from './types.js';
import type { CustomerEntries } from './customers.js';

/**
 * Row i is customer `customerIds[customer[i]]` at `time[i]` (epoch ms) for `revenue[i]`.
 * Entries are distinct texts, or a dictionary shared with the touches (customers.ts).
 */
export interface OrderConversionColumns<Customers extends CustomerEntries = CustomerEntries> {
  readonly customerIds: Customers;
  readonly customer: Int32Array;
  readonly time: Float64Array;
  readonly revenue: Float64Array;
}

export type OrderConversionInput = readonly OrderRow[] | OrderConversionColumns;

/** Row objects as columns (the same values, so both inputs give the same answers). */
export function toOrderConversionColumns(input: OrderConversionInput): OrderConversionColumns {
  if (!Array.isArray(input)) return input as OrderConversionColumns;
  const rows = input as readonly OrderRow[];
  const customers = new Dictionary();
  const customer = new Int32Array(rows.length);
  const time = new Float64Array(rows.length);
  const revenue = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    customer[i] = customers.code(row.customerId);
    time[i] = row.time;
    revenue[i] = row.revenue;
  });
  return { customerIds: customers.entries, customer, time, revenue };
}

/** Each customer entry's orders, in row order: rows of entry e are `rows[start[e] .. start[e+1])`. */
export function ordersByCustomer(orders: { readonly customerIds: CustomerEntries; readonly customer: Int32Array }): { start: Int32Array; rows: Int32Array } {
  return groupRows(orders.customer, orders.customerIds.length);
}

/** Order lines as stored: dictionary-coded customers (`customers` entries) and dates, a revenue per line. */
export interface OrderLineColumns {
  readonly customers: number;
  readonly customer: Int32Array;
  readonly date: Int32Array;
  readonly revenue: Float64Array;
}

/**
 * One conversion per customer and date: the lines of an order summed (revenue NaN where
 * no line has a number). Customers keep their entries (the lines' codes), in order of
 * first appearance; a customer's dates follow `dateRank` (the stored texts' order), at
 * `dateTime` of their entry. The caller names the entries (OrderConversionColumns).
 */
export function orderTotals(lines: OrderLineColumns, dateTime: Float64Array, dateRank: Int32Array): Omit<OrderConversionColumns, 'customerIds'> {
  // Each customer's lines in date order: the rank of a line's date text.
  const lineRank = new Int32Array(lines.date.length);
  for (let i = 0; i < lineRank.length; i++) lineRank[i] = dateRank[lines.date[i]];
  const { start, rows } = groupRows(lines.customer, lines.customers, lineRank);
  const customer = new Int32Array(rows.length);
  const time = new Float64Array(rows.length);
  const revenue = new Float64Array(rows.length);
  let size = 0;
  for (let entry = 0; entry + 1 < start.length; entry++) {
    for (let k = start[entry]; k < start[entry + 1]; ) {
      const date = lines.date[rows[k]];
      // Compensated (Kahan–Babuška–Neumaier), as SQLite's sum(): money adds up without float noise.
      let sum = 0;
      let compensation = 0;
      let numbers = 0;
      for (; k < start[entry + 1] && lines.date[rows[k]] === date; k++) {
        const amount = lines.revenue[rows[k]];
        if (Number.isNaN(amount)) continue;
        numbers++;
        const t = sum + amount;
        compensation += Math.abs(sum) > Math.abs(amount) ? sum - t + amount : amount - t + sum;
        sum = t;
      }
      customer[size] = entry;
      time[size] = dateTime[date];
      revenue[size] = numbers === 0 ? NaN : sum + compensation;
      size++;
    }
  }
  return { customer: customer.slice(0, size), time: time.slice(0, size), revenue: revenue.slice(0, size) };
}
