/**
 * Baskets from order lines: the `orders` dataset may hold one row per order line
 * (order_id, product), and a basket is the set of products of one order.
 *
 * Both columns are optional in an import, so lines without an order id or without a
 * product cannot be placed and are counted, not thrown. An order none of whose lines names
 * a product is left out entirely: its contents are unknown, and counting it as an empty
 * basket would lower every support as if nothing had been bought.
 */

export interface OrderLine {
  readonly orderId: string | null | undefined;
  readonly product: string | null | undefined;
}

export interface Baskets {
  /** One per order, in order of first appearance. */
  readonly orderIds: string[];
  /** transactions[i]: the distinct products of orderIds[i], in order of first appearance. */
  readonly transactions: string[][];
  readonly skipped: {
    /** Lines with no (or a blank) order id. */
    readonly linesWithoutOrderId: number;
    /** Lines with an order id but no (or a blank) product. */
    readonly linesWithoutProduct: number;
    /** Orders left out because none of their lines names a product. */
    readonly ordersWithoutProducts: number;
  };
}

const isBlank = (value: string | null | undefined): value is null | undefined | '' => value === null || value === undefined || value.trim() === '';

/**
 * Groups order lines into baskets by order id; a product repeated in an order counts once.
 *
 * @example basketsFromOrderLines([{ orderId: '1', product: 'tea' }, { orderId: '2', product: 'cup' }, { orderId: '1', product: 'cup' }])
 * // orderIds ['1', '2'], transactions [['tea', 'cup'], ['cup']]
 */
export function basketsFromOrderLines(rows: readonly OrderLine[]): Baskets {
  const products = new Map<string, Set<string>>();
  let linesWithoutOrderId = 0;
  let linesWithoutProduct = 0;
  for (const { orderId, product } of rows) {
    if (isBlank(orderId)) {
      linesWithoutOrderId++;
      continue;
    }
    let basket = products.get(orderId);
    if (basket === undefined) products.set(orderId, (basket = new Set()));
    if (isBlank(product)) linesWithoutProduct++;
    else basket.add(product);
  }
  // Map and Set iteration follow insertion: orders and products in order of first appearance.
  const orderIds = [...products.keys()].filter((id) => (products.get(id) as Set<string>).size > 0);
  return {
    orderIds,
    transactions: orderIds.map((id) => [...(products.get(id) as Set<string>)]),
    skipped: { linesWithoutOrderId, linesWithoutProduct, ordersWithoutProducts: products.size - orderIds.length },
  };
}
