/**
 * Market-basket analysis of a project (issue 11): baskets from `orders`, frequent itemsets
 * by FP-growth and association rules (src-main/model/basket), the revenue of the baskets
 * each rule comes from, and a plain-words verdict when the data cannot carry rules.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { needsParam } from '@shared/analyses/index.js';
import type { BasketParams } from '@shared/analyses/index.js';
import { associationRules, frequentItemsets, type CodedTransactions } from '../model/basket/index.js';
import { computeRfm, EN_SEGMENT_INFO, ZH_SEGMENT_INFO } from '../model/customer/index.js';
import { hasData } from './load.js';
import { loadOrders } from './customers.js';
import { readBasketLineColumns } from '../store/queries/orders.js';
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
  /** Baskets with at least one product named, each's distinct items in the order its lines name them. */
  baskets: CodedTransactions;
  revenue: Float64Array;
  /** Baskets made of one customer's lines on one day (lines without an order id). */
  customerDayBaskets: number;
  linesWithoutProduct: number;
}

/**
 * One basket per order id; lines without one form one basket per customer per day (the
 * closest thing to an order such exports have). Customer ids picked by `customers` only.
 * Read as dictionary-coded columns: a basket is found by its order's code (or its
 * customer's and day's), never by a key text built per line; baskets and their items keep
 * the order in which lines first name them.
 */
function loadBaskets(db: Database, customers: Set<string> | null): LoadedBaskets {
  const lines = readBasketLineColumns(db);
  const n = lines.orderId.length;
  const wantedCustomer = customers ? Uint8Array.from(lines.customerIds, (id) => (customers.has(id) ? 1 : 0)) : null;
  const orderNamed = lines.orderIds ? Uint8Array.from(lines.orderIds, (id) => (id.trim() !== '' ? 1 : 0)) : new Uint8Array(lines.orderCount).fill(1);
  // Products equal once trimmed are one item; white space alone names none.
  const itemOfProduct = new Int32Array(lines.products.length);
  const items: string[] = [];
  const itemCode = new Map<string, number>();
  lines.products.forEach((product, p) => {
    const name = product.trim();
    let code = name === '' ? -1 : itemCode.get(name);
    if (code === undefined) itemCode.set(name, (code = items.push(name) - 1));
    itemOfProduct[p] = code;
  });
  const basketOfOrder = new Int32Array(lines.orderCount).fill(-1);
  const basketOfCustomerDay = new Map<number, number>();
  const dayCount = lines.days.length + 1;
  const basketOfLine = new Int32Array(n);
  const revenue: number[] = [];
  let customerDayBaskets = 0;
  let linesWithoutProduct = 0;
  for (let i = 0; i < n; i++) {
    const customer = lines.customer[i];
    if (wantedCustomer && (customer < 0 || !wantedCustomer[customer])) {
      basketOfLine[i] = -1;
      continue;
    }
    const order = lines.orderId[i];
    let b: number;
    if (order >= 0 && orderNamed[order]) {
      b = basketOfOrder[order];
      if (b < 0) basketOfOrder[order] = b = revenue.push(0) - 1;
    } else {
      const key = (customer + 1) * dayCount + lines.day[i] + 1;
      const known = basketOfCustomerDay.get(key);
      if (known === undefined) {
        basketOfCustomerDay.set(key, (b = revenue.push(0) - 1));
        customerDayBaskets++;
      } else b = known;
    }
    basketOfLine[i] = b;
    const lineRevenue = lines.revenue[i];
    revenue[b] += Number.isNaN(lineRevenue) ? 0 : lineRevenue;
    const product = lines.product[i];
    if (product < 0 || itemOfProduct[product] < 0) linesWithoutProduct++;
  }
  // Each basket's distinct items in line order: lines grouped by basket (a counting sort keeps their order).
  const start = new Int32Array(revenue.length + 1);
  for (let i = 0; i < n; i++) if (basketOfLine[i] >= 0) start[basketOfLine[i] + 1]++;
  for (let b = 0; b < revenue.length; b++) start[b + 1] += start[b];
  const next = start.slice(0, revenue.length);
  const itemOfSlot = new Int32Array(start[revenue.length]);
  for (let i = 0; i < n; i++) {
    const b = basketOfLine[i];
    if (b < 0) continue;
    const product = lines.product[i];
    itemOfSlot[next[b]++] = product < 0 ? -1 : itemOfProduct[product];
  }
  // Baskets with no product named are unknown contents, not empty baskets (see model/basket/baskets.ts).
  const kept: number[] = [];
  const keptStart: number[] = [0];
  const codes = new Int32Array(itemOfSlot.length);
  let k = 0;
  for (let b = 0; b < revenue.length; b++) {
    const from = k;
    for (let s = start[b]; s < start[b + 1]; s++) {
      const item = itemOfSlot[s];
      if (item < 0) continue;
      let seen = false;
      for (let j = from; j < k && !seen; j++) seen = codes[j] === item;
      if (!seen) codes[k++] = item;
    }
    if (k > from) {
      kept.push(revenue[b]);
      keptStart.push(k);
    }
  }
  return { baskets: { items, codes: codes.subarray(0, k), start: Int32Array.from(keptStart) }, revenue: Float64Array.from(kept), customerDayBaskets, linesWithoutProduct };
}

