import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from './project.js';
import { insertDataset } from './datasets.js';
import { encodeAspects, encodeDrivers, iterateReviewItems, pageReviewItems, replaceReviewItems, shownText, TEXT_SHOWN } from './review-items.js';
import type { ReviewItem, ReviewItemFilter, ReviewItemSort } from './review-items.js';
import { tempDir } from '../../test/helpers/cli.js';

const LABELS = ['positive', 'neutral', 'negative', null] as const;

/** 1,234 reviews over three months, two products, aspects on some, a few customers. */
const items: ReviewItem[] = Array.from({ length: 1234 }, (_, i) => ({
  dataset: 1,
  row: i + 2,
  text: `${i % 7 === 0 ? 'Delivery was SLOW' : '质量很好'} #${i}`,
  date: i % 50 === 0 ? null : `2025-0${1 + (i % 3)}-1${i % 9}`,
  product: i % 2 === 0 ? 'A' : 'B',
  platform: '淘宝',
  customerId: i % 10 === 0 ? `c${i % 30}` : null,
  rating: null,
  language: 'zh',
  // Many ties (a sort must keep table order within them) and empty scores.
  score: LABELS[i % 4] === null ? null : Math.round(Math.sin(i) * 10) / 10 + 0, // + 0: no -0, which SQLite stores as 0
  label: LABELS[i % 4],
  drivers: [{ term: '很好', contribution: 0.5 }, { term: 'not good', contribution: -0.2512 }],
  aspects: i % 5 === 0 ? [{ aspect: 'delivery', label: i % 2 === 0 ? 'negative' : 'positive' }] : [],
  copies: 1,
  corrected: i === 3,
}));

/** The screen's own reading of a filter (renderer/src/analyses/sentiment/sentiment-filter.svelte.ts), as the reference. */
function matches(item: ReviewItem, f: ReviewItemFilter): boolean {
  if (f.aspect) {
    const a = item.aspects.find((x) => x.aspect === f.aspect);
    if (!a || (f.label && f.label !== 'unscored' && a.label !== f.label)) return false;
  } else if (f.label === 'unscored' ? item.label !== null : f.label && item.label !== f.label) return false;
  if (f.month && !(item.date ?? '').startsWith(f.month)) return false;
  if (f.product && item.product !== f.product) return false;
  if (f.customers && !(item.customerId && f.customers.includes(item.customerId))) return false;
  return !f.query || item.text.toLowerCase().includes(f.query.toLowerCase());
}

describe('the review table pages through every stored review', () => {
  const db = openProject(join(tempDir('roi-review-items-'), 'p.roi'), { create: true });
  // The reviews as imported (the table reads text, date, product… from them) and the run's scores.
  const dataset = insertDataset(db, { kind: 'reviews', file: 'r.csv', sha256: 'r', format: 'csv', encoding: 'UTF-8', sheet: null, mapping: {} });
  const insert = db.prepare('INSERT INTO reviews (dataset_id, row, text, date, rating, platform, customer_id, product) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const i of items) insert.run(dataset, i.row, i.text, i.date, i.rating, i.platform, i.customerId, i.product);
  const stored = (list: ReviewItem[]) => list.map((i) => ({ ...i, dataset, drivers: encodeDrivers(i.drivers, 3, (x) => x), aspects: encodeAspects(i.aspects) }));
  replaceReviewItems(db, stored(items));

  function all(filter: ReviewItemFilter, limit: number, sort: ReviewItemSort | null = null): ReviewItem[] {
    const seen: ReviewItem[] = [];
    let after: number | null = null;
    for (let guard = 0; guard < 10_000; guard++) {
      const page = pageReviewItems(db, filter, after, limit, sort);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items);
      if (page.next === null) break;
      after = page.next;
    }
    return seen;
  }

  it('in table order, each once, however small the page', () => {
    for (const limit of [1, 100, 500]) expect(all({}, limit)).toEqual(items);
    expect(pageReviewItems(db, {}, null, 100)).toMatchObject({ matching: 1234, total: 1234, next: 99 });
  });

  it('with every filter applied as the screen reads it', () => {
    const filters: ReviewItemFilter[] = [
      { label: 'negative' },
      { label: 'unscored' },
      { aspect: 'delivery' },
      { aspect: 'delivery', label: 'negative' },
      { month: '2025-02' },
      { product: 'B', label: 'positive' },
      { query: 'slow' },
      { customers: ['c0', 'c10'] },
      { customers: [] },
    ];
    for (const filter of filters) {
      const expected = items.filter((i) => matches(i, filter));
      expect(all(filter, 100), JSON.stringify(filter)).toEqual(expected);
      expect(pageReviewItems(db, filter, null, 10).matching).toBe(expected.length);
    }
  });

  it('sorted by date, score or label as the other tables sort: empty last either way, ties in table order, each once across pages', () => {
    const rank = { negative: 0, neutral: 1, positive: 2 } as const;
    const keys: Record<ReviewItemSort['column'], (i: ReviewItem) => string | number | null> = {
      date: (i) => i.date,
      score: (i) => i.score,
      label: (i) => (i.label === null ? null : rank[i.label]),
    };
    for (const column of ['date', 'score', 'label'] as const) {
      for (const descending of [false, true]) {
        const key = keys[column];
        // The reference: a stable sort of the table order (Array.prototype.sort is stable).
        const expected = [...items].sort((a, b) => {
          const x = key(a);
          const y = key(b);
          if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
          const order = x < y ? -1 : x > y ? 1 : 0;
          return descending ? -order : order;
        });
        for (const limit of [7, 100]) expect(all({}, limit, { column, descending }), `${column} ${descending} ${limit}`).toEqual(expected);
        const filter: ReviewItemFilter = { product: 'A', month: '2025-02' };
        expect(all(filter, 13, { column, descending })).toEqual(expected.filter((i) => matches(i, filter)));
      }
    }
  });

  it('exports every matching review in the table order with the whole text', () => {
    const sort: ReviewItemSort = { column: 'score', descending: true };
    const exported = [...iterateReviewItems(db, { label: 'positive' }, sort)];
    expect(exported).toEqual(all({ label: 'positive' }, 50, sort));
    expect(exported.length).toBe(items.filter((i) => i.label === 'positive').length);
  });

  it('shows a long text cut at 500 characters, counted as characters', () => {
    const long = `${'😀'.repeat(TEXT_SHOWN)}尾`;
    expect(shownText(long)).toBe(`${'😀'.repeat(TEXT_SHOWN)}…`);
    expect(shownText('短')).toBe('短');
    db.prepare('UPDATE reviews SET text = ? WHERE row = 2').run(long);
    expect(pageReviewItems(db, {}, null, 1).items[0].text).toBe(shownText(long));
    db.prepare('UPDATE reviews SET text = ? WHERE row = 2').run(items[0].text);
  });

  it('a new run replaces the stored reviews; a project without them has none', () => {
    replaceReviewItems(db, stored(items.slice(0, 3)));
    expect(pageReviewItems(db, {}, null, 100)).toMatchObject({ matching: 3, total: 3, next: null });
    const fresh = openProject(join(tempDir('roi-review-items-'), 'q.roi'), { create: true });
    expect(pageReviewItems(fresh, {}, null, 100)).toEqual({ items: [], next: null, matching: 0, total: 0 });
  });
});
