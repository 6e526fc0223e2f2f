/**
 * The review table and its drill-downs reach every review (issue 15): a run on 6,000
 * reviews keeps only the first page in its result, and `sentiment.reviews` pages through
 * all of them from the project (keyset), filtered as the screen filters — the reviews
 * behind a month's figure are all there, not only the latest 5,000 as before.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { testServices } from '../helpers/services.js';
import { runJob } from '../../src-main/jobs/run-job.js';
import type { ReviewItem, ReviewItemFilter, ReviewItemPage } from '../../src-shared/review-items.js';

const { dir, call } = testServices('roi-sentiment-paging-');
const project = join(dir, 'shop.roi');
const REVIEWS = 6000;
const phrases = ['物流很快，质量很好', '包装破损，很失望', '还行吧', 'Great value, love it', 'Arrived broken, disappointed'];
const lines = Array.from({ length: REVIEWS }, (_, i) => `"${phrases[i % phrases.length]} #${i}",2025-${String(1 + (i % 12)).padStart(2, '0')}-15,P${i % 3}`);
writeFileSync(join(dir, 'reviews.csv'), ['text,date,product', ...lines].join('\n'));
const imported = runCli(['import', join(dir, 'reviews.csv'), '--project', project, '--as', 'reviews']);

async function everyPage(filter: ReviewItemFilter): Promise<ReviewItem[]> {
  const items: ReviewItem[] = [];
  let after: number | null = null;
  do {
    const page: ReviewItemPage = await call('sentiment.reviews', { project, filter, after, limit: 500 });
    items.push(...page.items);
    after = page.next;
  } while (after !== null);
  return items;
}

describe('review table paging', () => {
  it('pages through all 6,000 reviews, and a month drill-down finds every review of that month', async () => {
    expect(imported.code).toBe(0);
    const result = await runJob('sentiment', { project, params: {} });
    expect(result.items.length).toBeLessThan(REVIEWS);
    expect(result.itemsStored).toBe(REVIEWS);
    expect(result.notes.some((n) => n.en.includes('latest'))).toBe(false);

    const all = await everyPage({});
    expect(all).toHaveLength(REVIEWS);
    expect(new Set(all.map((i) => i.row)).size).toBe(REVIEWS);
    // Table order: latest first.
    expect(all[0].date).toBe('2025-12-15');
    expect(all[all.length - 1].date).toBe('2025-01-15');
    expect(all.slice(0, result.items.length)).toEqual(result.items);

    const january = result.byMonth.find((m) => m.key === '2025-01')!;
    const negativeJanuary = await everyPage({ month: '2025-01', label: 'negative' });
    expect(negativeJanuary).toHaveLength(january.negative);
    expect((await call('sentiment.reviews', { project, filter: { month: '2025-01' }, after: null, limit: 1 })).matching).toBe(january.reviews);
    const p1 = result.byProduct.find((p) => p.key === 'P1')!;
    expect(await everyPage({ product: 'P1', label: 'positive' })).toHaveLength(p1.positive);
  });
});