/** An RFM segment named by its id (`champions`, `importantValue`) or its name in either language (Champions, 冠军客户). */
function segmentNamed(segment: string): { id: string; label: Bilingual } | null {
  const all: [string, { label: Bilingual }][] = [...Object.entries(EN_SEGMENT_INFO), ...Object.entries(ZH_SEGMENT_INFO)];
  const found = all.find(([id, info]) => id === segment || info.label.en === segment || info.label.zh === segment);
  return found ? { id: found[0], label: found[1].label } : null;
}

function segmentCustomers(db: Database, segment: string): { customers: Set<string>; label: Bilingual } {
  const named = segmentNamed(segment);
  const rfm = computeRfm(loadOrders(db, { orderIds: true }));
  const picked = named ? rfm.customers.filter((c) => c.segment === named.id || c.segmentZh === named.id) : [];
  if (picked.length === 0) {
    const names = [...new Set(rfm.customers.map((c) => c.segment))].join(', ');
    throw new AppError('error.invalidInput', { detail: `no customer is in the RFM segment "${segment}" (segments with customers: ${names})` });
  }
  return { customers: new Set(picked.map((c) => c.customerId)), label: named!.label };
}

/** Revenue of the baskets holding every item of `itemset`, via each item's basket list. */
function revenueOf(itemset: readonly string[], basketsOf: Map<string, number[]>, baskets: CodedTransactions, revenue: Float64Array): number {
  const lists = itemset.map((item) => basketsOf.get(item) ?? []).sort((a, b) => a.length - b.length);
  let total = 0;
  for (const b of lists[0]) {
    const names = Array.from(baskets.codes.subarray(baskets.start[b], baskets.start[b + 1]), (code) => baskets.items[code]);
    if (itemset.every((item) => names.includes(item))) total += revenue[b];
  }
  return total;
}

const round = (x: number, digits = 6): number => Number(x.toFixed(digits));

/** Products kept with their basket counts: enough for the wizard's live counts at any support a shop would try. */
export const ITEM_COUNTS_KEPT = 1000;

/** The products in most baskets, most first (ties by name, so the list is stable). */
function topItems(items: readonly string[], basketCounts: Int32Array): ItemCount[] {
  const counted: ItemCount[] = [];
  basketCounts.forEach((baskets, code) => {
    if (baskets > 0) counted.push({ item: items[code], baskets });
  });
  return counted.sort((a, b) => b.baskets - a.baskets || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0)).slice(0, ITEM_COUNTS_KEPT);
}

