/**
 * Segments and lifetime value through the CLI on the demo project, checked against the
 * simulation's known truth (BG/NBD and Gamma-Gamma parameters it drew purchases from)
 * and against figures recomputed here from the orders table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { probabilityAlive } from '../../src-main/model/customer/bgnbd-predict.js';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { buildDemo } from '../helpers/demo.js';

const { project, truth } = buildDemo();
const out = tempDir();

interface SegmentsJson {
  asOf: string;
  customers: number;
  rfm: { segments: { name: string; customers: number; revenueShare: number }[]; segmentsZh: { name: string; customers: number }[] };
  kmeans: { k: number; silhouette: number; clusters: { id: number; name: string; size: number; recency: number; frequency: number; monetary: number }[] };
}
interface LtvJson {
  customers: number;
  repeatCustomers: number;
  bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number };
  gammaGamma: { p: number; q: number; gamma: number; logLikelihood: number };
  holdout: { actualTotal: number; predictedTotal: number; mae: number; rmse: number; correlation: number };
  highValueAtRisk: { customerId: string; pAlive: number; clvIfAlive: number }[];
}

describe('segments on the demo project', () => {
  const file = join(out, 'assignments.csv');
  const r = runJson<SegmentsJson>(['segments', '--project', project, '--as-of', '2025-12-31', '--seed', '3', '--out', file]);

  it('scores every customer with an order, and the segments partition them', () => {
    const db = new Database(project, { readonly: true });
    const buyers = (db.prepare('SELECT count(DISTINCT customer_id) AS n FROM orders').get() as { n: number }).n;
    db.close();
    expect(r.asOf).toBe('2025-12-31');
    expect(r.customers).toBe(buyers);
    expect(r.rfm.segments.reduce((s, x) => s + x.customers, 0)).toBe(buyers);
    expect(r.rfm.segmentsZh.reduce((s, x) => s + x.customers, 0)).toBe(buyers);
    expect(r.rfm.segments.reduce((s, x) => s + x.revenueShare, 0)).toBeCloseTo(1, 9);
    expect(r.rfm.segmentsZh.map((s) => s.name)).toHaveLength(8);
  });

  it('fills the one-time cells of the map: recent one-time buyers are New Customers, Promising and Lost are not empty', () => {
    const rows = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/).slice(1).map((line) => line.split(','));
    // customer_id,recency_days,frequency,monetary,r,f,m,segment,…
    const oneTime = rows.filter((c) => c[2] === '1');
    expect(oneTime.length).toBeGreaterThan(0);
    expect(oneTime.every((c) => c[5] === '1')).toBe(true);
    expect(rows.filter((c) => c[2] !== '1').every((c) => Number(c[5]) >= 2)).toBe(true);
    const fmOne = rows.filter((c) => Math.floor((Number(c[5]) + Number(c[6]) + 1) / 2) === 1);
    expect(fmOne.length).toBeGreaterThan(0);
    const recentLowValueOnce = oneTime.filter((c) => c[4] === '5' && c[6] === '1');
    expect(recentLowValueOnce.length).toBeGreaterThan(0);
    expect(recentLowValueOnce.every((c) => c[7] === 'newCustomers')).toBe(true);
    const count = (name: string): number => r.rfm.segments.find((s) => s.name === name)?.customers ?? 0;
    expect(count('newCustomers')).toBe(rows.filter((c) => c[7] === 'newCustomers').length);
    for (const name of ['newCustomers', 'promising', 'lost']) expect(count(name), name).toBeGreaterThan(0);
  });

  it('chooses k by silhouette and profiles clusters in original units', () => {
    expect(r.kmeans.k).toBeGreaterThanOrEqual(2);
    expect(r.kmeans.k).toBeLessThanOrEqual(8);
    expect(r.kmeans.silhouette).toBeGreaterThan(0.2);
    expect(r.kmeans.clusters.reduce((s, c) => s + c.size, 0)).toBe(r.customers);
    expect(new Set(r.kmeans.clusters.map((c) => c.name)).size).toBe(r.kmeans.k);
  });

  it('writes the assignments CSV, one row per customer, agreeing with the cluster sizes', () => {
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('customer_id,recency_days,frequency,monetary,r,f,m,segment,segment_zh,cluster,cluster_name,cluster_name_zh');
    expect(lines).toHaveLength(r.customers + 1);
    const sizes = new Map<string, number>();
    for (const line of lines.slice(1)) {
      const cluster = line.split(',')[9];
      sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1);
    }
    for (const c of r.kmeans.clusters) expect(sizes.get(String(c.id))).toBe(c.size);
  });

  it('writes the Chinese segment label (not its key) and money to the cent (issue 14 finding 6)', () => {
    const rows = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/).slice(1).map((line) => line.split(','));
    const zhLabels = new Set(r.rfm.segmentsZh.map((s) => (s as unknown as { label: { zh: string } }).label.zh));
    for (const c of rows) {
      expect(zhLabels.has(c[8]), c[8]).toBe(true);
      expect(c[3]).toMatch(/^-?\d+(\.\d{1,2})?$/);
    }
  });

  it('is reproducible with the same seed', () => {
    const again = runJson<SegmentsJson>(['segments', '--project', project, '--as-of', '2025-12-31', '--seed', '3']);
    expect(again.kmeans.clusters.map((c) => c.size)).toEqual(r.kmeans.clusters.map((c) => c.size));
  });
});

describe('lifetime value on the demo project', () => {
  const r = runJson<LtvJson>(['ltv', '--project', project, '--calibration-end', '2025-09-30', '--holdout-end', '2025-12-31', '--out', join(out, 'ltv.csv')]);

  it('recovers the purchase process the simulation used', () => {
    const t = truth.bgnbd;
    // ~5k customers with 9 months of history: r and α are well identified, a and b less so.
    expect(r.bgnbd.r / t.r).toBeGreaterThan(0.8);
    expect(r.bgnbd.r / t.r).toBeLessThan(1.25);
    expect(r.bgnbd.alpha / t.alpha).toBeGreaterThan(0.75);
    expect(r.bgnbd.alpha / t.alpha).toBeLessThan(1.33);
    // The mean spend per purchase of the Gamma-Gamma fit, p·γ/(q−1), against the truth's.
    const g = r.gammaGamma;
    const fittedMean = (g.p * g.gamma) / (g.q - 1);
    expect(fittedMean / truth.gammaGamma.meanTransactionValue).toBeGreaterThan(0.9);
    expect(fittedMean / truth.gammaGamma.meanTransactionValue).toBeLessThan(1.1);
  });

  it('predicts the holdout within 10 % in total', () => {
    expect(Math.abs(r.holdout.predictedTotal / r.holdout.actualTotal - 1)).toBeLessThan(0.1);
    expect(r.holdout.correlation).toBeGreaterThan(0.2);
    expect(r.holdout.rmse).toBeGreaterThanOrEqual(r.holdout.mae);
  });

  it('counts holdout purchase days of calibration customers, as defined', () => {
    const db = new Database(project, { readonly: true });
    const actual = (
      db
        .prepare(
          `SELECT count(*) AS n FROM (SELECT DISTINCT customer_id, substr(date, 1, 10) AS day FROM orders
             WHERE substr(date, 1, 10) > '2025-09-30' AND substr(date, 1, 10) <= '2025-12-31'
               AND customer_id IN (SELECT customer_id FROM orders GROUP BY customer_id HAVING min(substr(date, 1, 10)) <= '2025-09-30'))`,
        )
        .get() as { n: number }
    ).n;
    const customers = (db.prepare("SELECT count(DISTINCT customer_id) AS n FROM orders WHERE substr(date, 1, 10) <= '2025-09-30'").get() as { n: number }).n;
    db.close();
    expect(r.holdout.actualTotal).toBe(actual);
    expect(r.customers).toBe(customers);
  });

  it('lists high-value customers at risk: low P(alive), high value at stake', () => {
    expect(r.highValueAtRisk.length).toBeGreaterThan(0);
    for (const c of r.highValueAtRisk) expect(c.pAlive).toBeLessThan(0.5);
  });

  it('does not call a customer at risk who bought again after the calibration end, and counts weeks to the last day of data (issue 14 finding 5)', () => {
    // No holdout: the fit ends on 2025-09-30 but the data runs to December.
    const open = runJson<LtvJson & { dataEnd: string; atRiskBoughtAgain: { customers: number; purchaseDays: number; revenue: number }; highValueAtRisk: { customerId: string; lastPurchase: string; weeksSinceLastPurchase: number }[] }>([
      'ltv',
      '--project',
      project,
      '--calibration-end',
      '2025-09-30',
    ]);
    const db = new Database(project, { readonly: true });
    const dataEnd = (db.prepare('SELECT max(substr(date, 1, 10)) AS d FROM orders').get() as { d: string }).d;
    const last = new Map(
      (db.prepare('SELECT customer_id AS id, max(substr(date, 1, 10)) AS d FROM orders WHERE revenue >= 0 GROUP BY customer_id').all() as { id: string; d: string }[]).map((r) => [r.id, r.d]),
    );
    db.close();
    expect(open.dataEnd).toBe(dataEnd);
    expect(open.atRiskBoughtAgain.customers).toBeGreaterThan(0);
    expect(open.highValueAtRisk.length).toBeGreaterThan(0);
    const days = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
    for (const c of open.highValueAtRisk) {
      expect(last.get(c.customerId)! <= '2025-09-30', c.customerId).toBe(true);
      expect(c.lastPurchase).toBe(last.get(c.customerId));
      expect(c.weeksSinceLastPurchase).toBeCloseTo(days(c.lastPurchase, dataEnd) / 7, 9);
    }
    // P(alive) as of the last day of data: the model's, with the quiet weeks since the calibration end added to T.
    const quiet = days('2025-09-30', dataEnd) / 7;
    const risky = open.highValueAtRisk as unknown as { x: number; tx: number; T: number; pAlive: number; pAliveAtDataEnd: number }[];
    for (const c of risky) {
      expect(c.pAliveAtDataEnd).toBeCloseTo(probabilityAlive(open.bgnbd, c.x, c.tx, c.T + quiet), 12);
      expect(c.pAliveAtDataEnd).toBeLessThan(c.pAlive);
    }
  });

  it('refuses a missing calibration end with a clear message', () => {
    const bad = runCli(['ltv', '--project', project]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--calibration-end is required/);
    expect(runCli(['ltv', '--project', project, '--lang', 'zh-CN']).stderr).toMatch(/缺少 --calibration-end。用法：roi-studio ltv /);
  });
});
