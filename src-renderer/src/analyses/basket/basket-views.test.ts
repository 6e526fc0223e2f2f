import { describe, expect, it } from 'vitest';
import { liveCounts } from './live-counts.js';
import { networkLayout } from './network-layout.js';

const counts = [
  { item: 'tea', baskets: 40 },
  { item: 'cups', baskets: 7 },
  { item: 'honey', baskets: 6 },
  { item: 'spoon', baskets: 1 },
];

describe('live counts at a minimum support', () => {
  it('count the products the engine will keep, with its exact threshold', () => {
    // 0.07 of 100 baskets is exactly 7 (the float product 0.07 × 100 would ask for 8).
    expect(liveCounts(counts, 4, 100, 0.07)).toEqual({ kind: 'within', items: 2, known: 4, baskets: 7, total: 100 });
    expect(liveCounts(counts, 4, 100, 0.06)).toEqual({ kind: 'within', items: 3, known: 4, baskets: 6, total: 100 });
    expect(liveCounts(counts, 4, 100, 0.5)).toEqual({ kind: 'none', baskets: 50, total: 100 });
  });

  it('say "more than" when every listed product passes and the list was cut', () => {
    expect(liveCounts(counts, 2000, 100, 0.01)).toEqual({ kind: 'beyond', items: 4, baskets: 1, total: 100 });
    expect(liveCounts(counts, 4, 100, 0.01)).toEqual({ kind: 'within', items: 4, known: 4, baskets: 1, total: 100 });
  });

  it('say nothing for a support outside (0, 1] or without baskets', () => {
    expect(liveCounts(counts, 4, 100, 0)).toBeNull();
    expect(liveCounts(counts, 4, 100, 1.5)).toBeNull();
    expect(liveCounts(counts, 4, 0, 0.1)).toBeNull();
    // A result saved before the counts were kept (migrated with none): no count rather than a wrong "none".
    expect(liveCounts([], 4, 100, 0.1)).toBeNull();
  });
});

describe('network layout', () => {
  const rules = [
    { antecedent: ['tea'], consequent: ['cups'], confidence: 0.2, lift: 3 },
    { antecedent: ['tea', 'honey'], consequent: ['spoon'], confidence: 0.5, lift: 1.5 },
    { antecedent: ['cups'], consequent: ['honey'], confidence: 0.4, lift: 1.2 },
  ];

  it('places each product once on a circle, the one in most baskets at the top', () => {
    const { nodes } = networkLayout(rules, counts, 400);
    expect(nodes.map((n) => n.item)).toEqual(['tea', 'cups', 'honey', 'spoon']);
    expect(nodes[0].x).toBeCloseTo(200);
    expect(nodes[0].y).toBeLessThan(200);
    for (const n of nodes) expect(Math.hypot(n.x - 200, n.y - 200)).toBeCloseTo(Math.hypot(nodes[0].x - 200, nodes[0].y - 200));
    // Area in proportion to baskets: tea (40) against cups (7).
    expect(nodes[0].r).toBeGreaterThan(nodes[1].r);
  });

  it('draws one arrow per antecedent item and consequent item, thicker for higher lift', () => {
    const { nodes, edges } = networkLayout(rules, counts, 400);
    const name = (k: number): string => nodes[k].item;
    expect(edges.map((e) => `${name(e.from)}>${name(e.to)}`)).toEqual(['tea>cups', 'tea>spoon', 'honey>spoon', 'cups>honey']);
    expect(edges[0].width).toBeGreaterThan(edges[1].width);
  });

  it('draws at most the limit of rules, strongest first', () => {
    const layout = networkLayout(rules, counts, 400, 1);
    expect(layout.rulesDrawn).toBe(1);
    expect(layout.nodes.map((n) => n.item)).toEqual(['tea', 'cups']);
  });
});
