import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openProject } from '../project.js';
import { makeBatchInserter } from './insert.js';
import { BatchView, packBatch } from './layout.js';
import { batchRowsPath, loadBatchRows } from './native.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasCompiler = spawnSync(process.env.CC || 'cc', ['--version']).status === 0;

/** Spend rows with empty cells, Chinese text and one row left out of the keep list. */
function spendBatch(): BatchView {
  const dictionary = ['2025-01-01', '2025-01-02', '抖音', 'WeChat', 'c1'];
  return new BatchView(
    packBatch(Int32Array.from([2, 3, 4, 5]), Int32Array.from([0, 1, 3]), [
      { type: 'text', codes: Int32Array.from([0, 0, 1, 1]), dictionary },
      { type: 'text', codes: Int32Array.from([2, 3, 2, 3]), dictionary },
      { type: 'text', codes: Int32Array.from([4, -1, 4, -1]), dictionary },
      { type: 'real', values: Float64Array.from([10.5, 0, 7, 1e-9]) },
      { type: 'real', values: Float64Array.from([NaN, 3, 4, NaN]) },
    ]),
  );
}

let projects = 0;

function stored(native: boolean): unknown[] {
  const before = process.env.ROI_STUDIO_NATIVE;
  process.env.ROI_STUDIO_NATIVE = native ? 'on' : 'off';
  const db = openProject(join(dir, `p${projects++}.roi`), { create: true });
  try {
    db.exec("INSERT INTO datasets (kind, file_name, sha256, format, encoding, mapping, imported_at, rows_read, rows_imported, rows_rejected, duplicates_removed, quality) VALUES ('spend','f','s','csv','utf-8','{}','now',0,0,0,0,'{}')");
    const id = Number((db.prepare('SELECT max(id) AS id FROM datasets').get() as { id: number }).id);
    const inserter = makeBatchInserter(db, 'spend', id, ['date', 'channel', 'campaign', 'spend', 'impressions']);
    expect(inserter.native).toBe(native);
    inserter.insert(spendBatch());
    return db.prepare('SELECT * FROM spend ORDER BY row').all();
  } finally {
    db.close();
    if (before === undefined) delete process.env.ROI_STUDIO_NATIVE;
    else process.env.ROI_STUDIO_NATIVE = before;
  }
}

describe('batch inserts', () => {
  it('store the kept rows, with NULLs and Unicode, through JavaScript', () => {
    expect(stored(false)).toEqual([
      { dataset_id: 1, row: 2, date: '2025-01-01', channel: '抖音', campaign: 'c1', spend: 10.5, impressions: null, clicks: null, conversions: null, revenue: null, channel_raw: null },
      { dataset_id: 1, row: 3, date: '2025-01-01', channel: 'WeChat', campaign: null, spend: 0, impressions: 3, clicks: null, conversions: null, revenue: null, channel_raw: null },
      { dataset_id: 1, row: 5, date: '2025-01-02', channel: 'WeChat', campaign: null, spend: 1e-9, impressions: null, clicks: null, conversions: null, revenue: null, channel_raw: null },
    ]);
  });

  it.skipIf(!hasCompiler)('are built with the native extension wherever a C compiler is found', () => {
    expect(existsSync(batchRowsPath()), `${batchRowsPath()} (npm run build compiles it)`).toBe(true);
  });

  it.skipIf(!existsSync(batchRowsPath()))('store exactly the same rows through the batch_rows extension', () => {
    expect(stored(true)).toEqual(stored(false));
  });
});

describe.skipIf(!existsSync(batchRowsPath()))('the batch_rows extension', () => {
  const db = new Database(':memory:');
  expect(loadBatchRows(db)).toBe(true);
  const count = (blob: unknown) => db.prepare('SELECT count(*) AS n FROM batch_rows(?)').get(blob) as { n: number };
  const good = Buffer.from(spendBatch().buffer);

  it('reads a batch as rows', () => {
    expect(count(good).n).toBe(3);
    expect(db.prepare('SELECT row, c0, c2, c3, c4 FROM batch_rows(?)').raw().all(good)).toEqual([
      [2, '2025-01-01', 'c1', 10.5, null],
      [3, '2025-01-01', null, 0, 3],
      [5, '2025-01-02', null, 1e-9, null],
    ]);
  });

  it('refuses a malformed batch with an error instead of reading outside it', () => {
    const broken = (edit: (b: Buffer) => void): Buffer => {
      const b = Buffer.from(good);
      edit(b);
      return b;
    };
    const firstCode = 16 + 2 * 16 + 16; // header, row numbers and keep list of 4 rows, column header
    for (const blob of [
      broken((b) => b.writeUInt32LE(0, 0)), // magic
      broken((b) => b.writeUInt32LE(99, 4)), // too many columns
      broken((b) => b.writeUInt32LE(9, 12)), // more kept than rows
      broken((b) => b.writeInt32LE(7, 16 + 16)), // keep index out of range
      broken((b) => b.writeInt32LE(5, firstCode)), // dictionary code out of range
      good.subarray(0, good.length - 9), // truncated
      Buffer.alloc(3),
      'not a blob',
    ]) {
      expect(() => count(blob)).toThrow(/batch_rows: malformed batch/);
    }
  });

  it('cannot be used without its batch', () => {
    expect(() => db.prepare('SELECT count(*) FROM batch_rows').get()).toThrow();
  });
});
