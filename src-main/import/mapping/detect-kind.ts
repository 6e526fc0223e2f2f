/**
 * What kind of data a table holds, from its headers.
 *
 * Each kind is mapped with autoMap. A kind fits only if every required role maps, except
 * roles a single-platform export cannot have but the user can give as one value for the
 * whole file (ROLES_FILLABLE_BY_CONSTANT: the channel of a Google Ads or 巨量引擎 spend
 * report). Its score is the evidence the headers give: the sum of the required roles'
 * confidences plus half the optional roles' (so extra matching columns — order id,
 * quantity, product for orders; event for touchpoints — tell close kinds apart).
 * The best-scoring kind wins unless another is within AMBIGUITY_MARGIN (10 %) of it:
 * then all kinds that close are returned, best first, for the user to choose.
 */
import { DATASET_KINDS, KIND_ROLES } from '@shared/kinds.js';
import type { DatasetKind } from '@shared/kinds.js';
import { spendLikeHeaders } from '@shared/mmm-columns.js';
import { autoMap, missingRequired } from './auto-map.js';

export type KindDetection = { kind: DatasetKind; score: number } | { ambiguous: DatasetKind[] } | { none: true };

export const AMBIGUITY_MARGIN = 0.1;
const OPTIONAL_WEIGHT = 0.5;
/** A wide marketing-mix sheet has a spend column per channel: two or more. */
const MIN_WIDE_SPEND_COLUMNS = 2;

/** Required roles a file may lack because one value holds for all its rows. */
export const ROLES_FILLABLE_BY_CONSTANT: Readonly<Partial<Record<DatasetKind, readonly string[]>>> = {
  spend: ['channel'],
};

export interface KindFit {
  kind: DatasetKind;
  score: number;
}

/** Every kind the headers fit, best first. */
export function rankKinds(headers: readonly string[]): KindFit[] {
  const fits: KindFit[] = [];
  for (const kind of DATASET_KINDS) {
    const { mapping, confidence } = autoMap(kind, headers);
    const fillable = ROLES_FILLABLE_BY_CONSTANT[kind] ?? [];
    if (missingRequired(kind, mapping).some((role) => !fillable.includes(role))) continue;
    // A wide marketing-mix sheet shows itself by its spend columns (tv_S, Search_spend, 抖音消耗…), one per channel.
    const mapped = new Set(Object.values(mapping));
    const spendColumns = spendLikeHeaders(headers.filter((h) => !mapped.has(h))).length;
    if (kind === 'weekly' && spendColumns < MIN_WIDE_SPEND_COLUMNS) continue;
    let score = kind === 'weekly' ? spendColumns * OPTIONAL_WEIGHT : 0;
    for (const spec of KIND_ROLES[kind]) score += (confidence[spec.role] ?? 0) * (spec.required ? 1 : OPTIONAL_WEIGHT);
    fits.push({ kind, score: Math.round(score * 100) / 100 });
  }
  return fits.sort((a, b) => b.score - a.score);
}

export function detectKind(headers: readonly string[]): KindDetection {
  const fits = rankKinds(headers);
  if (fits.length === 0) return { none: true };
  const [best] = fits;
  const close = fits.filter((f) => f.score >= best.score * (1 - AMBIGUITY_MARGIN));
  if (close.length > 1) return { ambiguous: close.map((f) => f.kind) };
  return { kind: best.kind, score: best.score };
}
