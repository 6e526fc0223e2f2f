/**
 * Budget-shift advice from attributed ROI (issue 4 §7): move spend from the lowest-ROAS
 * channels to the highest-ROAS ones, greedily, every channel within ±`maxChangeShare` of
 * its current spend.
 *
 * Break-even guard (issue 14): money only goes to a channel whose
 * ROAS is above `breakEvenRoas` (1 by default: a channel that returns less than it costs
 * loses money on every extra yuan, and its marginal return is lower still). Channels below
 * break-even are cut to their bound even when no channel can take the money; what no
 * channel above break-even can absorb within its bound is `unallocated` — kept back, not
 * spent to use up the budget. The total stays fixed only when everything freed is placed.
 * The expected change assumes each channel
 * keeps its AVERAGE return on the moved money; real returns at the margin are usually lower
 * (diminishing returns, see the MMM response curves), hence the `average-not-marginal`
 * caveat on every advice. Channels with fewer than `minConversions` attributed conversions
 * are flagged uncertain and never increased.
 */
import type { ChannelRoiRow } from './roi.js';
import type { BudgetShiftCaveat, BudgetShiftNote, BudgetShiftRow } from '@shared/analyses/attribution.result.js';

export type { BudgetShiftCaveat, BudgetShiftNote, BudgetShiftRow };

export interface BudgetShiftOptions {
  /** Largest change per channel as a share of its current spend (default 0.3 = ±30 %). */
  readonly maxChangeShare?: number;
  /** Below this many attributed conversions a channel's ROAS is too noisy to add money to (default 30). */
  readonly minConversions?: number;
  /** ROAS at or below which a channel gets no extra money (default 1: revenue equals spend). */
  readonly breakEvenRoas?: number;
}


export interface BudgetShiftAdvice {
  readonly rows: BudgetShiftRow[];
  readonly totalSpend: number;
  /** Spend moved between channels (the sum of the increases). */
  readonly moved: number;
  /** Spend cut from below-break-even channels that no channel above break-even could take: not to be spent. */
  readonly unallocated: number;
  /** The settings the advice was made with, for the text that explains it. */
  readonly maxChangeShare: number;
  readonly minConversions: number;
  readonly breakEvenRoas: number;
  readonly currentValue: number;
  readonly expectedValue: number;
  readonly expectedValueChange: number;
  readonly caveats: BudgetShiftCaveat[];
  /** Channels without a spend figure (organic, direct…): outside the budget, left alone. */
  readonly notInBudget: string[];
}

interface Slot {
  readonly row: ChannelRoiRow;
  readonly spend: number;
  readonly roas: number;
  readonly uncertain: boolean;
  change: number;
}

export function adviseBudgetShift(roiRows: readonly ChannelRoiRow[], options: BudgetShiftOptions = {}): BudgetShiftAdvice {
  const maxChangeShare = options.maxChangeShare ?? 0.3;
  const minConversions = options.minConversions ?? 30;
  const breakEvenRoas = options.breakEvenRoas ?? 1;
  if (!(maxChangeShare >= 0 && maxChangeShare <= 1)) throw new RangeError(`maxChangeShare must be within 0..1, got ${maxChangeShare}`);
  if (!(breakEvenRoas >= 0 && Number.isFinite(breakEvenRoas))) throw new RangeError(`breakEvenRoas must be ≥ 0, got ${breakEvenRoas}`);

  const slots: Slot[] = [];
  const notInBudget: string[] = [];
  for (const row of roiRows) {
    if (row.spend === null || !Number.isFinite(row.spend)) notInBudget.push(row.channel);
    else slots.push({ row, spend: row.spend, roas: row.roas ?? 0, uncertain: row.conversions < minConversions, change: 0 });
  }
  // Zero spend cannot move by a share of itself, and its ROAS is undefined: it stays put.
  const movable = slots.filter((s) => s.spend > 0 && s.row.roas !== null);
  const donors = [...movable].sort((a, b) => a.roas - b.roas);
  const recipients = movable.filter((s) => !s.uncertain && s.roas > breakEvenRoas).sort((a, b) => b.roas - a.roas);
  let d = 0;
  let r = 0;
  let moved = 0;
  while (d < donors.length && r < recipients.length && donors[d].roas < recipients[r].roas) {
    const donor = donors[d];
    const recipient = recipients[r];
    const canGive = donor.spend * maxChangeShare + donor.change;
    const canTake = recipient.spend * maxChangeShare - recipient.change;
    const amount = Math.min(canGive, canTake);
    donor.change -= amount;
    recipient.change += amount;
    moved += amount;
    if (canGive <= canTake) d++;
    if (canTake <= canGive) r++;
  }
  // Loss-making channels are cut to their bound whether or not the money found a home.
  let unallocated = 0;
  for (const slot of movable) {
    if (slot.roas >= breakEvenRoas) continue;
    const rest = slot.spend * maxChangeShare + slot.change;
    if (rest > 0) {
      slot.change -= rest;
      unallocated += rest;
    }
  }

  let currentValue = 0;
  let expectedValueChange = 0;
  const rows = slots.map((slot): BudgetShiftRow => {
    const notes: BudgetShiftNote[] = [];
    if (slot.uncertain) notes.push('uncertain');
    if (slot.spend === 0) notes.push('zero-spend');
    if (slot.spend > 0 && slot.row.roas !== null && slot.roas < breakEvenRoas) notes.push('below-break-even');
    const bound = slot.spend * maxChangeShare;
    if (slot.spend > 0 && bound > 0 && slot.change >= bound * (1 - 1e-12)) notes.push('at-upper-bound');
    if (slot.spend > 0 && bound > 0 && slot.change <= -bound * (1 - 1e-12)) notes.push('at-lower-bound');
    const valueChange = slot.change * slot.roas;
    currentValue += slot.row.value;
    expectedValueChange += valueChange;
    return {
      channel: slot.row.channel,
      currentSpend: slot.spend,
      recommendedSpend: slot.spend + slot.change,
      change: slot.change,
      changeShare: slot.spend > 0 ? slot.change / slot.spend : null,
      roas: slot.row.roas,
      conversions: slot.row.conversions,
      uncertain: slot.uncertain,
      expectedValueChange: valueChange,
      notes,
    };
  });

  const caveats: BudgetShiftCaveat[] = ['average-not-marginal'];
  if (slots.some((s) => s.uncertain)) caveats.push('uncertain-channels');
  if (slots.some((s) => s.spend === 0)) caveats.push('zero-spend-channels');
  if (unallocated > 0) caveats.push('unallocated');
  if (moved === 0 && unallocated === 0) caveats.push('nothing-to-move');
  return {
    rows,
    totalSpend: slots.reduce((sum, s) => sum + s.spend, 0),
    moved,
    unallocated,
    maxChangeShare,
    minConversions,
    breakEvenRoas,
    currentValue,
    expectedValue: currentValue + expectedValueChange,
    expectedValueChange,
    caveats,
    notInBudget,
  };
}
