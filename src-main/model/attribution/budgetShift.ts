/**
 * Budget-shift advice from attributed ROI (issue 4 §7): move spend from the lowest-ROAS
 * channels to the highest-ROAS ones, greedily, keeping the total fixed and every channel
 * within ±`maxChangeShare` of its current spend. The expected change assumes each channel
 * keeps its AVERAGE return on the moved money; real returns at the margin are usually lower
 * (diminishing returns, see the MMM response curves), hence the `average-not-marginal`
 * caveat on every advice. Channels with fewer than `minConversions` attributed conversions
 * are flagged uncertain and never increased.
 */
import type { ChannelRoiRow } from './roi.js';

export interface BudgetShiftOptions {
  /** Largest change per channel as a share of its current spend (default 0.3 = ±30 %). */
  readonly maxChangeShare?: number;
  /** Below this many attributed conversions a channel's ROAS is too noisy to add money to (default 30). */
  readonly minConversions?: number;
}

export type BudgetShiftNote = 'uncertain' | 'zero-spend' | 'at-upper-bound' | 'at-lower-bound';
export type BudgetShiftCaveat = 'average-not-marginal' | 'uncertain-channels' | 'zero-spend-channels' | 'nothing-to-move';

export interface BudgetShiftRow {
  readonly channel: string;
  readonly currentSpend: number;
  readonly recommendedSpend: number;
  readonly change: number;
  /** change / current spend; null for zero-spend channels. */
  readonly changeShare: number | null;
  readonly roas: number | null;
  readonly conversions: number;
  readonly uncertain: boolean;
  /** change × ROAS: the value the move is expected to add (negative for a cut), at average ROAS. */
  readonly expectedValueChange: number;
  readonly notes: BudgetShiftNote[];
}

export interface BudgetShiftAdvice {
  readonly rows: BudgetShiftRow[];
  readonly totalSpend: number;
  /** Spend moved between channels (the sum of the increases). */
  readonly moved: number;
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
  if (!(maxChangeShare >= 0 && maxChangeShare <= 1)) throw new RangeError(`maxChangeShare must be within 0..1, got ${maxChangeShare}`);

  const slots: Slot[] = [];
  const notInBudget: string[] = [];
  for (const row of roiRows) {
    if (row.spend === null || !Number.isFinite(row.spend)) notInBudget.push(row.channel);
    else slots.push({ row, spend: row.spend, roas: row.roas ?? 0, uncertain: row.conversions < minConversions, change: 0 });
  }
  // Zero spend cannot move by a share of itself, and its ROAS is undefined: it stays put.
  const movable = slots.filter((s) => s.spend > 0 && s.row.roas !== null);
  const donors = [...movable].sort((a, b) => a.roas - b.roas);
  const recipients = movable.filter((s) => !s.uncertain).sort((a, b) => b.roas - a.roas);
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

  let currentValue = 0;
  let expectedValueChange = 0;
  const rows = slots.map((slot): BudgetShiftRow => {
    const notes: BudgetShiftNote[] = [];
    if (slot.uncertain) notes.push('uncertain');
    if (slot.spend === 0) notes.push('zero-spend');
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
  if (moved === 0) caveats.push('nothing-to-move');
  return {
    rows,
    totalSpend: slots.reduce((sum, s) => sum + s.spend, 0),
    moved,
    currentValue,
    expectedValue: currentValue + expectedValueChange,
    expectedValueChange,
    caveats,
    notInBudget,
  };
}
