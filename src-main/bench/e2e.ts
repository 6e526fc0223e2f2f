/**
 * End-to-end benchmarks (issue 13): what a user waits for on a large project. Each one
 * makes its file, imports it with `roi-studio import` and runs the analysis with the CLI on
 * the project file — the same jobs the app runs — timing every command from start to exit
 * with its peak memory. The reference, measured in the same run on the same project file,
 * is the sqlite3 CLI doing the aggregation the analysis starts from: the floor of any
 * analysis of that data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { round } from './measure.js';
import { runCli, runSqlite } from './cli-run.js';
import { writeOrdersCsv, writeTouchpointsCsv } from './e2e-data.js';
import type { Benchmark } from './benchmarks.js';
import { dashboardFigures } from './dashboard-e2e.js';
import { rowsViewFigures } from './rows-view-e2e.js';

const CUSTOMERS = 1_000_000;
const JOURNEYS = 1_000_000;

interface Project {
  dir: string;
  project: string;
  /** Lines in the imported file. */
  rows: number;
  importSeconds: number;
  importPeakRssMB: number | null;
}

/**
 * A project holding the orders export, the touchpoints log, or both (a shop that exports
 * its orders and its ad platforms' touches has both in one project); the figures of the
 * import are those of the last file imported.
 */
