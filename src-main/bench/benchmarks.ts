/** The benchmarks `npm run bench` runs, with their targets (from the issues). */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../jobs/run-job.js';
import { resetPeakRss, round, timed } from './measure.js';
import { attributeAll, compileJourneys, generateSyntheticJourneys } from '../model/attribution/index.js';
import type { Journey } from '../model/attribution/index.js';
import { computeRfm, fitBgNbd, fitGammaGamma, segmentCustomersKMeans, simulateBgNbdCustomers, simulateOrderRows } from '../model/customer/index.js';
import type { OrderRow } from '../model/customer/index.js';
import { reportDemoBenchmark } from './report-demo.js';
import { basketBenchmark } from './basket-100k.js';
import { E2E_BENCHMARKS } from './e2e.js';
import { sentimentAccuracyBenchmark, sentimentSpeedBenchmark } from './sentiment.js';
import { mmm3yBenchmark, mmmOptimiseBenchmark } from './mmm.js';
import { CHINESE_IMPORT_BENCHMARKS } from './import-zh.js';
import { xlsxImportBenchmark } from './import-xlsx.js';
import { touchpoints10mBenchmark } from './touchpoints-10m.js';
import { uiFreezeBenchmark } from './ui-freeze.js';

export interface Benchmark {
  name: string;
  /**
   * 'end-to-end': a file imported and analysed as the user does it (a job or the CLI on a
   * project file); 'model-core': the model functions alone on data made in memory — what
   * the maths costs, not what a user waits for.
   */
  scope?: 'end-to-end' | 'model-core';
  target: string;
  run(): Promise<Record<string, unknown>>;
}

const CHANNELS = ['Douyin', 'WeChat', 'Baidu', 'Xiaohongshu', 'Taobao', 'Email', 'Google Ads', 'Meta'];

/** A spend export of `rows` rows: date, channel, campaign, spend, impressions. */
async function writeSpendCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string): Promise<void> => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', () => r())));
  await write('date,channel,campaign,spend,impressions\n');
  let chunk = '';
  const day0 = Date.UTC(2023, 0, 1);
  for (let i = 0; i < rows; i++) {
    const date = new Date(day0 + Math.floor(i / 400) * 86400000).toISOString().slice(0, 10);
    chunk += `${date},${CHANNELS[i % CHANNELS.length]},c${i % 97},${((i * 7919) % 100000) / 100},${(i * 104729) % 50000}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((r) => out.end(() => r()));
}

/** Journeys as `path,converted,value` lines, for the sqlite3 reference. */
async function writeJourneysCsv(file: string, journeys: readonly Journey[]): Promise<void> {
  const out = createWriteStream(file);
  let chunk = 'path,converted,value\n';
  for (const j of journeys) {
    chunk += `${j.channels.join('>')},${j.converted ? 1 : 0},${j.value}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise<void>((r) => out.end(() => r()));
}

