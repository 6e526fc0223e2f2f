/**
 * Identical rows are a choice, not a loss: paths keep them always (an aggregated export
 * repeats rows legitimately), the other kinds keep or drop them as the user says, and the
 * quality report says how many there were, which rows, and what was done.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';

const dir = tempDir();
let n = 0;

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

interface Imported {
  dataset: { rowsImported: number; duplicatesRemoved: number; quality: { duplicates: { policy: string; count: number; sample: { row: number; sameAs: number }[] } } };
}

const importJson = (file: string, ...flags: string[]): Imported['dataset'] =>
  runJson<Imported>(['import', file, '--project', join(dir, `p${n++}.roi`), ...flags]).dataset;

function sum(project: string, sql: string): number {
  const db = new Database(project, { readonly: true });
  try {
    return (db.prepare(sql).get() as { s: number }).s;
  } finally {
    db.close();
  }
}

describe('identical rows', () => {
  // Rows 3 and 5 repeat row 2: three groups of journeys with the same path and counts.
  const paths = write('paths.csv', 'path,conversions,nulls\nsearch > social,2,5\nsearch > social,2,5\nsocial,1,3\nsearch > social,2,5\n');

  it('paths keep them always, even when asked to drop, and say so', () => {
    for (const flags of [[], ['--duplicates', 'drop']]) {
      const d = importJson(paths, ...flags);
      expect(d.rowsImported).toBe(4);
      expect(d.duplicatesRemoved).toBe(0);
      expect(d.quality.duplicates).toEqual({ policy: 'keep', count: 2, sample: [{ row: 3, sameAs: 2 }, { row: 5, sameAs: 2 }] });
    }
  });

  const orders = write('orders-no-id.csv', 'customer_id,date,revenue,product\nc1,2025-01-05,30,tea\nc1,2025-01-05,30,tea\nc2,2025-01-06,12,cup\n');

  it("an id-less orders export keeps a customer's second identical purchase by default", () => {
    const project = join(dir, `p${n++}.roi`);
    const d = runJson<Imported>(['import', orders, '--project', project]).dataset;
    expect(d.quality.duplicates).toMatchObject({ policy: 'keep', count: 1, sample: [{ row: 3, sameAs: 2 }] });
    expect(sum(project, 'SELECT total(revenue) AS s FROM orders')).toBe(72);
  });

  it('drops them when the user chooses drop, counted as removed', () => {
    const project = join(dir, `p${n++}.roi`);
    const d = runJson<Imported>(['import', orders, '--project', project, '--duplicates', 'drop']).dataset;
    expect(d.quality.duplicates).toMatchObject({ policy: 'drop', count: 1 });
    expect(d.duplicatesRemoved).toBe(1);
    expect(sum(project, 'SELECT total(revenue) AS s FROM orders')).toBe(42);
  });

  const spend = write('spend-doubled.csv', 'date,channel,spend\n2025-01-01,Meta,10\n2025-01-01,Meta,10\n2025-01-02,Meta,11\n');

  it('spend drops them by default and keeps them when asked', () => {
    expect(importJson(spend)).toMatchObject({ rowsImported: 2, duplicatesRemoved: 1, quality: { duplicates: { policy: 'drop', count: 1 } } });
    expect(importJson(spend, '--duplicates', 'keep')).toMatchObject({ rowsImported: 3, duplicatesRemoved: 0, quality: { duplicates: { policy: 'keep', count: 1 } } });
  });

  it('the CLI says how many and which rows', () => {
    const r = runCli(['import', orders, '--project', join(dir, `p${n++}.roi`)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Identical rows kept\s+1/);
    expect(r.stdout).toContain('3 = 2');
  });
});
