import { describe, expect, it } from 'vitest';
import { adaptationDelta, applyAdaptation, crossValidateAdaptation } from './adapt.js';
import type { Correction } from './adapt.js';
import { mulberry32 } from '../random.js';
import { scoreReview } from './score.js';
import { tinyModel } from './test-model.js';

// A hot-pot shop: its customers praise 辣 (spicy), which the base model reads as bad.
function hotPotCorrections(n: number, seed: number): Correction[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const praise = ['锅底 很 辣', '真 辣 过瘾', '够 辣', '麻 辣 鲜香', '辣 得 舒服'];
  const complaints = ['上菜 慢', '服务 差', '太 贵 了', '等 了 很久 差'];
  return Array.from({ length: n }, (_, i) =>
    i % 3 === 2 ? { text: `${pick(complaints)}，${pick(['下次不来', '失望'])}`, label: 'negative' as const } : { text: `${pick(praise)}，${pick(['还会来', '推荐', '朋友聚餐'])}`, label: 'positive' as const },
  );
}

describe('learning from corrections', () => {
  const base = tinyModel();

  it('moves a domain word toward the user\'s reading and keeps the rest', () => {
    const delta = adaptationDelta(base, hotPotCorrections(150, 1));
    const adapted = applyAdaptation(base, delta);
    expect(base.weights['u:辣']).toBeLessThan(0);
    expect(adapted.weights['u:辣']).toBeGreaterThan(0);
    expect(scoreReview('很 辣', base).label).toBe('negative');
    expect(scoreReview('很 辣', adapted).label).toBe('positive');
    expect(adapted.weights['u:差']).toBeLessThan(0);
  });

  it('does not learn opinion-free words ("a week", 一周)', () => {
    const corrections: Correction[] = [
      ...['Arrived after a week, awful', 'Took a week, awful', 'A week late and awful'].map((text) => ({ text, label: 'negative' as const })),
      ...['等了一周 差', '一周 才到 差', '差 等 一周'].map((text) => ({ text, label: 'negative' as const })),
    ];
    const delta = adaptationDelta(base, corrections);
    const learned = Object.keys(delta);
    expect(learned.filter((f) => /week|一周|\ba\b|u:after/.test(f))).toEqual([]);
    // What the corrections do say moves: "awful" and 差 are complaints in all of them.
    expect(learned).toContain('u:awful');
    expect(delta['u:差']).toBeLessThan(0);
    const adapted = applyAdaptation(base, delta);
    expect(scoreReview('My skin feels hydrated after a week', adapted).score).toBe(0);
  });

  it('resets: no corrections, no change', () => {
    expect(adaptationDelta(base, [])).toEqual({});
    expect(applyAdaptation(base, {}).weights).toEqual(base.weights);
  });

  it('raises cross-validated accuracy on the corrected reviews', () => {
    const check = crossValidateAdaptation(base, hotPotCorrections(150, 2), 5);
    expect(check.folds).toBe(5);
    expect(check.corrections).toBe(150);
    expect(check.accuracyBefore).toBeLessThan(0.6);
    expect(check.accuracyAfter).toBeGreaterThan(0.9);
  });
});
