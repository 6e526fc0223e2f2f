/**
 * Automatic, rule-based names for k-means clusters of customers, read off the z-scored
 * centroid (0 = the average customer, ±1 = one standard deviation, on the log scale):
 * activity = −z(R) (recent buyers have few days since their last order), and
 * value = mean of z(F) and z(M).
 *
 *   activity > 0.5                 value > 0.5 → 高价值活跃 High-value active
 *                                  z(F) ≤ 0    → 新客 New
 *                                  otherwise   → 潜力活跃 Promising active
 *   −0.5 ≤ activity ≤ 0.5          value > 0.5 → 高价值待唤醒 High-value cooling
 *                                  value < −0.5 → 低价值偶购 Low-value occasional
 *                                  otherwise   → 一般维持 Steady mid-value
 *   activity < −0.5                value > 0   → 流失风险 At risk
 *                                  otherwise   → 低价值沉睡 Low-value dormant
 *
 * Names are made unique: clusters that fall in the same cell are numbered 1, 2, … in
 * decreasing order of value.
 */
import type { Bilingual } from './segment-actions.js';

export interface CentroidRfm {
  /** z-scores of log1p recency days, frequency and revenue. */
  zRecency: number;
  zFrequency: number;
  zMonetary: number;
}

/** The base (possibly repeated) name of one centroid. */
export function baseClusterName(c: CentroidRfm): Bilingual {
  const activity = -c.zRecency;
  const value = (c.zFrequency + c.zMonetary) / 2;
  if (activity > 0.5) {
    if (value > 0.5) return { zh: '高价值活跃', en: 'High-value active' };
    if (c.zFrequency <= 0) return { zh: '新客', en: 'New' };
    return { zh: '潜力活跃', en: 'Promising active' };
  }
  if (activity >= -0.5) {
    if (value > 0.5) return { zh: '高价值待唤醒', en: 'High-value cooling' };
    if (value < -0.5) return { zh: '低价值偶购', en: 'Low-value occasional' };
    return { zh: '一般维持', en: 'Steady mid-value' };
  }
  if (value > 0) return { zh: '流失风险', en: 'At risk' };
  return { zh: '低价值沉睡', en: 'Low-value dormant' };
}

/** Unique bilingual names for all centroids, in input order. */
export function nameClusters(centroids: readonly CentroidRfm[]): Bilingual[] {
  const base = centroids.map(baseClusterName);
  const names = base.map((b) => ({ ...b }));
  const groups = new Map<string, number[]>();
  base.forEach((b, i) => groups.set(b.en, [...(groups.get(b.en) ?? []), i]));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const value = (i: number): number => centroids[i].zFrequency + centroids[i].zMonetary;
    members.sort((i, j) => value(j) - value(i) || i - j);
    members.forEach((i, rank) => {
      names[i] = { zh: `${base[i].zh} ${rank + 1}`, en: `${base[i].en} ${rank + 1}` };
    });
  }
  return names;
}
