/**
 * The optimiser's input from a fitted MMM: each channel's point curve and bootstrap
 * curves, its current weekly spend (the mean of the last `recentWeeks` weeks — the base of
 * the default ±30 % bounds), and the largest weekly spend seen (beyond it the curve is an
 * extrapolation, which the result flags).
 */
import type { MmmResult } from '../mmm/fit.js';
import type { MmmData } from '../mmm/types.js';
import type { AllocationChannel } from './allocate.js';
import type { OptimiserInput } from './optimise.js';

export const RECENT_WEEKS = 13;

export function optimiserInputFromFit(data: MmmData, result: MmmResult, overrides: Partial<Record<string, Partial<AllocationChannel>>> = {}, recentWeeks = RECENT_WEEKS): OptimiserInput {
  const channels: AllocationChannel[] = data.channels.map((channel, c) => {
    const n = channel.spend.length;
    const from = Math.max(0, n - recentWeeks);
    let recent = 0;
    let observedMax = 0;
    for (let t = 0; t < n; t++) {
      if (t >= from) recent += channel.spend[t];
      observedMax = Math.max(observedMax, channel.spend[t]);
    }
    return { name: channel.name, curve: result.pointDraw.curves[c], currentSpend: recent / Math.max(1, n - from), observedMax, ...overrides[channel.name] };
  });
  return { channels, drawCurves: result.draws.map((d) => d.curves) };
}
