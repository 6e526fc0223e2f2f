/**
 * Market-basket analysis: frequent itemsets by FP-growth and association rules with
 * support, confidence, lift, leverage and conviction. Thresholds are exact integer-count
 * comparisons (src-shared/exact-fraction.ts). Pure: no I/O, seeded randomness.
 */
export { frequentItemsets } from './frequent-itemsets.js';
export type { CountedItemset, FrequentItemset, FrequentItemsetOptions, FrequentItemsetResult } from './frequent-itemsets.js';
export type { CodedTransactions } from './encode-transactions.js';
export { associationRules, MAX_RULE_ITEMSET_SIZE } from './association-rules.js';
export type { AssociationRule, AssociationRuleOptions } from './association-rules.js';
export { basketsFromOrderLines } from './baskets.js';
export type { Baskets, OrderLine } from './baskets.js';
export { exactDecimal, minimumCount, ratioAtLeast } from '@shared/exact-fraction.js';
export type { ExactDecimal } from '@shared/exact-fraction.js';
export { compareItems } from './item-order.js';
export { simulatePlantedBaskets } from './synthetic.js';
export type { PlantedBasketOptions } from './synthetic.js';
