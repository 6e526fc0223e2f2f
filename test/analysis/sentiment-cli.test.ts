/**
 * Review sentiment through the CLI, as a user runs it: on the demo project (its JSON shape,
 * counts checked with plain SQL, the simulated sentiment share recovered, the review file
 * --out writes), and on a reviews export full of the issue's bad input (empty, emoji only,
 * 100k characters, HTML, Traditional characters, other languages, duplicated rows).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { buildDemo } from '../helpers/demo.js';
import type { SentimentAnalysis } from '../../src-main/analysis/results.js';

const { project, truth } = buildDemo();
const demoDir = tempDir('roi-sentiment-');
const demoOut = join(demoDir, 'reviews.csv');
const demo = runJson<Omit<SentimentAnalysis, 'items'>>(['sentiment', '--project', project, '--out', demoOut]);

/** The rows of a CSV the app wrote (BOM, quoted cells, CRLF), read by papaparse. */
function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

function sql<T>(file: string, query: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(query).all() as T[];
  } finally {
    db.close();
  }
}

describe('sentiment on the demo project', () => {
  it('prints the JSON the issue names, with counts that add up', () => {
    const [{ n }] = sql<{ n: number }>(project, 'SELECT count(*) AS n FROM reviews');
    expect(demo.rows).toBe(n);
    expect(demo.reviews + demo.duplicates).toBe(n);
    expect(demo.positive + demo.neutral + demo.negative + demo.unscored).toBe(demo.reviews);
    expect(demo.netSentiment).toBeCloseTo(demo.positiveShare - demo.negativeShare, 3);
    expect(demo.byMonth.reduce((s, m) => s + m.reviews, 0)).toBe(demo.reviews);
    const months = sql<{ m: string; n: number }>(project, 'SELECT substr(date, 1, 7) AS m, count(*) AS n FROM reviews GROUP BY m ORDER BY m');
    expect(demo.byMonth.map((m) => [m.key, m.reviews])).toEqual(months.map((m) => [m.m, m.n]));
    expect(demo.byAspect.map((a) => a.key).sort()).toEqual(['delivery', 'packaging', 'price', 'quality', 'service']);
    expect(demo.topTerms.positive.length).toBeGreaterThan(5);
    expect(demo.topTerms.negative.length).toBeGreaterThan(5);
  });

  it('recovers the simulated share of negative reviews', () => {
    // The demo's ratings decide its reviews' sentiment (src-main/demo/reviews.ts).
    expect(Math.abs(demo.negativeShare - truth.reviews.sentimentShares.negative)).toBeLessThan(0.05);
    expect(demo.languages.zh + demo.languages.en).toBe(demo.reviews);
  });

  it('sorts review sentiment by RFM segment and lists at-risk customers who complained', () => {
    expect(demo.bySegment).not.toBeNull();
    expect(demo.bySegment!.reduce((s, g) => s + g.reviews, 0)).toBeGreaterThan(0.9 * demo.reviews);
    expect(demo.atRiskReviewers.length).toBeGreaterThan(0);
    const lines = parseCsv(readFileSync(demoOut, 'utf8')).slice(1);
    for (const c of demo.atRiskReviewers) {
      expect(['atRisk', 'cantLoseThem']).toContain(c.segment);
      expect(lines.filter((l) => l[12] === c.customerId && l[5] === 'negative').length).toBe(c.negativeReviews);
    }
    const monetary = demo.atRiskReviewers.map((c) => c.monetary);
    expect(monetary).toEqual([...monetary].sort((a, b) => b - a));
  });

  it('keeps the result in the project', () => {
    const [{ n }] = sql<{ n: number }>(project, "SELECT count(*) AS n FROM analyses WHERE kind = 'sentiment'");
    expect(n).toBeGreaterThan(0);
  });

  it('--from/--to read only the reviews of the period and say so', () => {
    const r = runJson<Omit<SentimentAnalysis, 'items'>>(['sentiment', '--project', project, '--from', '2025-03-01', '--to', '2025-03-31']);
    expect(r.byMonth.map((m) => m.key)).toEqual(['2025-03']);
    expect(r.reviews).toBe(demo.byMonth.find((m) => m.key === '2025-03')!.reviews);
    expect(r.notes.some((n) => n.en.includes('2025-03-01'))).toBe(true);
    const bad = runCli(['sentiment', '--project', project, '--from', '2025-13-45']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--from');
    expect(runCli(['sentiment', '--project', project, '--from', '2025-04-01', '--to', '2025-03-01']).code).not.toBe(0);
  });

  it('--aspect adds the user’s words: a new aspect found in the reviews that use them', () => {
    const r = runJson<Omit<SentimentAnalysis, 'items'>>(['sentiment', '--project', project, '--aspect', 'gift=送人,礼盒,gift', '--aspect', 'quality=茶香']);
    const gift = r.byAspect.find((a) => a.key === 'gift');
    const [{ n }] = sql<{ n: number }>(project, "SELECT count(*) AS n FROM reviews WHERE text LIKE '%送人%' OR text LIKE '%礼盒%' OR lower(text) LIKE '%gift%'");
    expect(gift?.reviews).toBeGreaterThan(0.8 * n);
    expect(gift!.reviews).toBeLessThanOrEqual(n);
    expect(r.byAspect.find((a) => a.key === 'quality')!.reviews).toBeGreaterThanOrEqual(demo.byAspect.find((a) => a.key === 'quality')!.reviews);
    expect(runCli(['sentiment', '--project', project, '--aspect', 'nothing']).code).not.toBe(0);
  });

  it('--out writes one line per review with its source row, and never over the project', () => {
    const [header, ...rows] = parseCsv(readFileSync(demoOut, 'utf8'));
    expect(header.slice(0, 7)).toEqual(['dataset', 'row', 'text', 'language', 'score', 'label', 'aspects']);
    expect(rows).toHaveLength(demo.reviews);
    const stored = new Map(sql<{ d: number; row: number; text: string }>(project, 'SELECT dataset_id AS d, row, text FROM reviews').map((r) => [`${r.d}/${r.row}`, r.text]));
    for (const [dataset, row, text, language, score, label] of rows) {
      expect(stored.get(`${dataset}/${row}`)).toBe(text);
      expect(['zh', 'en']).toContain(language);
      expect(Number(score)).toBeGreaterThanOrEqual(-1);
      expect(Number(score)).toBeLessThanOrEqual(1);
      expect(['positive', 'neutral', 'negative']).toContain(label);
    }
    const refused = runCli(['sentiment', '--project', project, '--out', project]);
    expect(refused.code).not.toBe(0);
    expect(sql<{ n: number }>(project, 'SELECT count(*) AS n FROM reviews')[0].n).toBe(demo.rows);
  });
});

describe('sentiment on bad input', () => {
  const dir = tempDir('roi-sentiment-bad-');
  const bad = join(dir, 'bad.roi');
  const long = `${'质量很好，'.repeat(20_000)}`;
  const rows: [string, string][] = [
    ['emoji', '👍👍🎉'],
    ['angry', '😡😡👎'],
    ['punctuation', '！！！。。。'],
    ['long', long],
    ['html', '<p>质量<b>很好</b>，物流&nbsp;很快</p><script>alert("差")</script>'],
    ['traditional', '東西質量不錯，還會再買'],
    ['french', 'Très bon produit, je suis content et je le recommande'],
    ['japanese', 'とても良い商品でした。また買いたいです'],
    ['formula', '=HYPERLINK("http://x","差评") 质量太差了'],
    ['dup', '物流太慢了，包装也破了'],
    ['dup', '物流太慢了，包装也破了'],
    ['blank', '   '],
  ];
  const csv = ['text,date,platform,product', ...rows.map(([product, text]) => `"${text.replace(/"/g, '""')}",2025-05-01,淘宝,${product}`)].join('\n');
  writeFileSync(join(dir, 'reviews.csv'), csv);
  const imported = runCli(['import', join(dir, 'reviews.csv'), '--project', bad, '--as', 'reviews', '--json']);
  const out = join(dir, 'scored.csv');
  const r = runJson<Omit<SentimentAnalysis, 'items'>>(['sentiment', '--project', bad, '--out', out]);
  const lines = parseCsv(readFileSync(out, 'utf8')).slice(1);
  const byProduct = new Map(lines.map((l) => [l[10], l]));

  it('imports the file (a blank text is refused by the import, with its row)', () => {
    expect(imported.code).toBe(0);
    const issues = sql<{ row: number }>(bad, 'SELECT row FROM import_issues');
    expect(issues.map((i) => i.row)).toEqual([rows.length + 1]);
  });

  it('scores what it can read and labels other languages "unknown", not guessed', () => {
    expect(byProduct.get('japanese')?.slice(3, 6)).toEqual(['unknown', '', '']);
    expect(byProduct.get('french')?.slice(3, 6)).toEqual(['unknown', '', '']);
    // Emoji carry feelings of their own: no words, but scored by them.
    expect(byProduct.get('emoji')?.[3]).toBe('none');
    expect(byProduct.get('emoji')?.[5]).toBe('positive');
    expect(byProduct.get('angry')?.[5]).toBe('negative');
    expect(byProduct.get('punctuation')?.slice(3, 6)).toEqual(['none', '', '']);
    expect(byProduct.get('long')?.[5]).toBe('positive');
    expect(byProduct.get('long')?.[2]).toHaveLength(long.length);
    expect(byProduct.get('html')?.[5]).toBe('positive');
    expect(byProduct.get('traditional')?.[5]).toBe('positive');
    expect(byProduct.get('formula')?.[5]).toBe('negative');
    expect(r.unscored).toBe(3);
    expect(r.languages).toMatchObject({ unknown: 2, none: 3 });
    expect(r.notes.map((n) => n.en)).toContain('1 reviews have no words (empty, emoji or punctuation only) and no emoji to read: not scored.');
  });

  it('counts a duplicated review once and says so', () => {
    expect(r.duplicates).toBe(1);
    expect(r.reviews).toBe(rows.length - 2);
    expect(byProduct.get('dup')?.[8]).toBe('2');
    expect(r.notes.map((n) => n.en).join(' ')).toMatch(/1 rows repeat an earlier review/);
    expect(r.notes.map((n) => n.en).join(' ')).toMatch(/1 very long reviews/);
  });

  it('writes a formula-looking review as text', () => {
    expect(byProduct.get('formula')?.[2].startsWith("'=HYPERLINK")).toBe(true);
  });

  it('says what is missing on a project without reviews', () => {
    const empty = join(dir, 'empty.roi');
    writeFileSync(join(dir, 'spend.csv'), 'date,channel,spend\n2025-01-01,百度,100\n');
    expect(runCli(['import', join(dir, 'spend.csv'), '--project', empty]).code).toBe(0);
    const none = runCli(['sentiment', '--project', empty]);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/does not have yet: Reviews\./);
  });
});
