/**
 * Worlds simulated from the model itself, for parameter-recovery tests (issue 12,
 * "Accuracy"): weekly spend per channel (log-normal around a level, autocorrelated, with
 * some channels driven by a shared factor so their spends correlate), each channel's
 * revenue through known geometric adstock and Hill saturation, a baseline with trend and
 * yearly seasonality, and Gaussian noise as a share of mean revenue. The true ROAS is
 * computed exactly as the model reports it: contribution over the weeks / spend.
 */
import type { Random } from '../random.js';
import { mulberry32, sampleNormal } from '../random.js';
import { WEEKS_PER_YEAR } from './design.js';
import { halfSaturationLevel, mediaResponse } from './transform.js';
import type { MmmData } from './types.js';

export interface SyntheticWorldOptions {
  seed: number;
  weeks: number;
  channels: number;
  /** Noise sd as a share of mean revenue (0.03–0.10 in the tests). */
  noise: number;
  /** Drive the first `correlated` channels by one shared factor (their spends correlate ≈ 0.9). */
  correlated?: number;
  /** Media's share of revenue (default drawn in 0.4–0.6). */
  mediaShare?: number;
}

export interface SyntheticChannelTruth {
  name: string;
  decay: number;
  halfSaturationRatio: number;
  shape: number;
  /** Largest weekly effect. */
  beta: number;
  spend: number;
  contribution: number;
  roas: number;
}

export interface SyntheticWorld {
  data: MmmData;
  truth: { channels: SyntheticChannelTruth[]; baselineLevel: number; noiseSd: number };
}

const uniform = (random: Random, lo: number, hi: number) => lo + (hi - lo) * random();

/** Autocorrelated standard-normal series (AR(1) with coefficient ρ, unit variance). */
function ar1(random: Random, n: number, rho: number): Float64Array {
  const out = new Float64Array(n);
  let x = sampleNormal(random);
  for (let t = 0; t < n; t++) {
    x = rho * x + Math.sqrt(1 - rho * rho) * sampleNormal(random);
    out[t] = x;
  }
  return out;
}

export function simulateMmmWorld(options: SyntheticWorldOptions): SyntheticWorld {
  const random = mulberry32(options.seed);
  const n = options.weeks;
  const correlated = Math.min(options.correlated ?? 0, options.channels);
  const shared = ar1(random, n, 0.5);
  const channels: SyntheticChannelTruth[] = [];
  const spends: Float64Array[] = [];
  const contributions: Float64Array[] = [];
  for (let c = 0; c < options.channels; c++) {
    const level = uniform(random, 2_000, 15_000);
    const own = ar1(random, n, 0.5);
    const volatility = uniform(random, 0.6, 1);
    // Correlated channels share one plan, so they run without independent flights.
    const flightsOff = random() < 0.3 && c >= correlated;
    const spend = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      const z = c < correlated ? 0.95 * shared[t] + Math.sqrt(1 - 0.95 ** 2) * own[t] : own[t];
      spend[t] = level * Math.exp(volatility * z - (volatility * volatility) / 2);
      // Some channels run in flights: weeks without spend.
      if (flightsOff && random() < 0.15) spend[t] = 0;
    }
    const hyper = { decay: uniform(random, 0.1, 0.7), halfSaturationRatio: uniform(random, 0.6, 2), shape: uniform(random, 0.8, 2.5) };
    const response = mediaResponse(spend, hyper.decay, halfSaturationLevel(spend, hyper), hyper.shape);
    const targetRoas = uniform(random, 0.5, 5);
    let spendTotal = 0;
    let responseTotal = 0;
    for (let t = 0; t < n; t++) {
      spendTotal += spend[t];
      responseTotal += response[t];
    }
    const beta = (targetRoas * spendTotal) / responseTotal;
    const contribution = Float64Array.from(response, (r) => r * beta);
    channels.push({ name: `channel_${c + 1}`, ...hyper, beta, spend: spendTotal, contribution: targetRoas * spendTotal, roas: targetRoas });
    spends.push(spend);
    contributions.push(contribution);
  }
  const mediaMean = channels.reduce((s, c) => s + c.contribution, 0) / n;
  const share = options.mediaShare ?? uniform(random, 0.4, 0.6);
  const baselineLevel = (mediaMean * (1 - share)) / share;
  const trend = uniform(random, -0.15, 0.15);
  const seasonAmplitude = uniform(random, 0.05, 0.15);
  const phase = uniform(random, 0, 2 * Math.PI);
  const noiseSd = options.noise * (baselineLevel + mediaMean);
  const kpi = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let y = baselineLevel * (1 + (trend * t) / n + seasonAmplitude * Math.sin((2 * Math.PI * t) / WEEKS_PER_YEAR + phase));
    for (const series of contributions) y += series[t];
    kpi[t] = y + noiseSd * sampleNormal(random);
  }
  return {
    data: { kpi, channels: channels.map((c, i) => ({ name: c.name, spend: spends[i] })) },
    truth: { channels, baselineLevel, noiseSd },
  };
}
