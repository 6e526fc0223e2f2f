/**
 * Seeded synthetic baskets with one planted association, for tests with a known truth and
 * for benchmarks: item "A" is bought with probability pA; "B" with probability
 * P(B | A) = plantedConfidence in a basket holding A and backgroundRate otherwise; items
 * "X1", "X2", … independently with their own rates. So conf(A → B) = plantedConfidence,
 * support(B) = pA·plantedConfidence + (1 − pA)·backgroundRate, lift(A → B) =
 * plantedConfidence/support(B), and every pair not {A, B} has lift 1.
 */
import { mulberry32 } from '../random.js';

export interface PlantedBasketOptions {
  transactions: number;
  /** P(A). */
  antecedentRate: number;
  /** P(B | A). */
  plantedConfidence: number;
  /** P(B | not A). */
  backgroundRate: number;
  /** P(Xi) of each independent item X1, X2, …. */
  independentRates: readonly number[];
  seed: number;
}

/** Baskets as item-id lists (some possibly empty, as real orders of other products would be). */
export function simulatePlantedBaskets(options: PlantedBasketOptions): string[][] {
  const random = mulberry32(options.seed);
  const baskets: string[][] = [];
  for (let t = 0; t < options.transactions; t++) {
    const basket: string[] = [];
    const hasA = random() < options.antecedentRate;
    if (hasA) basket.push('A');
    if (random() < (hasA ? options.plantedConfidence : options.backgroundRate)) basket.push('B');
    options.independentRates.forEach((rate, i) => {
      if (random() < rate) basket.push(`X${i + 1}`);
    });
    baskets.push(basket);
  }
  return baskets;
}
