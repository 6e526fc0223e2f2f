/**
 * Basket analysis through the CLI on the demo project: every rule it reports is checked
 * against counts taken independently with plain SQL on the project's orders table, and
 * the pair rules SQL finds are exactly the ones the CLI finds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { translate } from '@shared/i18n/index.js';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { buildDemo } from '../helpers/demo.js';
import type { BasketRule } from '../../src-main/analysis/basket.js';

const { project } = buildDemo();

interface BasketJson {
  transactions: number;
  items: number;
  frequentItemsets: number;
  ruleCount: number;
  rules: BasketRule[];
  verdict: string;
  capped: { en: string } | null;
  notes: { en: string; zh: string }[];
}

const THRESHOLDS = { support: 0.01, confidence: 0.2, lift: 1 };
const pairs = runJson<BasketJson>(['basket', '--project', project, '--max-length', '2', '--min-support', String(THRESHOLDS.support), '--min-confidence', String(THRESHOLDS.confidence), '--min-lift', String(THRESHOLDS.lift)]);

/** Pair rules computed with SQL alone: baskets = orders (the demo has order ids on every line). */
function sqlPairRules(db: Database.Database) {
  db.exec(`CREATE TEMP TABLE lines AS SELECT DISTINCT order_id AS o, product AS p FROM orders WHERE order_id IS NOT NULL AND product IS NOT NULL`);
  const n = (db.prepare('SELECT COUNT(DISTINCT o) AS n FROM lines').get() as { n: number }).n;
  const rows = db
    .prepare(
      `WITH single AS (SELECT p, COUNT(*) AS c FROM lines GROUP BY p),
            pair AS (SELECT a.p AS x, b.p AS y, COUNT(*) AS c FROM lines a JOIN lines b ON a.o = b.o AND a.p <> b.p GROUP BY a.p, b.p)
       SELECT pair.x, pair.y, pair.c AS count, sx.c AS cx, sy.c AS cy FROM pair JOIN single sx ON sx.p = pair.x JOIN single sy ON sy.p = pair.y`,
    )
    .all() as { x: string; y: string; count: number; cx: number; cy: number }[];
  return {
    n,
    rules: rows
      .map((r) => ({ ...r, support: r.count / n, confidence: r.count / r.cx, lift: (r.count * n) / (r.cx * r.cy) }))
      .filter((r) => r.support >= THRESHOLDS.support && r.confidence >= THRESHOLDS.confidence && r.lift >= THRESHOLDS.lift),
  };
}

