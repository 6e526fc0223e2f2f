/**
 * The F score of RFM for shops where most customers bought once.
 *
 * Convention: one-time buyers score F = 1; repeat buyers score F = 2…5 by tie-robust
 * quartiles of their order counts (average ranks, quintiles.ts). This is the
 * "purchase-count break first" rule of direct marketing (Miglautsch 2000, "Thoughts on RFM
 * scoring", Journal of Database Marketing 8(1)): frequency is a small integer, and when
 * more than a fifth of the file bought once no quintile cut can separate them — plain
 * quintiles then give every one-time buyer the same middling score (2 with average ranks,
 * an arbitrary 1–3 with "rank then cut"), so the one-time cells of the segment map (New
 * Customers, Promising, Lost) stay empty while the shop's newest customers are exactly
 * there. Making the first break at one order keeps the meaning of those cells ("bought
 * once") in every shop, and ranking the repeat buyers among themselves keeps F relative for
 * frequent-purchase shops. A shop without one-time buyers simply has no F = 1.
 */
import { rankGroupScores } from './quintiles.js';

/** F score 1…5 of every customer's distinct-order count (each ≥ 1). */
export function frequencyScores(orderCounts: ArrayLike<number>): Uint8Array {
  const n = orderCounts.length;
  const scores = new Uint8Array(n);
  const repeatIndex: number[] = [];
  const repeatCounts: number[] = [];
  for (let i = 0; i < n; i++) {
    if (orderCounts[i] <= 1) scores[i] = 1;
    else {
      repeatIndex.push(i);
      repeatCounts.push(orderCounts[i]);
    }
  }
  const quartiles = rankGroupScores(repeatCounts, true, 4);
  repeatIndex.forEach((i, k) => (scores[i] = quartiles[k] + 1));
  return scores;
}