export function runBasket(db: Database, params: BasketParams): BasketAnalysis {
  if (!hasData(db, 'orders')) throw new AppError('error.needsData', { kinds: needsParam(['orders']) });
  const chosen = params.segment === undefined ? null : segmentCustomers(db, params.segment);
  const customers = chosen?.customers ?? null;
  const { baskets, revenue, customerDayBaskets, linesWithoutProduct } = loadBaskets(db, customers);
  const basketCount = baskets.start.length - 1;
  const notes: Bilingual[] = [];
  if (params.segment !== undefined) {
    notes.push({ en: `Only the baskets of the ${customers?.size ?? 0} customers in the RFM segment "${chosen?.label.en}".`, zh: `只看 RFM 分群「${chosen?.label.zh}」的 ${customers?.size ?? 0} 位客户的购物篮。` });
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
  let multiItem = 0;
  for (let b = 0; b < basketCount; b++) if (baskets.start[b + 1] - baskets.start[b] > 1) multiItem++;
  // A basket's items are distinct: counting codes counts the baskets holding each item.
  const basketCounts = new Int32Array(baskets.items.length);
  for (const code of baskets.codes) basketCounts[code]++;
  const itemCount = basketCounts.reduce((n, count) => (count > 0 ? n + 1 : n), 0);
  const verdict: BasketVerdict = itemCount === 0 ? 'noProducts' : basketCount < MIN_BASKETS ? 'tooFewBaskets' : multiItem === 0 ? 'noMultiItemBaskets' : 'ok';
  const base = { transactions: basketCount, items: itemCount, multiItemBaskets: multiItem, itemCounts: topItems(baskets.items, basketCounts), params, verdict, verdictText: VERDICT_TEXT[verdict] };
  if (verdict !== 'ok') return { ...base, frequentItemsets: 0, ruleCount: 0, rules: [], capped: null, notes };

  const mined = frequentItemsets(baskets, { minSupport: params.minSupport, maxLength: params.maxLength });
  if (mined.itemsets.length > MAX_ITEMSETS) {
    const capped = {
      en: `${mined.itemsets.length} frequent itemsets at support ${params.minSupport}: more than the ${MAX_ITEMSETS} rules are derived from. Raise the minimum support.`,
      zh: `最小支持度 ${params.minSupport} 下有 ${mined.itemsets.length} 个频繁项集，超过上限 ${MAX_ITEMSETS}，未生成规则。请调高最小支持度。`,
    };
    return { ...base, frequentItemsets: mined.itemsets.length, ruleCount: 0, rules: [], capped, notes };
  }
  const all = associationRules(mined.itemsets, mined.transactionCount, { minConfidence: params.minConfidence, minLift: params.minLift });
  const strongest = [...all].sort((a, b) => b.lift - a.lift || b.confidence - a.confidence || b.count - a.count).slice(0, MAX_RULES_KEPT);
  // Each item's baskets, for the rules' revenue: only when there are rules to price.
  const basketsOf = new Map<string, number[]>();
  if (strongest.length > 0) {
    for (let b = 0; b < basketCount; b++) {
      for (let i = baskets.start[b]; i < baskets.start[b + 1]; i++) {
        const item = baskets.items[baskets.codes[i]];
        let list = basketsOf.get(item);
        if (list === undefined) basketsOf.set(item, (list = []));
        list.push(b);
      }
    }
  }
  const rules: BasketRule[] = strongest.map((r) => ({
    antecedent: [...r.antecedent],
    consequent: [...r.consequent],
    support: round(r.support),
    confidence: round(r.confidence),
    lift: round(r.lift),
    leverage: round(r.leverage),
    conviction: r.conviction === null ? null : round(r.conviction),
    count: r.count,
    revenue: round(revenueOf([...r.antecedent, ...r.consequent], basketsOf, baskets, revenue), 2),
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
