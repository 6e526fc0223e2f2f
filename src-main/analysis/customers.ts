/**
 * Customer-value analyses of a project (issue 5): RFM + k-means segments, BG/NBD +
 * Gamma-Gamma lifetime value with holdout validation, and monthly cohorts — from its
 * orders (and numeric customer attributes). Per-customer tables go to CSV files; the
 * project keeps the summaries the dashboard and reports read.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { SEGMENTS_DEFAULTS } from '@shared/analyses/segments.js';
import { needsParam } from '@shared/analyses/index.js';
import type { CohortsParams, LtvParams, SegmentsParams } from '@shared/analyses/index.js';
import { analyzeLifetimeValue, analyzeSegments, computeCohorts, ZH_SEGMENT_INFO } from '../model/customer/index.js';
import type { OrderColumns } from '../model/customer/index.js';
import { toCsv } from '../export/csv.js';
import { checkOutputTarget, writeOutputFile } from '../export/output-file.js';
import { outputGuardOf } from '../export/output-guard.js';
import { hasData } from './load.js';
import { assess, checkNeed } from '../model/reliability.js';
import { readOrderColumns } from '../store/queries/orders.js';
import { loadNumericAttributes } from './customer-attributes.js';
import { fitSpendInThread } from './spend-fit-thread.js';
import type { SegmentsAnalysis } from '@shared/analyses/segments.result.js';
import type { LtvAnalysisResult } from '@shared/analyses/ltv.result.js';
import type { CohortsAnalysis } from '@shared/analyses/cohorts.result.js';

const AT_RISK_KEPT = 200;

/** The orders one run of several analyses shares (see withSharedOrders). */
let shared: { db: Database; orders: OrderColumns | null } | null = null;

/** The project's orders in columns; `orderIds` only for the analyses that count distinct orders. */
export function loadOrders(db: Database, options: { orderIds: boolean } = { orderIds: false }): OrderColumns {
  if (!hasData(db, 'orders')) throw new AppError('error.needsData', { kinds: needsParam(['orders']) });
  if (shared?.db !== db) return readOrderColumns(db, options);
  // Read once with the order ids, which the analyses that do not count orders ignore.
  shared.orders ??= readOrderColumns(db, { orderIds: true });
  return shared.orders;
}

/**
 * Runs `work` with the orders read once for every analysis in it (a report runs segments,
 * LTV and cohorts one after the other: on a million customers each read is a second or
 * more). Only for work that does not change the orders table.
 */
export function withSharedOrders<T>(db: Database, work: () => T): T {
  const outer = shared;
  shared = { db, orders: outer?.db === db ? outer.orders : null };
  try {
    return work();
  } finally {
    shared = outer;
  }
}

const toCents = (x: number): number => Math.round(x * 100) / 100;

export function runSegments(db: Database, params: SegmentsParams, outFile?: string): SegmentsAnalysis {
  if (outFile) checkOutputTarget(outFile, outputGuardOf(db));
  const attributes = params.attributes.length ? loadNumericAttributes(db, params.attributes) : undefined;
  const a = analyzeSegments(loadOrders(db, { orderIds: true }), { asOf: params.asOf, k: params.k, pickFrom: SEGMENTS_DEFAULTS.autoK, seed: params.seed, attributes });
  if (outFile) {
    const clusterName = new Map(a.kmeans.clusters.map((c) => [c.id, c.name]));
    writeOutputFile(
      outFile,
      toCsv([
        ['customer_id', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'segment', 'segment_zh', 'cluster', 'cluster_name', 'cluster_name_zh'],
        ...a.rfm.customers.map((c, i) => {
          const cluster = a.kmeans.assignments[i];
          const name = clusterName.get(cluster);
          // segment: the stable key a CRM filters on; segment_zh: the Chinese 8-class map's label, not its key;
          // money to the cent (sums of float revenue carry noise like 301.90999999999997).
          return [c.customerId, c.recencyDays, c.frequency, toCents(c.monetary), c.r, c.f, c.m, c.segment, ZH_SEGMENT_INFO[c.segmentZh].label.zh, cluster, name?.en ?? '', name?.zh ?? ''];
        }),
      ]),
      outputGuardOf(db),
    );
  }
  return {
    asOf: a.rfm.asOf,
    customers: a.rfm.customers.length,
    totalRevenue: a.rfm.totalRevenue,
    refunds: a.rfm.refunds,
    rfm: {
      segments: a.rfm.segments.map((s) => ({ name: s.segment, ...s })),
      segmentsZh: a.rfm.segmentsZh.map((s) => ({ name: s.segment, ...s })),
      zhRule: a.rfm.zhRule,
      scoreGrid: scoreGrid(a.rfm.customers),
    },
    kmeans: {
      k: a.kmeans.k,
      chosenBy: a.kmeans.chosenBy,
      silhouette: a.kmeans.silhouette,
      bestScoredK: a.kmeans.bestScoredK,
      autoK: SEGMENTS_DEFAULTS.autoK,
      inertia: a.kmeans.inertia,
      kSearch: a.kmeans.kSearch,
      sampleSize: a.kmeans.sampleSize,
      silhouetteSampleSize: a.kmeans.silhouetteSampleSize,
      features: a.kmeans.features,
      clusters: a.kmeans.clusters.map((c) => ({
        id: c.id,
        name: c.name.en,
        label: c.name,
        size: c.size,
        customerShare: c.customerShare,
        revenue: c.revenue,
        revenueShare: c.revenueShare,
        recency: c.meanRecencyDays,
        frequency: c.meanFrequency,
        monetary: c.meanMonetary,
        attributeMeans: c.attributeMeans,
      })),
      /** A sample of customers for the scatter plot (R, F, M and cluster). */
      sample: scatterSample(a.rfm.customers, a.kmeans.assignments, 2000),
    },
    reliability: a.reliability,
    warnings: a.warnings,
    outFile: outFile ?? null,
  };
}