async function withProject(kinds: 'orders' | 'touchpoints' | 'orders+touchpoints', measure: (p: Project) => Record<string, unknown> | Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'roi-bench-'));
  try {
    const project = join(dir, 'bench.roi');
    let imported = { rows: 0, seconds: 0, peakRssMB: null as number | null };
    for (const kind of kinds.split('+') as ('orders' | 'touchpoints')[]) {
      const csv = join(dir, `${kind}.csv`);
      process.stderr.write(`  writing ${csv}…\n`);
      const rows = kind === 'orders' ? await writeOrdersCsv(csv, CUSTOMERS) : (await writeTouchpointsCsv(csv, JOURNEYS)).rows;
      imported = { rows, ...runCli(['import', csv, '--project', project, '--as', kind, '--json'], dir) };
      rmSync(csv);
    }
    return await measure({ dir, project, rows: imported.rows, importSeconds: imported.seconds, importPeakRssMB: imported.peakRssMB });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The analysis command timed, the sqlite3 reference on the same project, and the import that came before. */
function figures(p: Project, args: string[], referenceSql: string, reference: string, pick: (json: Record<string, unknown>) => Record<string, unknown>) {
  const analysis = runCli([...args, '--project', p.project, '--json'], p.dir);
  const ref = runSqlite(p.project, referenceSql);
  return {
    seconds: analysis.seconds,
    cpuSeconds: analysis.cpuSeconds,
    peakRssMB: analysis.peakRssMB,
    referenceSeconds: ref.seconds,
    ratio: round(analysis.seconds / ref.seconds, 2),
    importSeconds: p.importSeconds,
    importPeakRssMB: p.importPeakRssMB,
    fileRows: p.rows,
    ...pick(JSON.parse(analysis.stdout) as Record<string, unknown>),
    reference,
  };
}

const CUSTOMER_SUMMARY_SQL = (where: string): string =>
  `SELECT count(*) FROM (SELECT customer_id, count(DISTINCT date), min(date), max(date), sum(revenue) FROM orders ${where} GROUP BY customer_id)`;

/**
 * A first report on a project without saved analyses: the PDF runs every analysis its
 * sections need (segments, LTV, cohorts, basket) and saves them; the XLSX that follows
 * reads them back. Timed as the user waits for both files.
 */
function reportFigures(p: Project): Record<string, unknown> {
  const pdf = runCli(['report', '--project', p.project, '--out', join(p.dir, 'report.pdf'), '--json'], p.dir);
  const xlsx = runCli(['report', '--project', p.project, '--out', join(p.dir, 'report.xlsx'), '--json'], p.dir);
  const ref = runSqlite(p.project, CUSTOMER_SUMMARY_SQL(''));
  const seconds = round(pdf.seconds + xlsx.seconds);
  const skipped = (run: { stdout: string }) => (JSON.parse(run.stdout) as { skipped: { section: string }[] }).skipped.map((s) => s.section);
  return {
    seconds,
    pdfSeconds: pdf.seconds,
    xlsxSeconds: xlsx.seconds,
    cpuSeconds: pdf.cpuSeconds === null || xlsx.cpuSeconds === null ? null : round(pdf.cpuSeconds + xlsx.cpuSeconds),
    peakRssMB: pdf.peakRssMB === null || xlsx.peakRssMB === null ? null : Math.max(pdf.peakRssMB, xlsx.peakRssMB),
    referenceSeconds: ref.seconds,
    ratio: round(seconds / ref.seconds, 2),
    importSeconds: p.importSeconds,
    fileRows: p.rows,
    skippedSections: skipped(pdf),
    reference: 'sqlite3 CLI on the same project: per-customer RFM values (GROUP BY customer_id), the first aggregation of the first analysis',
  };
}

export const E2E_BENCHMARKS: Benchmark[] = [
  {
    name: 'ltv-e2e',
    target: 'CLI ltv (calibration + holdout) on 1M customers / ~4.5M order lines: seconds <= 5, peakRssMB <= 1024',
    run: () =>
      withProject('orders', (p) =>
        figures(
          p,
          ['ltv', '--calibration-end', '2025-06-30', '--holdout-end', '2025-12-31'],
          CUSTOMER_SUMMARY_SQL("WHERE date <= '2025-12-31'"),
          'sqlite3 CLI on the same project: per-customer order days, first and last day and revenue (GROUP BY customer_id)',
          (r) => ({ customers: r.customers, repeatCustomers: r.repeatCustomers, bgnbd: r.bgnbd }),
        ),
      ),
  },
  {
    name: 'segments-e2e',
    target: 'CLI segments (RFM + k-means, k by silhouette) on 1M customers / ~4.5M order lines: seconds <= 8, peakRssMB <= 1024',
    run: () =>
      withProject('orders', (p) =>
        figures(p, ['segments'], CUSTOMER_SUMMARY_SQL(''), 'sqlite3 CLI on the same project: per-customer RFM values (GROUP BY customer_id)', (r) => ({
          customers: r.customers,
          k: (r.kmeans as { k: number }).k,
        })),
      ),
  },
  {
    name: 'cohorts-e2e',
    target: 'CLI cohorts on 1M customers / ~4.5M order lines: seconds <= 3',
    run: () =>
      withProject('orders', (p) =>
        figures(
          p,
          ['cohorts'],
          "SELECT count(*) FROM (SELECT customer_id, substr(date, 1, 7), count(*), sum(revenue) FROM orders GROUP BY 1, 2)",
          'sqlite3 CLI on the same project: orders and revenue per customer and month (GROUP BY customer_id, month), the table a cohort matrix is counted from',
          (r) => ({ cohorts: (r.cohorts as unknown[]).length }),
        ),
      ),
  },
  {
    name: 'attribution-e2e',
    target: 'CLI attribution (all seven models) on 1M journeys / ~4M touches: seconds <= 4, peakRssMB <= 1024',
    run: () =>
      withProject('touchpoints', (p) =>
        figures(
          p,
          ['attribution'],
          `SELECT count(*) FROM (SELECT customer_id, group_concat(channel, '>') FROM (SELECT customer_id, channel FROM touchpoints ORDER BY customer_id, timestamp) GROUP BY customer_id)`,
          'sqlite3 CLI on the same project: every customer’s channels in time order (ORDER BY customer_id, timestamp; group_concat)',
          (r) => ({ journeys: r.journeys, conversions: r.conversions, models: Object.keys(r.models as object).length }),
        ),
      ),
  },
  {
    // What the app's Attribution tab runs for a shop with both exports in its project: the
    // touches make the journeys, and the orders value conversions logged without a value
    // and stand in for customers with no conversion event.
    name: 'attribution-with-orders-e2e',
    target: 'CLI attribution (all seven models) on a project holding 1M journeys / ~4M touches and the 1M-customer orders: seconds <= 4, peakRssMB <= 1024 (as attribution-e2e)',
    run: () =>
      withProject('orders+touchpoints', (p) =>
        figures(
          p,
          ['attribution'],
          `SELECT (SELECT count(*) FROM (SELECT customer_id, group_concat(channel, '>') FROM (SELECT customer_id, channel FROM touchpoints ORDER BY customer_id, timestamp) GROUP BY customer_id)), (SELECT count(*) FROM (SELECT customer_id, date, sum(revenue) FROM orders GROUP BY customer_id, date))`,
          'sqlite3 CLI on the same project: every customer’s channels in time order (as attribution-e2e), then the order totals per customer and day the conversions are valued from',
          (r) => ({ journeys: r.journeys, conversions: r.conversions, models: Object.keys(r.models as object).length }),
        ),
      ),
  },
  {
    name: 'funnel-e2e',
    target: 'CLI funnel (impression → click → conversion) on 1M customers / ~4M touches: seconds <= 3',
    run: () =>
      withProject('touchpoints', (p) =>
        figures(
          p,
          ['funnel', '--steps', 'impression,click,conversion'],
          'SELECT count(*) FROM (SELECT customer_id, event, min(timestamp) FROM touchpoints GROUP BY customer_id, event)',
          'sqlite3 CLI on the same project: first time of each event per customer (GROUP BY customer_id, event)',
          (r) => ({ customers: r.customers, steps: (r.steps as { users: number }[]).map((s) => s.users) }),
        ),
      ),
  },
  {
    name: 'report-1m',
    target: 'CLI report, PDF then XLSX, every section the data allows, on 1M customers / ~4.5M order lines (the analyses it needs run inside the first): seconds <= 25 (both files)',
    run: () => withProject('orders', reportFigures),
  },
  {
    name: 'rows-view-e2e',
    target:
      'dataset.rows (the rows view) on ~4.5M order lines: first pages <= 0.5 s; a page deep into a sort (seconds) within 1.5× the sqlite3 CLI sorting the same rows (ratio <= 1.5); every later page of that sort or of a search <= 0.05 s',
    run: () => withProject('orders', rowsViewFigures),
  },
  {
    name: 'dashboard-e2e',
    target: 'dashboard.get and the first page of the orders dataset (the services the app calls) on 1M customers / ~4.5M order lines: seconds <= 0.5 each',
    run: () => withProject('orders', dashboardFigures),
  },
];
