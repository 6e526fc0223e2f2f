/**
 * The demo's marketing-mix truth: a weekly "brand" revenue stream (people who see the ads
 * and buy later through channels no journey records — search by name, a shop visit, a
 * marketplace) driven by each channel's weekly spend through a known geometric adstock and
 * Hill saturation (the model of src-main/model/mmm, Jin et al. 2017), on top of a flat
 * brand baseline (1.5 × the mean weekly media revenue), with 3 % noise. It is a separate component: it is not written into
 * orders.xlsx, so the journey-based truths (Markov removal effects, BG/NBD, Gamma-Gamma)
 * stay exactly as documented. Its own seeded stream ('brand') leaves every other part
 * of the demo unchanged.
 */
import { mediaResponse } from '../model/mmm/transform.js';
import { halfSaturationLevel } from '../model/mmm/transform.js';
import { DAY_MS, isoDate } from './calendar.js';
import type { ChannelSpec } from './catalogue.js';
import type { Random } from './random.js';
import { sampleNormal } from './random.js';
import type { SpendRow } from './types.js';

/** Per channel (catalogue key): adstock decay, Hill shape, half-saturation relative to mean adstocked spend, and brand ROAS. */
export const TRUE_BRAND_EFFECTS: Readonly<Record<string, { decay: number; shape: number; halfSaturationRatio: number; roas: number }>> = {
  douyin: { decay: 0.5, shape: 1, halfSaturationRatio: 1.2, roas: 0.8 },
  wechat: { decay: 0.3, shape: 1, halfSaturationRatio: 1, roas: 1.5 },
  xiaohongshu: { decay: 0.6, shape: 1.5, halfSaturationRatio: 1, roas: 1.2 },
  baidu: { decay: 0.1, shape: 1, halfSaturationRatio: 0.8, roas: 0.3 },
  taobao: { decay: 0.2, shape: 1, halfSaturationRatio: 1, roas: 1 },
  email: { decay: 0.1, shape: 1, halfSaturationRatio: 1.5, roas: 2 },
  google: { decay: 0.2, shape: 1, halfSaturationRatio: 1, roas: 0.5 },
  meta: { decay: 0.4, shape: 2, halfSaturationRatio: 1, roas: 0.6 },
};

/** Brand baseline per week as a multiple of the mean weekly media revenue (media ≈ 40 % of the stream), and noise as a share of mean weekly revenue. */
export const BRAND_BASELINE_RATIO = 1.5;
export const BRAND_NOISE = 0.03;

export interface BrandChannelTruth {
  en: string;
  decay: number;
  shape: number;
  /** K in adstocked-spend units, and as weekly spend at steady state: K·(1 − θ). */
  halfSaturationAdstocked: number;
  halfSaturationWeekly: number;
  /** Largest weekly brand revenue of the channel. */
  beta: number;
  spend: number;
  contribution: number;
  roas: number;
}

export interface BrandTruth {
  description: string;
  /** The demo's first day, then every 7 days; only whole weeks are kept. */
  weekStarts: string[];
  baselinePerWeek: number;
  noiseSd: number;
  channels: BrandChannelTruth[];
  /** Spend per channel per week (channel-major, catalogue order) and the brand revenue per week. */
  weeklySpend: number[][];
  weeklyRevenue: number[];
}

/** Daily spend rows (day-major) summed into whole 7-day weeks from the first day. */
export function weeklySpend(rows: readonly SpendRow[], days: number, channels: number): number[][] {
  const weeks = Math.floor(days / 7);
  const out = Array.from({ length: channels }, () => new Array<number>(weeks).fill(0));
  for (let d = 0; d < weeks * 7; d++) {
    for (let k = 0; k < channels; k++) out[k][Math.floor(d / 7)] += rows[d * channels + k].spend;
  }
  return out;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function simulateBrandRevenue(rng: Random, rows: readonly SpendRow[], plan: { startMs: number; days: number; channels: readonly ChannelSpec[] }): BrandTruth {
  const spend = weeklySpend(rows, plan.days, plan.channels.length).map((w) => w.map((v) => round(v)));
  const weeks = spend[0]?.length ?? 0;
  const contributions: number[][] = [];
  const channels = plan.channels.map((c, k) => {
    const effect = TRUE_BRAND_EFFECTS[c.key];
    const k0 = halfSaturationLevel(spend[k], effect);
    const response = mediaResponse(spend[k], effect.decay, k0, effect.shape);
    const spendTotal = spend[k].reduce((a, b) => a + b, 0);
    const responseTotal = response.reduce((a, b) => a + b, 0);
    const beta = responseTotal > 0 ? (effect.roas * spendTotal) / responseTotal : 0;
    contributions.push(Array.from(response, (r) => r * beta));
    return {
      en: c.en,
      decay: effect.decay,
      shape: effect.shape,
      halfSaturationAdstocked: round(k0),
      halfSaturationWeekly: round(k0 * (1 - effect.decay)),
      beta: round(beta),
      spend: round(spendTotal),
      contribution: round(effect.roas * spendTotal),
      roas: effect.roas,
    };
  });
  const mediaMean = channels.reduce((s, c) => s + c.contribution, 0) / Math.max(1, weeks);
  const baselinePerWeek = round(BRAND_BASELINE_RATIO * mediaMean);
  const noiseSd = BRAND_NOISE * (baselinePerWeek + mediaMean);
  const weeklyRevenue = Array.from({ length: weeks }, (_, t) =>
    round(baselinePerWeek + contributions.reduce((s, series) => s + series[t], 0) + noiseSd * sampleNormal(rng)),
  );
  return {
    description:
      'Weekly brand revenue (not in orders.xlsx): flat baseline + Σ β·hill(adstock(weekly spend)) per channel + 3 % noise. See src-main/demo/README.md, "Marketing-mix truth".',
    weekStarts: Array.from({ length: weeks }, (_, t) => isoDate(plan.startMs + t * 7 * DAY_MS)),
    baselinePerWeek,
    noiseSd: round(noiseSd),
    channels,
    weeklySpend: spend,
    weeklyRevenue,
  };
}
