/**
 * Attributed credit joined with spend: CPA = spend /
 * conversions, ROAS = value / spend, ROI = (value − spend) / spend. A figure whose
 * denominator is zero or unknown is `null` (shown as "—"), never NaN or Infinity.
 */
import type { ChannelCredits } from './types.js';
import type { ChannelRoiRow } from '@shared/analyses/attribution.result.js';

export type { ChannelRoiRow };


export interface ChannelRoi {
  /** Journey channels in credit order, then channels found only in spend (with zero credit). */
  readonly rows: ChannelRoiRow[];
  /** Channels with credit but no spend: reported, not dropped. */
  readonly onlyInJourneys: string[];
  /** Channels with spend but never seen in a journey: their spend earned no attributed value. */
  readonly onlyInSpend: string[];
}

export type SpendByChannel = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

function spendEntries(spend: SpendByChannel): [string, number][] {
  return spend instanceof Map ? [...spend.entries()] : Object.entries(spend as Record<string, number>);
}

// Below this a spend or a fractional conversion count is rounding noise (e.g. a Markov
// credit of 1e−13), and dividing by it would print an absurd CPA or ROAS.
const NEGLIGIBLE = 1e-9;

const ratio = (numerator: number, denominator: number | null): number | null =>
  denominator !== null && denominator > NEGLIGIBLE && Number.isFinite(numerator) ? numerator / denominator : null;

export function channelRoi(credits: ChannelCredits, spendByChannel: SpendByChannel): ChannelRoi {
  const spend = new Map<string, number>();
  for (const [channel, amount] of spendEntries(spendByChannel)) {
    if (Number.isFinite(amount)) spend.set(channel, (spend.get(channel) ?? 0) + amount);
  }
  const rows: ChannelRoiRow[] = [];
  const onlyInJourneys: string[] = [];
  const onlyInSpend: string[] = [];
  const row = (channel: string, conversions: number, value: number): ChannelRoiRow => {
    const channelSpend = spend.get(channel) ?? null;
    return {
      channel,
      conversions,
      value,
      spend: channelSpend,
      cpa: channelSpend === null ? null : ratio(channelSpend, conversions),
      roas: ratio(value, channelSpend),
      roi: ratio(value - (channelSpend ?? 0), channelSpend),
    };
  };
  for (const [channel, credit] of credits) {
    rows.push(row(channel, credit.conversions, credit.value));
    if (!spend.has(channel)) onlyInJourneys.push(channel);
  }
  for (const channel of spend.keys()) {
    if (credits.has(channel)) continue;
    rows.push(row(channel, 0, 0));
    onlyInSpend.push(channel);
  }
  return { rows, onlyInJourneys, onlyInSpend };
}