describe('basket analysis on the demo project', () => {
  const db = new Database(project, { readonly: true });
  const sql = sqlPairRules(db);

  it('counts the baskets and products the orders table holds', () => {
    expect(pairs.verdict).toBe('ok');
    expect(pairs.transactions).toBe(sql.n);
    expect(pairs.items).toBe((db.prepare('SELECT COUNT(DISTINCT product) AS n FROM orders').get() as { n: number }).n);
    expect(pairs.capped).toBeNull();
  });

  it('finds exactly the pair rules plain SQL finds, with the same support, confidence and lift', () => {
    expect(sql.rules.length).toBeGreaterThan(3);
    expect(pairs.ruleCount).toBe(sql.rules.length);
    const key = (a: string, c: string): string => `${a} → ${c}`;
    const expected = new Map(sql.rules.map((r) => [key(r.x, r.y), r]));
    for (const rule of pairs.rules) {
      const r = expected.get(key(rule.antecedent[0], rule.consequent[0]));
      expect(r, key(rule.antecedent[0], rule.consequent[0])).toBeDefined();
      expect(rule.count).toBe(r!.count);
      expect(rule.support).toBeCloseTo(r!.support, 5);
      expect(rule.confidence).toBeCloseTo(r!.confidence, 5);
      expect(rule.lift).toBeCloseTo(r!.lift, 5);
    }
  });

  it('gives each rule the revenue of the orders holding both sides', () => {
    const top = pairs.rules[0];
    const revenue = db
      .prepare(
        `SELECT SUM(revenue) AS r FROM orders WHERE order_id IN (
           SELECT order_id FROM orders WHERE product = ? INTERSECT SELECT order_id FROM orders WHERE product = ?)`,
      )
      .get(top.antecedent[0], top.consequent[0]) as { r: number };
    expect(top.revenue).toBeCloseTo(revenue.r, 1);
  });

  it('orders rules by lift and keeps 3-item rules within their thresholds', () => {
    const full = runJson<BasketJson>(['basket', '--project', project, '--min-support', '0.005', '--max-length', '3']);
    expect(full.rules.some((r) => r.antecedent.length + r.consequent.length === 3)).toBe(true);
    for (let i = 1; i < full.rules.length; i++) expect(full.rules[i - 1].lift).toBeGreaterThanOrEqual(full.rules[i].lift);
    for (const r of full.rules) {
      expect(r.support).toBeGreaterThanOrEqual(0.005);
      expect(r.confidence).toBeGreaterThanOrEqual(0.2);
    }
  });

  it('prints rules and bundle suggestions in plain words, in English and Chinese', () => {
    const top = pairs.rules[0];
    const en = runCli(['basket', '--project', project, '--max-length', '2']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(`Customers who buy ${top.antecedent[0]} also buy ${top.consequent[0]}: ${top.count} baskets, lift ${top.lift.toFixed(2)}`);
    const zh = runCli(['basket', '--project', project, '--max-length', '2', '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    // The screens' sentence, spaced as Chinese typesetting spaces each product's name.
    expect(zh.stdout).toContain(translate('zh-CN', 'ui.models.basket.bundle', { a: top.antecedent[0], b: top.consequent[0], n: top.count, lift: top.lift.toFixed(2) }));
  });

  it('mines only the orders of one RFM segment with --segment', () => {
    const dir = tempDir('roi-basket-');
    const csv = join(dir, 'segments.csv');
    runJson(['segments', '--project', project, '--out', csv]);
    const champions = readFileSync(csv, 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(','))
      .filter((cells) => cells[7] === 'champions')
      .map((cells) => cells[0]);
    expect(champions.length).toBeGreaterThan(10);
    const r = runJson<BasketJson>(['basket', '--project', project, '--segment', 'champions']);
    const placeholders = champions.map(() => '?').join(',');
    const orders = db.prepare(`SELECT COUNT(DISTINCT order_id) AS n FROM orders WHERE product IS NOT NULL AND customer_id IN (${placeholders})`).get(...champions) as { n: number };
    expect(r.transactions).toBe(orders.n);
    // The note names the segment as people do, in each language.
    expect(r.notes.some((n) => n.en.includes(`${champions.length} customers in the RFM segment "Champions"`))).toBe(true);
    expect(r.notes.some((n) => n.zh.includes(`RFM 分群「冠军客户」的 ${champions.length} 位客户`))).toBe(true);
    // The segment's Chinese name selects the same baskets as its id.
    expect(runJson<BasketJson>(['basket', '--project', project, '--segment', '冠军客户']).transactions).toBe(r.transactions);
    const unknown = runCli(['basket', '--project', project, '--segment', 'nobody']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('nobody');
  }, 60_000);
});

describe('basket analysis on thin or id-less orders', () => {
  function projectWith(csv: string): string {
    const dir = tempDir('roi-basket-');
    const file = join(dir, 'orders.csv');
    writeFileSync(file, csv);
    const project = join(dir, 'p.roi');
    const r = runCli(['import', file, '--project', project, '--as', 'orders']);
    if (r.code !== 0) throw new Error(r.stderr);
    return project;
  }

  it('makes one basket per customer per day when orders have no id, and says so', () => {
    const lines = ['customer_id,date,revenue,product'];
    // 40 customers on two days each: tea+cup on day one, tea alone on day two.
    for (let c = 0; c < 40; c++) lines.push(`c${c},2025-03-01 10:00,10,tea`, `c${c},2025-03-01 18:00,5,cup`, `c${c},2025-03-02 09:00,10,tea`);
    const r = runJson<BasketJson>(['basket', '--project', projectWith(lines.join('\n') + '\n'), '--min-confidence', '0.9']);
    expect(r.transactions).toBe(80);
    expect(r.notes.some((n) => n.en.includes('80 baskets come from lines without an order id: one basket per customer per day'))).toBe(true);
    expect(r.rules).toEqual([expect.objectContaining({ antecedent: ['cup'], consequent: ['tea'], count: 40, confidence: 1, support: 0.5, revenue: 600 })]);
  });

  it('reads the same baskets with the native column reader and without: order ids or customer-days, a product named twice counted once, lines without a product left out', () => {
    const lines = ['order_id,customer_id,date,revenue,product'];
    for (let c = 0; c < 40; c++) {
      // One order (tea twice, a cup, a line naming no product), then a day with no order id: jam and tea.
      lines.push(`O${c},c${c},2025-03-01,10,tea`, `O${c},c${c},2025-03-01,5,cup`, `O${c},c${c},2025-03-01,12,tea`, `O${c},c${c},2025-03-01,1,`);
      lines.push(`,c${c},2025-03-02,3,jam`, `,c${c},2025-03-02,4,tea`);
    }
    const project = projectWith(lines.join('\n') + '\n');
    const args = ['basket', '--project', project, '--min-confidence', '0.9', '--json'];
    const native = JSON.parse(runCli(args).stdout) as BasketJson & { analysisId: number };
    const plain = runCli(args, { ROI_STUDIO_NATIVE: 'off' });
    expect(plain.code).toBe(0);
    const rowByRow = JSON.parse(plain.stdout) as BasketJson & { analysisId: number };
    expect({ ...rowByRow, analysisId: 0 }).toEqual({ ...native, analysisId: 0 });
    expect(native.transactions).toBe(80);
    expect(native.items).toBe(3);
    expect(native.notes.map((n) => n.en)).toEqual(['40 baskets come from lines without an order id: one basket per customer per day.', '40 order lines name no product and are not counted.']);
    // cup → tea in every order (each order’s revenue 28, the line without a product included); jam → tea on every id-less day (7).
    expect(native.rules).toEqual([
      expect.objectContaining({ antecedent: ['cup'], consequent: ['tea'], count: 40, confidence: 1, revenue: 40 * 28 }),
      expect.objectContaining({ antecedent: ['jam'], consequent: ['tea'], count: 40, confidence: 1, revenue: 40 * 7 }),
    ]);
  });

  it('says in plain words when there are too few baskets, or nothing bought together', () => {
    const few = runJson<BasketJson>(['basket', '--project', projectWith('order_id,customer_id,date,revenue,product\n1,a,2025-01-01,5,tea\n1,a,2025-01-01,5,cup\n')]);
    expect(few.verdict).toBe('tooFewBaskets');
    expect(few.rules).toEqual([]);
    const singles = ['order_id,customer_id,date,revenue,product', ...Array.from({ length: 50 }, (_, i) => `${i},c${i},2025-01-01,5,p${i % 3}`)];
    const r = runCli(['basket', '--project', projectWith(singles.join('\n') + '\n')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Every basket holds a single product');
    const noProduct = runJson<BasketJson>(['basket', '--project', projectWith('order_id,customer_id,date,revenue\n1,a,2025-01-01,5\n')]);
    expect(noProduct.verdict).toBe('noProducts');
  });
});
