/**
 * Market-basket analysis of a project (issue 11): baskets from `orders`, frequent itemsets
 * by FP-growth and association rules (src-main/model/basket), the revenue of the baskets
 * each rule comes from, and a plain-words verdict when the data cannot carry rules.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import type { BasketParams } from '@shared/analyses/index.js';
import { associationRules, frequentItemsets } from '../model/basket/index.js';
import { computeRfm } from '../model/customer/index.js';
import { hasData } from './load.js';
import { loadOrders } from './customers.js';
import { orderLines } from '../store/queries/order-rows.js';
import type { Bilingual } from '@shared/bilingual.js';
import type { BasketAnalysis, BasketRule, BasketVerdict, ItemCount } from '@shared/analyses/basket.result.js';

export type { BasketAnalysis, BasketRule, BasketVerdict, ItemCount };

/** Rules kept in a result (the strongest by lift); the count of all is reported beside them. */
export const MAX_RULES_KEPT = 500;
/** Frequent itemsets beyond which rules are not derived: the memory a run may take. */
export const MAX_ITEMSETS = 200_000;
/** Fewer baskets than this and any rule is an anecdote. */
export const MIN_BASKETS = 30;

export type { Bilingual } from '@shared/bilingual.js';

interface LoadedBaskets {
  transactions: string[][];
  revenue: number[];
  /** Baskets made of one customer's lines on one day (lines without an order id). */
  customerDayBaskets: number;
  linesWithoutProduct: number;
}

/**
 * One basket per order id; lines without one form one basket per customer per day (the
 * closest thing to an order such exports have). Customer ids picked by `customers` only.
 */
function loadBaskets(db: Database, customers: Set<string> | null): LoadedBaskets {
  const index = new Map<string, number>();
  const items: Set<string>[] = [];
  const revenue: number[] = [];
  let customerDayBaskets = 0;
  let linesWithoutProduct = 0;
  for (const [orderId, customerId, day, product, lineRevenue] of orderLines(db)) {
    if (customers && !customers.has(customerId)) continue;
    const hasOrder = orderId !== null && orderId.trim() !== '';
    const key = hasOrder ? `o\u0000${orderId}` : `c\u0000${customerId}\u0000${day}`;
    let i = index.get(key);
    if (i === undefined) {
      i = items.length;
      index.set(key, i);
      items.push(new Set());
      revenue.push(0);
      if (!hasOrder) customerDayBaskets++;
    }
    revenue[i] += lineRevenue ?? 0;
    if (product === null || product.trim() === '') linesWithoutProduct++;
    else items[i].add(product.trim());
  }
  // Baskets with no product named are unknown contents, not empty baskets (see model/basket/baskets.ts).
  const transactions: string[][] = [];
  const kept: number[] = [];
  items.forEach((set, i) => {
    if (set.size > 0) {
      transactions.push([...set]);
      kept.push(revenue[i]);
    }
  });
  return { transactions, revenue: kept, customerDayBaskets, linesWithoutProduct };
}

function segmentCustomers(db: Database, segment: string): Set<string> {
  const rfm = computeRfm(loadOrders(db, { orderIds: true }));
  const picked = rfm.customers.filter((c) => c.segment === segment || c.segmentZh === segment);
  if (picked.length === 0) {
    const names = [...new Set(rfm.customers.map((c) => c.segment))].join(', ');
    throw new AppError('error.invalidInput', { detail: `no customer is in the RFM segment "${segment}" (segments with customers: ${names})` });
  }
  return new Set(picked.map((c) => c.customerId));
}

/** Revenue of the baskets holding every item of `itemset`, via each item's basket list. */
function revenueOf(itemset: readonly string[], basketsOf: Map<string, number[]>, transactions: string[][], revenue: number[]): number {
  const lists = itemset.map((item) => basketsOf.get(item) ?? []).sort((a, b) => a.length - b.length);
  let total = 0;
  for (const b of lists[0]) {
    const basket = transactions[b];
    if (itemset.every((item) => basket.includes(item))) total += revenue[b];
  }
  return total;
}

const round = (x: number, digits = 6): number => Number(x.toFixed(digits));

/** Products kept with their basket counts: enough for the wizard's live counts at any support a shop would try. */
export const ITEM_COUNTS_KEPT = 1000;

/** The products in most baskets, most first (ties by name, so the list is stable). */
function topItems(basketsOf: Map<string, number[]>): ItemCount[] {
  return [...basketsOf]
    .map(([item, baskets]) => ({ item, baskets: baskets.length }))
    .sort((a, b) => b.baskets - a.baskets || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0))
    .slice(0, ITEM_COUNTS_KEPT);
}

