/**
 * Triangulation (issue 12, item 8): each channel's marketing-mix ROAS with its 90 %
 * interval beside the attribution models' ROAS, and where they part, which way and what
 * it usually means — a model that credits clicks (last click above all) over-credits
 * channels people use on their way to buy anyway (search, brand terms), and misses what
 * ads do without a click (views, later purchases, carry-over).
 */
export type TriangulationVerdict = 'attributionHigher' | 'attributionLower' | 'agree' | 'noAttribution';

export interface MmmChannelRoas {
  channel: string;
  roas: number;
  low: number;
  high: number;
}

export interface TriangulatedChannel extends MmmChannelRoas {
  /** ROAS per attribution model (null: no spend or no credit for it). */
  attribution: Record<string, number | null>;
  /** The model the comparison reads (the advice model when it has a figure). */
  model: string | null;
  verdict: TriangulationVerdict;
}

/**
 * @param attribution per model, each channel's ROAS
 * @param preferred models to compare against, first with a figure wins (the advice model, then last click…)
 */
export function triangulate(mmm: readonly MmmChannelRoas[], attribution: Readonly<Record<string, readonly { channel: string; roas: number | null }[]>>, preferred: readonly string[]): TriangulatedChannel[] {
  return mmm.map((c) => {
    const byModel: Record<string, number | null> = {};
    for (const [model, rows] of Object.entries(attribution)) byModel[model] = rows.find((r) => r.channel === c.channel)?.roas ?? null;
    const model = preferred.find((m) => typeof byModel[m] === 'number') ?? null;
    const value = model === null ? null : byModel[model];
    const verdict: TriangulationVerdict = value === null || value === undefined ? 'noAttribution' : value > c.high ? 'attributionHigher' : value < c.low ? 'attributionLower' : 'agree';
    return { ...c, attribution: byModel, model, verdict };
  });
}
