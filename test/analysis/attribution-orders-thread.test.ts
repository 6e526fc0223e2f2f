/**
 * Attribution reads a large project's orders on a second thread while it reads the
 * touches, and matches their customers in the stored bytes (analysis/attribution-inputs.ts).
 * Neither may change a figure: the inputs are the same wherever the orders were read, and
 * the whole analysis equals the one that matches customers by name (the row-by-row read,
 * ROI_STUDIO_NATIVE=off). A job cancelled while the second thread runs ends both threads
 * (each lets go of the project).
 * Needs `npm run build` (the thread runs out/main/attribution-orders-worker.js).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../src-main/store/project.js';
import { insertDataset } from '../../src-main/store/datasets.js';
import { mulberry32 } from '../../src-main/model/random.js';
import { loadAttributionInputs } from '../../src-main/analysis/attribution-inputs.js';
import { runAttribution } from '../../src-main/analysis/attribution.js';
import { runJob } from '../../src-main/jobs/run-job.js';
import { attributionParamsSchema } from '../../src-shared/analyses/attribution.params.js';
import type { JobProgress } from '../../src-shared/jobs.js';
import { tempDir } from '../helpers/cli.js';

/** Above the line count from which the orders are read on a second thread (200k). */
const ORDER_LINES = 300_000;
const TOUCHES = 60_000;
const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

/**
 * Customers in both exports, in one only, and ids a map of texts tells apart (spaces,
 * Chinese); conversions logged without a value (valued from the orders) and with one.
 */
function buildProject({ orders: withOrders = true } = {}): string {
  const file = join(tempDir('roi-attr-thread-'), 'p.roi');
  const db = openProject(file, { create: true });
  const random = mulberry32(17);
  const odd = ['a', ' a', 'a ', '客户1', '客户1 ', '顧客'];
  const dataset = (kind: 'orders' | 'touchpoints') => insertDataset(db, { kind, file: `${kind}.csv`, sha256: kind, format: 'csv', encoding: 'UTF-8', sheet: null, mapping: {} });
  const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  db.transaction(() => {
    const orders = withOrders ? dataset('orders') : 0;
    const o = db.prepare('INSERT INTO orders (dataset_id, row, order_id, customer_id, date, revenue) VALUES (?, ?, ?, ?, ?, ?)');
    for (let row = 0; withOrders && row < ORDER_LINES; row++) {
      const customer = random() < 0.01 ? pick(random, odd) : `C${Math.floor(random() * 90_000)}`;
      o.run(orders, row + 2, `O${row >> 1}`, customer, `${day(Math.floor(random() * 120))}T00:00:00`, Math.round(random() * 20_000) / 100);
    }
    const touches = dataset('touchpoints');
    const t = db.prepare('INSERT INTO touchpoints (dataset_id, row, customer_id, timestamp, channel, event, value) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let row = 0; row < TOUCHES; row++) {
      const customer = random() < 0.02 ? pick(random, odd) : `C${60_000 + Math.floor(random() * 40_000)}`;
      const at = `${day(Math.floor(random() * 120))}T${String(Math.floor(random() * 24)).padStart(2, '0')}:00:00`;
      const converts = random() < 0.15;
      t.run(touches, row + 2, customer, at, pick(random, ['抖音', 'WeChat', 'Baidu', 'Email']), converts ? 'conversion' : pick(random, ['impression', 'click']), converts && random() < 0.5 ? 50 : null);
    }
    // The counts an import records: they tell the analysis how large the read will be.
    db.prepare('UPDATE datasets SET rows_imported = ? WHERE id = ?').run(ORDER_LINES, orders);
    db.prepare('UPDATE datasets SET rows_imported = ? WHERE id = ?').run(TOUCHES, touches);
  })();
  db.close();
  return file;
}

let project: string;
beforeAll(() => {
  expect(existsSync('out/main/attribution-orders-worker.js'), 'run npm run build first').toBe(true);
  project = buildProject();
});

