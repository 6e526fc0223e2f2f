/** What a basket run saves and the CLI prints with --json (result version: basket.ts). */
import type { Bilingual } from '../bilingual.js';
import type { BasketParams } from './basket.params.js';

export type BasketVerdict = 'ok' | 'noProducts' | 'tooFewBaskets' | 'noMultiItemBaskets';

export interface ItemCount {
  item: string;
  /** Baskets holding the product. */
  baskets: number;
}

export interface BasketRule {
  antecedent: string[];
  consequent: string[];
  support: number;
  confidence: number;
  lift: number;
  leverage: number;
  /** null when the consequent is in every basket the antecedent is (infinite conviction). */
  conviction: number | null;
  count: number;
  /** Revenue of the baskets holding antecedent and consequent. */
  revenue: number;
}

export interface BasketAnalysis {
  transactions: number;
  items: number;
  multiItemBaskets: number;
  /** The products in most baskets with their counts, most first (at most ITEM_COUNTS_KEPT). */
  itemCounts: ItemCount[];
  params: BasketParams;
  verdict: BasketVerdict;
  /** Why no rules were mined, in plain words; null when they were. */
  verdictText: Bilingual | null;
  frequentItemsets: number;
  /** Rules that pass the thresholds; `rules` keeps the strongest of them. */
  ruleCount: number;
  rules: BasketRule[];
  /** Said when a cap cut the rules or stopped the mining. */
  capped: Bilingual | null;
  notes: Bilingual[];
}
