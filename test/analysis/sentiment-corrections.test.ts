/**
 * Learning from the user (issue 15): label corrections are kept in the project through
 * the services, the next run adapts the model to them, keeps the user's labels, reports
 * cross-validated accuracy before and after, and a reset brings the shipped model back.
 * The shop: a hot-pot restaurant, where "辣" (spicy) is praise the shipped model reads as
 * a complaint.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { testServices } from '../helpers/services.js';
import { runJob } from '../../src-main/jobs/run-job.js';
import type { ReviewItem, ReviewItemPage } from '../../src-shared/review-items.js';

const { dir, call } = testServices('roi-sentiment-corrections-');
const project = join(dir, 'hotpot.roi');

// Praise in a hot-pot shop's words, and a few plain complaints.
const PRAISE = ['够辣', '真辣', '很辣很过瘾', '麻辣够味', '辣得爽', '特别辣', '辣味十足', '超级辣', '辣到流汗', '又麻又辣'];
const DISHES = ['毛肚', '鸭血', '锅底', '牛油锅', '肥牛', '虾滑', '黄喉', '鹅肠', '腰片', '午餐肉', '宽粉', '豆皮'];
const texts: string[] = [];
DISHES.forEach((dish, d) => PRAISE.forEach((p, i) => texts.push(`${dish}${p}${(d + i) % 3 === 0 ? '！' : '，下次再来'}`)));
for (const dish of DISHES) texts.push(`${dish}不新鲜，服务很差`);
const csv = ['text,date', ...texts.map((t, i) => `${t},2025-0${1 + (i % 6)}-1${i % 9}`)].join('\n');
writeFileSync(join(dir, 'reviews.csv'), csv);
const imported = runCli(['import', join(dir, 'reviews.csv'), '--project', project, '--as', 'reviews']);

/** A run's reviews as the review table pages through them (the result itself keeps only the first page). */
async function runReviews(): Promise<{ adaptation: Awaited<ReturnType<typeof runJob<'sentiment'>>>['adaptation']; items: ReviewItem[] }> {
  const { adaptation } = await runJob('sentiment', { project, params: {} });
  const items: ReviewItem[] = [];
  let after: number | null = null;
  do {
    const page: ReviewItemPage = await call('sentiment.reviews', { project, filter: {}, after, limit: 50 });
    items.push(...page.items);
    after = page.next;
  } while (after !== null);
  return { adaptation, items };
}

const praised = (r: { items: { text: string; label: string | null }[] }): number => r.items.filter((i) => i.text.includes('辣') && i.label === 'positive').length;

describe('corrections teach the model the shop’s words', () => {
  it('keeps the corrections in the project, adapts, and says how much it helped', async () => {
    expect(imported.code).toBe(0);
    const before = await runReviews();
    // Every review, not only the first page the result keeps.
    expect(before.items).toHaveLength(texts.length);
    expect(before.adaptation).toMatchObject({ corrections: 0, adapted: false });
    const spicy = texts.filter((t) => t.includes('辣'));
    // The shipped model does not read most of these as praise.
    expect(praised(before)).toBeLessThan(spicy.length * 0.8);

    // The user corrects the first 40 spicy reviews (of 120).
    const corrected = spicy.slice(0, 40);
    for (const text of corrected) await call('sentiment.correct', { project, text, label: 'positive' });
    const db = new Database(project, { readonly: true });
    const kept = db.prepare("SELECT value FROM project_meta WHERE key = 'sentiment_corrections'").pluck().get() as string;
    db.close();
    expect((JSON.parse(kept) as { text: string; label: string }[]).map((c) => [c.text, c.label])).toEqual(corrected.map((t) => [t, 'positive']));

    const after = await runReviews();
    expect(after.adaptation.adapted).toBe(true);
    expect(after.adaptation.check!.accuracyAfter).toBeGreaterThan(after.adaptation.check!.accuracyBefore);
    for (const item of after.items.filter((i) => corrected.includes(i.text))) {
      expect(item.label).toBe('positive');
      expect(item.corrected).toBe(true);
    }
    // The reviews nobody corrected are read as praise too, now; the complaints stay complaints.
    const uncorrected = (r: typeof before) => r.items.filter((i) => i.text.includes('辣') && !corrected.includes(i.text));
    const positive = (r: typeof before) => uncorrected(r).filter((i) => i.label === 'positive').length;
    console.log('uncorrected spicy praise read as positive, before → after:', positive(before), '→', positive(after), 'of', uncorrected(after).length, after.adaptation.check);
    expect(positive(after)).toBeGreaterThanOrEqual(0.85 * uncorrected(after).length);
    expect(positive(after)).toBeGreaterThan(positive(before) + 0.2 * uncorrected(after).length);
    expect(after.items.filter((i) => i.text.includes('不新鲜')).every((i) => i.label === 'negative')).toBe(true);
  });

  it('takes one correction back, and a reset brings the shipped model back', async () => {
    const one = texts.find((t) => t.includes('辣'))!;
    expect((await call('sentiment.correct', { project, text: one, label: null })).corrections).toBe(39);
    expect((await call('sentiment.resetCorrections', { project })).corrections).toBe(0);
    const reset = await runReviews();
    expect(reset.adaptation).toMatchObject({ corrections: 0, adapted: false });
    expect(reset.items.some((i) => i.corrected)).toBe(false);
  });
});
