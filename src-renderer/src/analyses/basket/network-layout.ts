/**
 * The network view of basket rules: products on a circle (most baskets at the top, then
 * clockwise), an arrow from each product a rule starts from to each product it predicts.
 * A circle, not a force layout: the same rules always draw the same picture, and no label
 * is hidden under another node.
 */
import type { ItemCount } from '@shared/analyses/basket.result.js';

export interface NetworkRule {
  antecedent: readonly string[];
  consequent: readonly string[];
  confidence: number;
  lift: number;
}

export interface NetworkNode {
  item: string;
  x: number;
  y: number;
  /** Radius, by the square root of the product's baskets (area ∝ baskets). */
  r: number;
  baskets: number | null;
}

export interface NetworkEdge {
  from: number;
  to: number;
  /** Stroke width, by lift relative to the strongest drawn rule. */
  width: number;
  rule: number;
}

export interface NetworkLayout {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  rulesDrawn: number;
}

export const NETWORK_RULES = 30;
const MIN_R = 6;
const MAX_R = 22;
const MAX_WIDTH = 6;

/** Rules in the given order (the engine's: lift first); the first `limit` are drawn in a square of `size`. */
export function networkLayout(rules: readonly NetworkRule[], itemCounts: readonly ItemCount[], size: number, limit = NETWORK_RULES): NetworkLayout {
  const drawn = rules.slice(0, limit);
  const basketsOf = new Map(itemCounts.map((c) => [c.item, c.baskets]));
  const items = [...new Set(drawn.flatMap((r) => [...r.antecedent, ...r.consequent]))].sort(
    (a, b) => (basketsOf.get(b) ?? 0) - (basketsOf.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const most = Math.max(1, ...items.map((i) => basketsOf.get(i) ?? 0));
  const ring = size / 2 - MAX_R - 4;
  const nodes = items.map((item, k) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / Math.max(1, items.length);
    const baskets = basketsOf.get(item) ?? null;
    const r = baskets === null ? MIN_R : MIN_R + (MAX_R - MIN_R) * Math.sqrt(baskets / most);
    return { item, x: size / 2 + ring * Math.cos(angle), y: size / 2 + ring * Math.sin(angle), r, baskets };
  });
  const at = new Map(items.map((item, k) => [item, k]));
  const strongest = Math.max(1, ...drawn.map((r) => r.lift));
  const edges: NetworkEdge[] = [];
  drawn.forEach((rule, index) => {
    for (const a of rule.antecedent)
      for (const c of rule.consequent) edges.push({ from: at.get(a)!, to: at.get(c)!, width: 1 + (MAX_WIDTH - 1) * Math.min(1, rule.lift / strongest), rule: index });
  });
  return { nodes, edges, rulesDrawn: drawn.length };
}
