/**
 * What attribution reads of a project with a touchpoint log: the touches, and the orders
 * that value conversions logged without one and stand in for customers with no conversion
 * event. A shop's project holds millions of each, and the two scans are independent (about
 * a second each): the orders are read on a second thread (second-thread.ts) while the
 * touches are read here. Their customers then share one dictionary, matched in the stored
 * bytes — no map of a million names, and no text per customer at all (issue 13): without
 * orders, the customers need only be told apart, which their codes do.
 */
import type { Database } from 'better-sqlite3';
import { orderTotals, sharedCustomers, toOrderConversionColumns } from '../model/attribution/index.js';
import type { OrderConversionColumns, TouchpointColumns } from '../model/attribution/index.js';
import { canPackColumns, copyEntries, findEntries } from '../store/queries/packed.js';
import type { PackedEntries } from '../store/queries/packed.js';
import { importedOrderLines, readKeyedOrderLines } from '../store/queries/orders.js';
import { hasData, loadKeyedTouchpoints, loadOrderConversions, loadTouchpoints, orderDates } from './load.js';
import { startOnSecondThread } from './second-thread.js';

/** Below this many order lines the read takes a tenth of a second: not worth a thread. */
const THREAD_FROM_LINES = 200_000;

/** The orders' conversions (OrderConversionColumns) with their customers as the stored bytes. */
export interface KeyedOrderConversions {
  customerKeys: PackedEntries;
  customer: Int32Array;
  time: Float64Array;
  revenue: Float64Array;
}

/** The project's order totals (one per customer and date), or null without the native packer. */
export function readKeyedOrderConversions(db: Database): KeyedOrderConversions | null {
  const lines = readKeyedOrderLines(db);
  if (!lines) return null;
  const { dateTime, dateRank } = orderDates(lines.dates);
  return { customerKeys: lines.customerKeys, ...orderTotals({ customers: lines.customerKeys.count, ...lines }, dateTime, dateRank) };
}

/** What the thread sends back: every buffer its own, so all of them move instead of being copied. */
export function movableOrderConversions(orders: KeyedOrderConversions | null): KeyedOrderConversions | null {
  return orders && { ...orders, customerKeys: copyEntries(orders.customerKeys) };
}

/** The buffers that move with them. */
export function ordersBuffers(orders: KeyedOrderConversions | null): ArrayBuffer[] {
  return orders ? [orders.customerKeys.offsets.buffer, orders.customerKeys.bytes.buffer, orders.customer.buffer, orders.time.buffer, orders.revenue.buffer] as ArrayBuffer[] : [];
}

/** `threadFromLines`: the order lines from which the orders are read on a second thread (tests set it to compare both ways). */
export function loadAttributionInputs(db: Database, { threadFromLines = THREAD_FROM_LINES } = {}): { touches: TouchpointColumns; orders: OrderConversionColumns } {
  const withOrders = hasData(db, 'orders');
  // Without the native packer there are no bytes to match: texts, matched by name, on this thread.
  const byName = () => ({ touches: loadTouchpoints(db), orders: withOrders ? loadOrderConversions(db) : toOrderConversionColumns([]) });
  if (!canPackColumns(db)) return byName();
  const here = () => readKeyedOrderConversions(db);
  const keyedOrders = !withOrders ? null : importedOrderLines(db) >= threadFromLines ? startOnSecondThread('attribution-orders-worker', db.name, here) : ((read) => () => read)(here());
  const touches = loadKeyedTouchpoints(db);
  const orders = keyedOrders && keyedOrders();
  if (!touches || (keyedOrders && !orders)) return byName();
  const { customerKeys, ...columns } = touches;
  return shareCustomers(columns, customerKeys, orders ?? NO_ORDERS);
}

const NO_ORDERS: KeyedOrderConversions = {
  customerKeys: { count: 0, offsets: new Int32Array(1), bytes: new Uint8Array(0) },
  customer: new Int32Array(0),
  time: new Float64Array(0),
  revenue: new Float64Array(0),
};

/**
 * Touches and orders coded in one dictionary (SharedCustomers): the touches' entries,
 * then the customers found only in the orders. Each order customer is matched to a touch
 * customer by the stored bytes (equal bytes, equal texts): the answer a map of names gives.
 */
function shareCustomers(touches: Omit<TouchpointColumns, 'customerIds'>, touchKeys: PackedEntries, orders: KeyedOrderConversions): { touches: TouchpointColumns; orders: OrderConversionColumns } {
  const inTouches = findEntries(touchKeys, orders.customerKeys);
  const entryOf = new Int32Array(inTouches.length);
  let entries = touchKeys.count;
  for (let e = 0; e < inTouches.length; e++) entryOf[e] = inTouches[e] >= 0 ? inTouches[e] : entries++;
  // The orders' codes are this reader's own: recoded in place.
  const customer = orders.customer;
  for (let i = 0; i < customer.length; i++) customer[i] = entryOf[customer[i]];
  const customerIds = sharedCustomers(entries);
  return { touches: { customerIds, ...touches }, orders: { customerIds, customer, time: orders.time, revenue: orders.revenue } };
}
