/**
 * Time-decay attribution (Google Analytics "Time decay" model): a touch `Δ` before the
 * conversion weighs 2^(−Δ / halfLife), weights normalised per journey so each conversion
 * is credited exactly once. Default half-life 7 days, as in Google Analytics.
 */
import { creditsFromArrays, toJourneyTable } from './journey-table.js';
import type { JourneyInput } from './journey-table.js';
import { ModelUnavailable } from './types.js';
import { DAY_MS } from './units.js';
import type { ChannelCredits } from './types.js';

export const DEFAULT_HALF_LIFE_DAYS = 7;

/**
 * @throws ModelUnavailable('time-decay-needs-timestamps') when any converting journey has
 * no touch times (a `paths` export): the model is reported unavailable, never faked.
 */
export function attributeTimeDecay(journeys: JourneyInput, halfLifeDays = DEFAULT_HALF_LIFE_DAYS): ChannelCredits {
  if (!(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) {
    throw new RangeError(`half-life must be a positive number of days, got ${halfLifeDays}`);
  }
  const table = toJourneyTable(journeys);
  const timed = table.timedConversions;
  if (timed === null) {
    throw new ModelUnavailable('time-decay-needs-timestamps', { conversionsWithoutTimes: table.conversionsWithoutTimes });
  }
  const n = table.channels.length;
  const conversions = new Float64Array(n);
  const values = new Float64Array(n);
  const decayPerMs = Math.LN2 / (halfLifeDays * DAY_MS);
  let weights = new Float64Array(16);
  const { start, steps, times } = timed;

  for (let k = 0; k < timed.size; k++) {
    const from = start[k];
    const length = start[k + 1] - from;
    if (weights.length < length) weights = new Float64Array(length * 2);
    // The conversion time is a common factor 2^(−(tConv − tLatest)/h) of every weight and
    // cancels in the normalisation, so weights are taken relative to the latest touch:
    // the largest weight is 1 and old touches cannot underflow all weights to 0.
    let latest = -Infinity;
    for (let i = 0; i < length; i++) if (times[from + i] > latest) latest = times[from + i];
    let total = 0;
    for (let i = 0; i < length; i++) {
      const w = Math.exp(-decayPerMs * (latest - times[from + i]));
      weights[i] = w;
      total += w;
    }
    const c = timed.count[k] / total;
    const v = timed.value[k] / total;
    for (let i = 0; i < length; i++) {
      const id = steps[from + i];
      conversions[id] += c * weights[i];
      values[id] += v * weights[i];
    }
  }
  return creditsFromArrays(table, conversions, values);
}
