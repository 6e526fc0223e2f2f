import { describe, expect, it } from 'vitest';
import { basketsFromOrderLines } from './baskets.js';
import { frequentItemsets } from './frequent-itemsets.js';

describe('basketsFromOrderLines', () => {
  it('groups lines by order id, in order of first appearance, products once each', () => {
    const baskets = basketsFromOrderLines([
      { orderId: 'o2', product: 'tea' },
      { orderId: 'o1', product: 'cup' },
      { orderId: 'o2', product: 'cup' },
      { orderId: 'o2', product: 'tea' },
      { orderId: 'o3', product: 'tea' },
    ]);
    expect(baskets).toEqual({
      orderIds: ['o2', 'o1', 'o3'],
      transactions: [['tea', 'cup'], ['cup'], ['tea']],
      skipped: { linesWithoutOrderId: 0, linesWithoutProduct: 0, ordersWithoutProducts: 0 },
    });
  });

  it('counts lines it cannot place and leaves out orders with no named product', () => {
    const baskets = basketsFromOrderLines([
      { orderId: null, product: 'tea' },
      { orderId: '  ', product: 'tea' },
      { orderId: 'o1', product: null },
      { orderId: 'o2', product: '' },
      { orderId: 'o1', product: 'cup' },
      { orderId: 'o3', product: undefined },
    ]);
    expect(baskets).toEqual({
      orderIds: ['o1'],
      transactions: [['cup']],
      skipped: { linesWithoutOrderId: 2, linesWithoutProduct: 3, ordersWithoutProducts: 2 },
    });
  });

  it('feeds frequentItemsets: supports are shares of orders', () => {
    const lines = [
      ['1', 'tea'], ['1', 'cup'], ['2', 'tea'], ['2', 'cup'], ['2', 'tea'], ['3', 'tea'], ['4', 'milk'],
    ].map(([orderId, product]) => ({ orderId, product }));
    const { transactions } = basketsFromOrderLines(lines);
    const { itemsets } = frequentItemsets(transactions, { minSupport: 0.5 });
    expect(itemsets).toEqual([
      { items: ['tea'], count: 3, support: 0.75 },
      { items: ['cup'], count: 2, support: 0.5 },
      { items: ['cup', 'tea'], count: 2, support: 0.5 },
    ]);
  });

  it('returns nothing for no lines', () => {
    expect(basketsFromOrderLines([])).toEqual({ orderIds: [], transactions: [], skipped: { linesWithoutOrderId: 0, linesWithoutProduct: 0, ordersWithoutProducts: 0 } });
  });
});