export function runBasket(db: Database, params: BasketParams): BasketAnalysis {
  if (!hasData(db, 'orders')) throw new AppError('error.needsData', { analysis: 'basket analysis', kinds: 'orders' });
  const customers = params.segment === undefined ? null : segmentCustomers(db, params.segment);
  const { transactions, revenue, customerDayBaskets, linesWithoutProduct } = loadBaskets(db, customers);
  const notes: Bilingual[] = [];
  if (params.segment !== undefined) {
    notes.push({ en: `Only the baskets of the ${customers?.size ?? 0} customers in the RFM segment "${params.segment}".`, zh: `只看 RFM 分群「${params.segment}」的 ${customers?.size ?? 0} 位客户的购物篮。` });
  }
  if (customerDayBaskets > 0) {
    notes.push({
      en: `${customerDayBaskets} baskets come from lines without an order id: one basket per customer per day.`,
      zh: `有 ${customerDayBaskets} 个购物篮来自没有订单号的行：按“每位客户每天一个购物篮”合并。`,
    });
  }
  if (linesWithoutProduct > 0) {
    notes.push({ en: `${linesWithoutProduct} order lines name no product and are not counted.`, zh: `${linesWithoutProduct} 行订单没有商品名，未计入。` });
  }
  const multiItem = transactions.filter((t) => t.length > 1).length;
  const basketsOf = new Map<string, number[]>();
  transactions.forEach((t, b) => {
    for (const item of t) {
      let list = basketsOf.get(item);
      if (list === undefined) basketsOf.set(item, (list = []));
      list.push(b);
    }
  });
  const itemCount = basketsOf.size;
  const verdict: BasketVerdict = itemCount === 0 ? 'noProducts' : transactions.length < MIN_BASKETS ? 'tooFewBaskets' : multiItem === 0 ? 'noMultiItemBaskets' : 'ok';
  const base = { transactions: transactions.length, items: itemCount, multiItemBaskets: multiItem, itemCounts: topItems(basketsOf), params, verdict, verdictText: VERDICT_TEXT[verdict] };
  if (verdict !== 'ok') return { ...base, frequentItemsets: 0, ruleCount: 0, rules: [], capped: null, notes };

  const mined = frequentItemsets(transactions, { minSupport: params.minSupport, maxLength: params.maxLength });
  if (mined.itemsets.length > MAX_ITEMSETS) {
    const capped = {
      en: `${mined.itemsets.length} frequent itemsets at support ${params.minSupport}: more than the ${MAX_ITEMSETS} rules are derived from. Raise the minimum support.`,
      zh: `最小支持度 ${params.minSupport} 下有 ${mined.itemsets.length} 个频繁项集，超过上限 ${MAX_ITEMSETS}，未生成规则。请调高最小支持度。`,
    };
    return { ...base, frequentItemsets: mined.itemsets.length, ruleCount: 0, rules: [], capped, notes };
  }
  const all = associationRules(mined.itemsets, mined.transactionCount, { minConfidence: params.minConfidence, minLift: params.minLift });
  const strongest = [...all].sort((a, b) => b.lift - a.lift || b.confidence - a.confidence || b.count - a.count).slice(0, MAX_RULES_KEPT);
  const rules: BasketRule[] = strongest.map((r) => ({
    antecedent: [...r.antecedent],
    consequent: [...r.consequent],
    support: round(r.support),
    confidence: round(r.confidence),
    lift: round(r.lift),
    leverage: round(r.leverage),
    conviction: r.conviction === null ? null : round(r.conviction),
    count: r.count,
    revenue: round(revenueOf([...r.antecedent, ...r.consequent], basketsOf, transactions, revenue), 2),
  }));
  const capped =
    all.length > MAX_RULES_KEPT
      ? { en: `${all.length} rules pass the thresholds; the ${MAX_RULES_KEPT} with the highest lift are kept.`, zh: `共有 ${all.length} 条规则达到阈值，只保留提升度最高的 ${MAX_RULES_KEPT} 条。` }
      : null;
  return { ...base, frequentItemsets: mined.itemsets.length, ruleCount: all.length, rules, capped, notes };
}

const VERDICT_TEXT: Record<BasketVerdict, Bilingual | null> = {
  ok: null,
  noProducts: { en: 'The orders name no products, so there is nothing to pair. Import orders with a product column.', zh: '订单里没有商品名，无法分析搭配。请导入带商品列的订单。' },
  tooFewBaskets: { en: `Too few baskets (fewer than ${MIN_BASKETS}) for rules to mean anything.`, zh: `购物篮太少（不足 ${MIN_BASKETS} 个），规则没有意义。` },
  noMultiItemBaskets: { en: 'Every basket holds a single product: nothing is bought together.', zh: '每个购物篮都只有一种商品：没有一起购买的商品。' },
};