function withDb<T>(fn: (db: Database) => T, file = project): T {
  const db = openProject(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const params = attributionParamsSchema.parse({});

/** The row-by-row read (no native packer): customers as texts, matched by name. */
function withNativeOff<T>(fn: () => T): T {
  process.env.ROI_STUDIO_NATIVE = 'off';
  try {
    return fn();
  } finally {
    delete process.env.ROI_STUDIO_NATIVE;
  }
}

/** Columns by the digest of their bytes (a deep comparison of typed arrays element by element takes seconds). */
const digests = (columns: object) =>
  Object.fromEntries(Object.entries(columns).map(([name, value]) => [name, ArrayBuffer.isView(value) ? createHash('sha256').update(Buffer.from(value.buffer, value.byteOffset, value.byteLength)).digest('hex') : value]));

describe('attribution with the orders read on a second thread', () => {
  const saved = process.env.ROI_STUDIO_NATIVE;
  afterAll(() => {
    if (saved === undefined) delete process.env.ROI_STUDIO_NATIVE;
    else process.env.ROI_STUDIO_NATIVE = saved;
  });

  it('has the inputs it has when the orders are read on this thread', () => {
    withDb((db) => {
      const there = loadAttributionInputs(db, { threadFromLines: 0 });
      const here = loadAttributionInputs(db, { threadFromLines: Infinity });
      expect(digests(there.touches)).toEqual(digests(here.touches));
      expect(digests(there.orders)).toEqual(digests(here.orders));
      // One dictionary for both, and customers on each side only.
      expect(there.orders.customerIds).toBe(there.touches.customerIds);
      expect(there.orders.customerIds.length).toBeGreaterThan(new Set(there.touches.customer).size);
    });
  });

  it('gives the figures of customers matched by name', () => {
    const shared = withDb((db) => runAttribution(db, params));
    const byName = withNativeOff(() => withDb((db) => runAttribution(db, params)));
    expect(shared).toEqual(byName);
    // Conversions took their value from the orders, and customers without events theirs.
    const summary = shared.diagnostics.journeySummary;
    expect(summary?.conversionValuesFromOrders).toBeGreaterThan(100);
    expect(summary?.conversionSource).toBe('mixed');
  });

  it('without orders, tells customers apart by code alone, with the same figures', () => {
    const touchesOnly = buildProject({ orders: false });
    const byCode = withDb((db) => runAttribution(db, params), touchesOnly);
    expect(byCode).toEqual(withNativeOff(() => withDb((db) => runAttribution(db, params), touchesOnly)));
    expect(byCode.diagnostics.journeySummary?.conversionSource).toBe('events');
    expect(withDb((db) => loadAttributionInputs(db).touches.customerIds, touchesOnly)).toMatchObject({ kind: 'shared-customers' });
  });
});

/**
 * Open handles on the project's files (Linux): each thread reading it holds its own
 * connection — the job's (database, WAL and shared memory), then the orders thread's
 * (database and WAL). Other tests' threads in this process hold other files.
 */
const handles = (): number =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(project);
    } catch {
      return false; // closed meanwhile
    }
  }).length;

describe.runIf(existsSync('/proc/self/fd'))('an attribution job with the orders on a second thread', () => {
  it('reports its phase and the result the analysis gives', async () => {
    const progress: JobProgress[] = [];
    const result = await runJob('attribution', { project, params: {}, scenario: true }, { onProgress: (p) => progress.push(p) });
    expect(progress[0]).toEqual({ phase: 'fitting', fraction: null });
    const { analysisId, ...figures } = result;
    expect(analysisId).toBeNull();
    expect(figures).toEqual(withDb((db) => runAttribution(db, params)));
  });

  it('lets go of the project on both of its threads when cancelled while the orders are read', async () => {
    expect(handles()).toBe(0);
    const controller = new AbortController();
    const job = runJob('attribution', { project, params: {}, scenario: true }, { signal: controller.signal });
    let most = 0;
    for (const until = Date.now() + 20_000; most < 5 && Date.now() < until; ) {
      most = Math.max(most, handles());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    controller.abort();
    await expect(job).rejects.toMatchObject({ code: 'error.cancelled' });
    expect(most).toBeGreaterThanOrEqual(5);
    let open = handles();
    for (const until = Date.now() + 20_000; open > 0 && Date.now() < until; open = handles()) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(open).toBe(0);
  });
});