/** Customers per (R score, FM score): the classic RFM heat grid. */
function scoreGrid(customers: readonly { r: number; fm: number }[]): number[][] {
  const grid = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
  for (const c of customers) grid[c.r - 1][c.fm - 1]++;
  return grid;
}

/** Every n-th customer, so the plot shows the shape without shipping a million points. */
function scatterSample(customers: readonly { recencyDays: number; frequency: number; monetary: number }[], clusters: Int32Array, max: number) {
  const step = Math.max(1, Math.ceil(customers.length / max));
  const sample: { recency: number; frequency: number; monetary: number; cluster: number }[] = [];
  for (let i = 0; i < customers.length; i += step) {
    const c = customers[i];
    sample.push({ recency: c.recencyDays, frequency: c.frequency, monetary: c.monetary, cluster: clusters[i] });
  }
  return sample;
}

export function runLtv(db: Database, params: LtvParams, outFile?: string): LtvAnalysisResult {
  if (outFile) checkOutputTarget(outFile, outputGuardOf(db));
  const a = analyzeLifetimeValue(loadOrders(db), { ...params, startSpendFit: fitSpendInThread });
  if (outFile) {
    writeOutputFile(
      outFile,
      toCsv([
        ['customer_id', 'repeat_purchases', 'recency_weeks', 'age_weeks', 'avg_spend', 'p_alive', 'expected_purchases', 'expected_spend', 'clv', 'clv_if_alive', 'holdout_actual', 'holdout_predicted'],
        ...a.values.map((v) => [v.customerId, v.x, v.tx, v.T, v.monetary, v.pAlive, v.expectedPurchases, v.expectedSpend, v.clv, v.clvIfAlive, v.holdoutActual, v.holdoutPredicted]),
      ]),
      outputGuardOf(db),
    );
  }
  const totalClv = a.values.reduce((s, v) => s + v.clv, 0);
  return {
    calibrationEnd: a.calibrationEnd,
    holdoutEnd: a.holdoutEnd,
    dataEnd: a.dataEnd,
    atRiskBoughtAgain: a.atRiskBoughtAgain,
    horizonWeeks: params.horizonWeeks,
    margin: params.margin,
    discountRateMonthly: params.discountRateMonthly,
    customers: a.customers,
    repeatCustomers: a.repeatCustomers,
    bgnbd: a.bgnbd,
    gammaGamma: a.gammaGamma,
    expectedPurchasesNewCustomer: a.expectedPurchasesNewCustomer,
    holdout: a.holdout,
    totals: {
      clv: totalClv,
      expectedPurchases: a.values.reduce((s, v) => s + v.expectedPurchases, 0),
      meanClv: a.values.length ? totalClv / a.values.length : null,
    },
    clvDistribution: quantiles(a.values.map((v) => v.clv)),
    highValueAtRisk: a.highValueAtRisk.slice(0, AT_RISK_KEPT),
    highValueAtRiskCount: a.highValueAtRisk.length,
    flags: a.flags,
    reliability: a.reliability,
    warnings: a.warnings,
    outFile: outFile ?? null,
  };
}

function quantiles(xs: number[]): { p: number; value: number }[] {
  if (xs.length === 0) return [];
  const sorted = Float64Array.from(xs).sort();
  return [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1].map((p) => ({ p, value: sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] }));
}

/** Fewer customers than this per cohort make a month's retention jump by whole points with one buyer. */
const COHORT_CUSTOMERS_THIN_BELOW = 30;

export function runCohorts(db: Database, params: CohortsParams): CohortsAnalysis {
  const result = computeCohorts(loadOrders(db), params);
  const sizes = result.cohorts.map((c) => c.customers);
  return {
    ...result,
    reliability: assess([
      checkNeed('customers', sizes.reduce((a, b) => a + b, 0), 100, 1),
      checkNeed('cohortMonths', result.cohorts.length, 3, 1),
      checkNeed('smallestCohort', sizes.length ? Math.min(...sizes) : 0, COHORT_CUSTOMERS_THIN_BELOW),
    ]),
  };
}
