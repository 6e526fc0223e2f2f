/**
 * Orders as a shop exports them: each purchase (purchases.ts) becomes an order named
 * `#1001`, `#1002`… in time order, with one to four product lines. The purchase amount
 * is the truth (Gamma-Gamma), so the basket is filled from the catalogue at list prices
 * until it covers the amount and then discounted to it exactly: the lines of an order
 * always add up to the simulated amount.
 */
import type { ProductSpec } from './catalogue.js';
import type { Purchase } from './purchases.js';
import { cumulative, sampleIndex } from './random.js';
import type { Random } from './random.js';
import type { OrderLine } from './types.js';

const MAX_LINES = 4;
const CANDIDATES = 3;

interface BasketLine {
  product: number;
  quantity: number;
}

/** Products (with quantities) whose list-price total is at least the amount. */
function fillBasket(rng: Random, amount: number, products: readonly ProductSpec[], sums: Float64Array): BasketLine[] {
  const lines: BasketLine[] = [];
  let subtotal = 0;
  while (subtotal < amount && lines.length < MAX_LINES) {
    const remaining = amount - subtotal;
    // Shoppers look at a few popular items and take the dearest one that fits what they
    // meant to spend (or the cheapest when none fits).
    let chosen = -1;
    let cheapest = -1;
    for (let c = 0; c < CANDIDATES; c++) {
      const i = sampleIndex(rng, sums);
      const price = products[i].price;
      if (price <= remaining * 1.3 && (chosen < 0 || price > products[chosen].price)) chosen = i;
      if (cheapest < 0 || price < products[cheapest].price) cheapest = i;
    }
    const pick = chosen >= 0 ? chosen : cheapest;
    const existing = lines.find((l) => l.product === pick);
    if (existing) existing.quantity++;
    else lines.push({ product: pick, quantity: 1 });
    subtotal += products[pick].price;
  }
  // A big spender with four lines already buys more of them.
  for (let i = 0; subtotal < amount; i = (i + 1) % lines.length) {
    lines[i].quantity++;
    subtotal += products[lines[i].product].price;
  }
  return lines;
}

/** Order lines for all purchases; order names follow purchase time. */
export function buildOrderLines(rng: Random, purchases: readonly Purchase[], products: readonly ProductSpec[], firstOrderNumber = 1001): OrderLine[] {
  const sums = cumulative(products.map((p) => p.weight));
  const sorted = [...purchases].sort((x, y) => x.time - y.time);
  const out: OrderLine[] = [];
  sorted.forEach((purchase, n) => {
    const lines = fillBasket(rng, purchase.amount, products, sums);
    const listTotal = lines.reduce((s, l) => s + products[l.product].price * l.quantity, 0);
    const factor = purchase.amount / listTotal;
    let allocatedCents = 0;
    const totalCents = Math.round(purchase.amount * 100);
    lines.forEach((line, i) => {
      const cents =
        i === lines.length - 1 ? totalCents - allocatedCents : Math.round(products[line.product].price * line.quantity * factor * 100);
      allocatedCents += cents;
      out.push({
        orderId: `#${firstOrderNumber + n}`,
        customerId: purchase.customerId,
        time: purchase.time,
        product: products[line.product].zh,
        quantity: line.quantity,
        revenue: cents / 100,
        source: purchase.source,
      });
    });
  });
  return out;
}
