/**
 * What the marketing-mix optimiser's best split means against today's, in one sentence for
 * every host (the Optimise step and the CLI). "−4,427 against now" under "the best split"
 * reads as a contradiction; the three cases it covers read plainly instead:
 * - gain: the split brings more revenue (the figures, as before);
 * - spendLess: it keeps money back that no channel earns back, so revenue falls by less than
 *   the money saved (the demo: 4,427 less revenue for 9,060 less spend);
 * - keepToday: no move brings more revenue — today's split is as good as the model can tell.
 */
import type { MessageKey } from './i18n/index.js';
import type { MmmInterval, MmmOptimiser } from './mmm-plan.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface MmmSplitFigures {
  /** Weekly channel revenue at the split, with its 90 % interval. */
  expectedRevenue: number;
  expectedRevenueInterval: MmmInterval;
  /** Its change against today's split, with its 90 % interval. */
  uplift: number;
  upliftInterval: MmmInterval;
  /** Weekly spend at the split and today. */
  spend: number;
  spendNow: number;
}

/** The figures of an optimiser's answer: its weekly spend is what it placed, today's what the channels spent. */
export function mmmSplitFigures(o: Pick<MmmOptimiser, 'expectedRevenue' | 'expectedRevenueInterval' | 'uplift' | 'upliftInterval' | 'allocation' | 'current'>): MmmSplitFigures {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  return { ...o, spend: sum(o.allocation), spendNow: sum(o.current) };
}

export type MmmSplitOutcome = 'gain' | 'spendLess' | 'keepToday';

/** Below half a currency unit a week, a change is rounding, not a move. */
const NEGLIGIBLE = 0.5;

export function mmmSplitOutcome(f: MmmSplitFigures): MmmSplitOutcome {
  if (f.uplift > NEGLIGIBLE) return 'gain';
  const saved = f.spendNow - f.spend;
  // Less revenue for less spend is a gain only when the money saved exceeds the revenue lost.
  if (saved > NEGLIGIBLE && saved + f.uplift > NEGLIGIBLE) return 'spendLess';
  return 'keepToday';
}

/** The sentence; `money` formats an amount (no sign), `signed` one with its sign. */
export function mmmSplitSummary(f: MmmSplitFigures, t: Translate, money: (v: number) => string, signed: (v: number) => string): string {
  const outcome = mmmSplitOutcome(f);
  if (outcome === 'gain') {
    return t('ui.mmm.opt.summary', {
      revenue: money(f.expectedRevenue),
      low: money(f.expectedRevenueInterval.low),
      high: money(f.expectedRevenueInterval.high),
      uplift: signed(f.uplift),
      upliftLow: signed(f.upliftInterval.low),
      upliftHigh: signed(f.upliftInterval.high),
      spend: money(f.spend),
      spendChange: signed(f.spend - f.spendNow),
    });
  }
  if (outcome === 'spendLess') {
    return t('ui.mmm.opt.summarySpendLess', {
      saved: money(f.spendNow - f.spend),
      spend: money(f.spend),
      loss: money(Math.max(0, -f.uplift)),
      // The loss's interval: the uplift's, turned around.
      lossLow: money(Math.max(0, -f.upliftInterval.high)),
      lossHigh: money(Math.max(0, -f.upliftInterval.low)),
      net: money(f.spendNow - f.spend + f.uplift),
    });
  }
  return t('ui.mmm.opt.summaryKeepToday', { uplift: signed(f.uplift), upliftLow: signed(f.upliftInterval.low), upliftHigh: signed(f.upliftInterval.high) });
}
