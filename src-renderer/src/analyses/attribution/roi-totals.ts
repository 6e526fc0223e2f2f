/**
 * The total row of a channel-ROI table. Spend, CPA, ROAS and ROI are undefined (null,
 * shown "—") when no channel has a spend figure: attribution without spend data has no
 * cost to set against, and a total spend of 0 with a CPA of 0 would read as free sales
 * (issue 14 finding 8). Value and ROI are over the channels that have spend.
 */
export interface RoiRowLike {
  spend: number | null;
  conversions: number;
  value: number;
}

export function roiTotals(rows: readonly RoiRowLike[]) {
  const conversions = rows.reduce((s, r) => s + r.conversions, 0);
  const value = rows.reduce((s, r) => s + r.value, 0);
  const budgeted = rows.filter((r) => r.spend !== null);
  if (budgeted.length === 0) return { spend: null, conversions, value, cpa: null, roas: null, roi: null };
  const spend = budgeted.reduce((s, r) => s + (r.spend ?? 0), 0);
  const budgetedConversions = budgeted.reduce((s, r) => s + r.conversions, 0);
  const budgetedValue = budgeted.reduce((s, r) => s + r.value, 0);
  return {
    spend,
    conversions,
    value,
    cpa: budgetedConversions > 0 && spend > 0 ? spend / budgetedConversions : null,
    roas: spend > 0 ? budgetedValue / spend : null,
    roi: spend > 0 ? (budgetedValue - spend) / spend : null,
  };
}
