/**
 * The two ways an import writes rows — the batch_rows extension and plain JavaScript
 * INSERTs — must leave identical projects. The file spans several batches and has
 * duplicates inside and across batches, rejected rows, empty cells and Chinese text;
 * the expected counts are worked out here from how the file was written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { batchRowsPath } from '../../src-main/store/batch/native.js';

const dir = tempDir();
const file = join(dir, 'spend.csv');
const ROWS = 30_000; // ~4 batches of 8192
const expected = { rowsRead: ROWS, rowsImported: 0, rowsRejected: 0, duplicatesRemoved: 0 };

beforeAll(() => {
  const lines = ['日期,渠道,广告计划,花费,展示数'];
  const seen = new Set<string>();
  for (let i = 0; i < ROWS; i++) {
    let line: string;
    if (i % 997 === 5) line = `2025-02-30,抖音,c${i},1,1`; // no such day: rejected
    else if (i % 1009 === 7) line = `2025-01-01,,c${i},1,1`; // no channel: rejected
    else if (i % 101 === 3) line = lines[1 + ((i * 7919) % Math.max(1, lines.length - 1))]; // a copy of an earlier line (maybe a rejected one)
    else line = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${['抖音', 'WeChat', '小红书'][i % 3]},${i % 5 === 0 ? '' : `计划${i % 40}`},${(i % 1000) / 4},${i % 7 === 0 ? '' : i}`;
    lines.push(line);
    const rejected = line.includes('-02-30') || line.split(',')[1] === '';
    if (rejected) expected.rowsRejected++;
    else if (seen.has(line)) expected.duplicatesRemoved++;
    else {
      seen.add(line);
      expected.rowsImported++;
    }
  }
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
});

let imports = 0;

function importWith(native: 'on' | 'off'): { dataset: Record<string, unknown>; tables: unknown } {
  const project = join(dir, `${native}-${imports++}.roi`);
  const r = runCli(['import', file, '--project', project, '--json'], { ROI_STUDIO_NATIVE: native });
  expect(r.code, r.stderr).toBe(0);
  const db = new Database(project, { readonly: true });
  try {
    const tables = {
      spend: db.prepare('SELECT * FROM spend ORDER BY row').raw().all(),
      issues: db.prepare('SELECT row, column_name, code, value FROM import_issues ORDER BY row, column_name').raw().all(),
      rejected: db.prepare('SELECT row, cells FROM rejected_rows ORDER BY row').raw().all(),
      quality: JSON.parse((db.prepare('SELECT quality FROM datasets').get() as { quality: string }).quality) as Record<string, unknown>,
    };
    delete tables.quality.seconds;
    const { dataset } = JSON.parse(r.stdout) as { dataset: Record<string, unknown> & { quality?: { seconds?: number } } };
    delete dataset.importedAt; // when and how long: the only things allowed to differ
    delete dataset.quality?.seconds;
    return { dataset, tables };
  } finally {
    db.close();
  }
}

describe('an import across several batches', () => {
  it('stores what the file holds: every row once, bad rows set aside', () => {
    const { dataset, tables } = importWith('off');
    expect(dataset).toMatchObject(expected);
    expect(expected.duplicatesRemoved).toBeGreaterThan(100);
    const t = tables as { spend: unknown[]; rejected: unknown[] };
    expect(t.spend).toHaveLength(expected.rowsImported);
    expect(t.rejected).toHaveLength(expected.rowsRejected);
  });

  it.skipIf(!existsSync(batchRowsPath()))('leaves the very same project whether rows go through batch_rows or JavaScript', () => {
    const native = importWith('on');
    const script = importWith('off');
    expect(native.dataset).toEqual(script.dataset);
    expect(native.tables).toEqual(script.tables);
  });
});