/** Order rows as CSV, and the sqlite3 CLI's per-customer summary of them (the data-prep floor of RFM/LTV). */
async function sqliteCustomerSummarySeconds(orders: readonly OrderRow[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'roi-bench-'));
  try {
    const csv = join(dir, 'orders.csv');
    const out = createWriteStream(csv);
    let chunk = 'customer_id,date,revenue\n';
    for (const o of orders) {
      chunk += `${o.customerId},${o.date},${o.revenue}\n`;
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
        chunk = '';
      }
    }
    out.write(chunk);
    await new Promise<void>((r) => out.end(() => r()));
    return sqliteCli(join(dir, 'ref.db'), ['.mode csv', `.import ${csv} o`, 'SELECT count(*) FROM (SELECT customer_id, count(DISTINCT date), min(date), max(date), sum(revenue) FROM o GROUP BY customer_id)']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sqliteCli(db: string, commands: string[]): number {
  const t0 = performance.now();
  const r = spawnSync('sqlite3', [db, ...commands], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sqlite3 CLI failed: ${r.stderr || r.error}`);
  return round((performance.now() - t0) / 1000);
}


export const BENCHMARKS: Benchmark[] = [
  {
    name: 'import-csv-1m',
    target: 'ratio <= 1.0 vs sqlite3 .import, peakRssMB <= 400',
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'roi-bench-'));
      try {
        const csv = join(dir, 'spend-1m.csv');
        await writeSpendCsv(csv, 1_000_000);
        const referenceSeconds = sqliteCli(join(dir, 'reference.db'), ['.mode csv', `.import ${csv} spend`]);
        resetPeakRss(); // the import's memory, not the CSV generation's
        const { seconds, value } = await timed(() => runJob('import', { project: join(dir, 'bench.roi'), file: csv, kind: 'spend' }));
        return { seconds, referenceSeconds, ratio: round(seconds / referenceSeconds, 2), rows: value.dataset.rowsImported, reference: 'sqlite3 CLI .import' };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'import-csv-100mb',
    target: 'memory stays flat: peakRssMB <= 400 for a 100 MB file (cells stream; only the duplicate index grows, 12–24 bytes a row)',
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'roi-bench-'));
      try {
        const csv = join(dir, 'spend-100mb.csv');
        await writeSpendCsv(csv, 3_000_000);
        const { size } = statSync(csv);
        const referenceSeconds = sqliteCli(join(dir, 'reference.db'), ['.mode csv', `.import ${csv} spend`]);
        resetPeakRss();
        const { seconds, value } = await timed(() => runJob('import', { project: join(dir, 'bench.roi'), file: csv, kind: 'spend' }));
        return { seconds, referenceSeconds, ratio: round(seconds / referenceSeconds, 2), rows: value.dataset.rowsImported, fileMB: round(size / 1048576, 1), reference: 'sqlite3 CLI .import' };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'attribution-1m',
    scope: 'model-core',
    target: 'all seven models on 1M journeys (~4M touchpoints, 12 channels): seconds <= 3, peakRssMB <= 1024',
    async run() {
      const journeys = generateSyntheticJourneys(1_000_000, 42);
      const touchpoints = journeys.reduce((n, j) => n + j.channels.length, 0);
      const { seconds, value } = await timed(() => attributeAll(compileJourneys(journeys)));
      const dir = mkdtempSync(join(tmpdir(), 'roi-bench-'));
      try {
        const csv = join(dir, 'journeys.csv');
        await writeJourneysCsv(csv, journeys);
        // Reference: the sqlite3 CLI loading the same journeys and merely grouping them by path.
        const referenceSeconds = sqliteCli(join(dir, 'ref.db'), ['.mode csv', `.import ${csv} j`, 'SELECT count(*) FROM (SELECT path, count(*), sum(value) FROM j GROUP BY path)']);
        return {
          seconds,
          referenceSeconds,
          ratio: round(seconds / referenceSeconds, 2),
          journeys: journeys.length,
          touchpoints,
          channels: value.channels.length,
          models: Object.keys(value.credits).length,
          reference: 'sqlite3 CLI .import + GROUP BY path',
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'ltv-1m',
    scope: 'model-core',
    target: 'BG/NBD + Gamma-Gamma fitted on 1M customers: seconds <= 5',
    async run() {
      const customers = simulateBgNbdCustomers(1_000_000, { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 42, { calibrationDays: 364 });
      const { seconds, value } = await timed(() => ({ bg: fitBgNbd(customers), gg: fitGammaGamma(customers) }));
      const orders = simulateOrderRows(300_000, { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 42, { calibrationDays: 364 });
      const referenceSeconds = await sqliteCustomerSummarySeconds(orders);
      return {
        seconds,
        referenceSeconds,
        ratio: round(seconds / referenceSeconds, 2),
        customers: customers.length,
        repeatCustomers: value.gg.customers,
        params: { ...value.bg.params, p: value.gg.params.p, q: value.gg.params.q, gamma: value.gg.params.gamma },
        reference: `sqlite3 CLI .import + per-customer GROUP BY of ${orders.length} order rows (the summary the fit starts from)`,
      };
    },
  },
  {
    name: 'segments-1m',
    scope: 'model-core',
    target: 'RFM + k-means (k auto by silhouette) on 1M customers: seconds <= 15',
    async run() {
      const orders = simulateOrderRows(1_000_000, { r: 0.5, alpha: 4, a: 0.8, b: 2.5 }, 7, { calibrationDays: 730, acquisitionDays: 700 });
      const { seconds, value } = await timed(() => {
        const rfm = computeRfm(orders, { asOf: '2025-12-31' });
        return { rfm, kmeans: segmentCustomersKMeans(rfm.customers, { seed: 1 }) };
      });
      const referenceSeconds = await sqliteCustomerSummarySeconds(orders);
      return {
        seconds,
        referenceSeconds,
        ratio: round(seconds / referenceSeconds, 2),
        orderRows: orders.length,
        customers: value.rfm.customers.length,
        k: value.kmeans.k,
        silhouette: round(value.kmeans.silhouette, 3),
        reference: 'sqlite3 CLI .import + per-customer GROUP BY of the same order rows (RFM values only, no scores or clustering)',
      };
    },
  },
  reportDemoBenchmark,
  basketBenchmark,
  ...CHINESE_IMPORT_BENCHMARKS,
  xlsxImportBenchmark,
  ...E2E_BENCHMARKS,
  touchpoints10mBenchmark,
  uiFreezeBenchmark,
  sentimentSpeedBenchmark,
  sentimentAccuracyBenchmark,
  mmm3yBenchmark,
  mmmOptimiseBenchmark,
];
