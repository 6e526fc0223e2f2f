/**
 * Purchases after conversion. The first purchase happens at the journey's conversion;
 * repeat purchases follow the BG/NBD story (Fader, Hardie & Lee 2005, "Counting your
 * customers the easy way", Marketing Science 24(2)): while alive a customer buys as a
 * Poisson process with rate λ ~ Gamma(r, α) per week, and after each repeat purchase drops
 * out with probability p ~ Beta(a, b). Each purchase's amount follows Gamma-Gamma (Fader &
 * Hardie 2013, "The Gamma-Gamma model of monetary value"): z ~ Gamma(p, ν) with the
 * customer's ν ~ Gamma(q, γ), so the mean spend per purchase is pγ/(q − 1).
 */
import { HOUR_WEIGHTS, WEEK_MS, startOfDay } from './calendar.js';
import { cumulative, sampleBeta, sampleExponential, sampleGamma, sampleIndex } from './random.js';
import type { Random } from './random.js';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** The designed truth: a purchase every ~13 weeks on average while alive, ~1 in 4 drop out per repeat. */
export const TRUE_BGNBD: BgNbdParams = { r: 0.75, alpha: 10, a: 0.8, b: 2.5 };
/** Mean spend per purchase pγ/(q − 1) = ¥260. */
export const TRUE_GAMMA_GAMMA: GammaGammaParams = { p: 6, q: 4, gamma: 130 };

export interface FirstPurchase {
  customerId: string;
  time: number;
  /** Where the order came from (the converting journey's last channel). */
  source: string;
}

export interface Purchase {
  customerId: string;
  time: number;
  amount: number;
  first: boolean;
  source: string;
}

const hourSums = cumulative(HOUR_WEIGHTS);

/**
 * A repeat purchase keeps its (continuous-time) day but takes an hour from the daily
 * rhythm, so nobody shops at 4 a.m.; days, which is what the models count, are unchanged.
 */
function shopperClock(rng: Random, continuous: number, previous: number): number {
  const t = startOfDay(continuous) + sampleIndex(rng, hourSums) * 3_600_000 + Math.floor(rng() * 3600) * 1000;
  return t > previous ? t : continuous;
}

const roundCents = (x: number): number => Math.round(x * 100) / 100;

/** All purchases of all converting customers (first ones included), in customer order. */
export function simulatePurchases(
  rng: Random,
  firsts: readonly FirstPurchase[],
  endMs: number,
  repeatSource: string,
  bg: BgNbdParams = TRUE_BGNBD,
  gg: GammaGammaParams = TRUE_GAMMA_GAMMA,
): Purchase[] {
  const out: Purchase[] = [];
  for (const first of firsts) {
    const lambda = sampleGamma(rng, bg.r, bg.alpha);
    const dropout = sampleBeta(rng, bg.a, bg.b);
    const nu = sampleGamma(rng, gg.q, gg.gamma);
    const amount = (): number => Math.max(0.01, roundCents(sampleGamma(rng, gg.p, nu)));
    out.push({ customerId: first.customerId, time: first.time, amount: amount(), first: true, source: first.source });
    let continuous = first.time;
    let previous = first.time;
    for (;;) {
      continuous += sampleExponential(rng, lambda) * WEEK_MS;
      if (!(continuous < endMs)) break;
      previous = shopperClock(rng, continuous, previous);
      out.push({ customerId: first.customerId, time: previous, amount: amount(), first: false, source: repeatSource });
      if (rng() < dropout) break;
    }
  }
  return out;
}
