import { describe, expect, it } from 'vitest';
import { attributeShapley } from './shapley.js';
import { mulberry32 } from '../random.js';
import type { Journey } from './types.js';

const j = (channels: string[], converted: boolean, count = 1, value = 0): Journey => ({ channels, converted, count, value });

/** v(S) by scanning the journeys: conversions (or value) of converting journeys whose channel set ⊆ S. */
function coalitionValue(journeys: readonly Journey[], members: ReadonlySet<string>, field: 'count' | 'value'): number {
  let total = 0;
  for (const journey of journeys) if (journey.converted && journey.channels.every((c) => members.has(c))) total += journey[field];
  return total;
}

function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const tail of permutations(rest)) yield [items[i], ...tail];
  }
}

/** Shapley by its definition: the average marginal contribution over all n! orders. */
function bruteForceShapley(journeys: readonly Journey[], players: readonly string[], field: 'count' | 'value'): Map<string, number> {
  const totals = new Map(players.map((p) => [p, 0]));
  let orders = 0;
  for (const order of permutations(players)) {
    orders++;
    const members = new Set<string>();
    let before = 0;
    for (const player of order) {
      members.add(player);
      const after = coalitionValue(journeys, members, field);
      totals.set(player, (totals.get(player) as number) + after - before);
      before = after;
    }
  }
  return new Map([...totals].map(([p, t]) => [p, t / orders]));
}

function randomJourneys(channelCount: number, n: number, seed: number): Journey[] {
  const random = mulberry32(seed);
  const names = Array.from({ length: channelCount }, (_, i) => `c${i}`);
  return Array.from({ length: n }, () => {
    const length = 1 + Math.floor(random() * 4);
    const channels = Array.from({ length }, () => names[Math.floor(random() * channelCount)]);
    const converted = random() < 0.6;
    return j(channels, converted, 1 + Math.floor(random() * 3), converted ? Math.round(random() * 1000) / 10 : 0);
  });
}

describe('attributeShapley, exact', () => {
  it('matches a hand computation over three channels', () => {
    // v(A)=1, v(B)=v(C)=0, v(AB)=3, v(AC)=1, v(BC)=1, v(ABC)=4 (CN is non-converting and counts nowhere).
    // φ_A = 1/3·(1−0) + 1/6·(3−0) + 1/6·(1−0) + 1/3·(4−1) = 2
    // φ_B = 1/3·0 + 1/6·(3−1) + 1/6·(1−0) + 1/3·(4−1) = 1.5
    // φ_C = 1/3·0 + 1/6·(1−1) + 1/6·(1−0) + 1/3·(4−3) = 0.5
    // Values: {A,B} 20 → 10/10, {A} 5 → A, {B,C} 12 → 6/6: A 15, B 16, C 6.
    const result = attributeShapley([j(['A', 'B'], true, 2, 20), j(['A'], true, 1, 5), j(['B', 'C', 'B'], true, 1, 12), j(['C', 'N'], false, 3)]);
    expect(result.method).toBe('exact');
    expect(result.players).toBe(3);
    const get = (c: string) => result.credits.get(c);
    expect(get('A')?.conversions).toBeCloseTo(2, 12);
    expect(get('B')?.conversions).toBeCloseTo(1.5, 12);
    expect(get('C')?.conversions).toBeCloseTo(0.5, 12);
    expect(get('N')).toEqual({ conversions: 0, value: 0 });
    expect(get('A')?.value).toBeCloseTo(15, 12);
    expect(get('B')?.value).toBeCloseTo(16, 12);
    expect(get('C')?.value).toBeCloseTo(6, 12);
  });

  it('agrees with brute-force permutation enumeration on 5 channels', () => {
    const journeys = randomJourneys(5, 40, 99);
    const players = [...new Set(journeys.filter((x) => x.converted).flatMap((x) => x.channels))];
    expect(players.length).toBe(5);
    const result = attributeShapley(journeys);
    const conversions = bruteForceShapley(journeys, players, 'count');
    const values = bruteForceShapley(journeys, players, 'value');
    for (const player of players) {
      expect(result.credits.get(player)?.conversions).toBeCloseTo(conversions.get(player) as number, 10);
      expect(result.credits.get(player)?.value).toBeCloseTo(values.get(player) as number, 8);
    }
  });

  it('gives one channel everything', () => {
    expect(attributeShapley([j(['A', 'A'], true, 3, 9)]).credits.get('A')).toEqual({ conversions: 3, value: 9 });
  });
});

describe('attributeShapley above 15 channels', () => {
  const journeys = randomJourneys(16, 400, 7);
  // The game is a sum of unanimity games w_T·u_T, whose Shapley value gives w_T/|T| to each member
  // of T (Shapley 1953, the carrier axiom): an exact reference for any number of channels.
  const reference = new Map<string, number>();
  for (const journey of journeys) {
    if (!journey.converted) continue;
    const set = [...new Set(journey.channels)];
    for (const c of set) reference.set(c, (reference.get(c) ?? 0) + journey.count / set.length);
  }

  it('falls back to seeded Monte Carlo whose 95 % intervals cover the exact values', () => {
    const result = attributeShapley(journeys, { samples: 4000, seed: 3 });
    expect(result.method).toBe('monte-carlo');
    expect(result.players).toBe(16);
    let covered = 0;
    for (const [channel, exact] of reference) {
      const [low, high] = result.intervals?.get(channel)?.conversions ?? [0, 0];
      expect(high).toBeGreaterThan(low);
      if (low <= exact && exact <= high) covered++;
      // Even an uncovered channel is within a few half-widths.
      expect(Math.abs((result.credits.get(channel)?.conversions as number) - exact)).toBeLessThan(2 * (high - low));
    }
    expect(covered).toBeGreaterThanOrEqual(14);
    // Every permutation hands out exactly v(N): the estimates keep the total.
    const total = journeys.filter((x) => x.converted).reduce((s, x) => s + x.count, 0);
    const estimated = [...result.credits.values()].reduce((s, c) => s + c.conversions, 0);
    expect(estimated).toBeCloseTo(total, 8);
  });

  it('is reproducible with a seed and exact when allowed more channels', () => {
    const a = attributeShapley(journeys, { samples: 300, seed: 5 });
    const b = attributeShapley(journeys, { samples: 300, seed: 5 });
    expect([...a.credits]).toEqual([...b.credits]);
    const exact = attributeShapley(journeys, { maxExactChannels: 16 });
    expect(exact.method).toBe('exact');
    for (const [channel, value] of reference) expect(exact.credits.get(channel)?.conversions).toBeCloseTo(value, 9);
  });
});
