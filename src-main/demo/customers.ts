/**
 * The member table: everyone who became known to the brand (a journey) is a member from
 * the day of their first touch. Age and gender follow a tea-and-skincare audience; region
 * by online spending, except that people found by the export channels mostly live abroad;
 * the member level is earned by revenue in the period (MEMBER_LEVELS).
 */
import { isoDate, startOfDay } from './calendar.js';
import { MEMBER_LEVELS, OVERSEAS_CHANNEL_KEYS, OVERSEAS_REGION, REGIONS } from './catalogue.js';
import type { ChannelSpec } from './catalogue.js';
import { cumulative, sampleIndex, sampleNormal } from './random.js';
import type { Random } from './random.js';
import type { CustomerRow, DemoJourney } from './types.js';

const OVERSEAS_SHARE = 0.8;
const GENDERS = ['女', '男', '未知'];
const GENDER_WEIGHTS = cumulative([0.68, 0.3, 0.02]);
const regionSums = cumulative(REGIONS.map((r) => r.weight));

export function memberLevelFor(revenue: number): string {
  return (MEMBER_LEVELS.find((l) => revenue >= l.minRevenue) ?? MEMBER_LEVELS[MEMBER_LEVELS.length - 1]).name;
}

export function simulateCustomers(
  rng: Random,
  journeys: readonly DemoJourney[],
  channels: readonly ChannelSpec[],
  revenueByCustomer: ReadonlyMap<string, number>,
): CustomerRow[] {
  return journeys.map((j) => {
    const firstChannel = channels[j.channels[0]];
    const abroad = OVERSEAS_CHANNEL_KEYS.includes(firstChannel.key) && rng() < OVERSEAS_SHARE;
    const age = Math.min(65, Math.max(18, Math.round(32 + 8 * sampleNormal(rng))));
    return {
      customerId: j.customerId,
      signupDate: isoDate(startOfDay(j.times[0])),
      region: abroad ? OVERSEAS_REGION : REGIONS[sampleIndex(rng, regionSums)].name,
      age,
      gender: GENDERS[sampleIndex(rng, GENDER_WEIGHTS)],
      memberLevel: memberLevelFor(revenueByCustomer.get(j.customerId) ?? 0),
    };
  });
}
