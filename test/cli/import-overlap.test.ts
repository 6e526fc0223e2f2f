/**
 * Clients export "the last N days" again and again: a second export that overlaps the
 * first must never be counted twice unasked. Spend for Jan 1–20, then the same source's
 * export for Jan 1–25 (the same figures for the shared days, as a re-export has).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { storedOverlaps } from '../../src-main/store/overlaps.js';

const dir = tempDir();
const CAMPAIGNS: readonly (readonly [string, string])[] = [
  ['Google Ads', 'brand'],
  ['Google Ads', 'generic'],
  ['Meta', ''],
];

/** One row per day and campaign, spend a function of both, so every day's sum differs. */
function spendExport(name: string, lastDay: number, restate = 0, channels = CAMPAIGNS): { file: string; total: number } {
  const lines = ['date,channel,campaign,spend'];
  let total = 0;
  for (let day = 1; day <= lastDay; day++) {
    channels.forEach(([channel, campaign], c) => {
      const spend = day * 10 + c + restate;
      total += spend;
      lines.push(`2025-01-${String(day).padStart(2, '0')},${channel},${campaign},${spend}`);
    });
  }
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, total };
}

const first = spendExport('spend-jan-1-20.csv', 20);
const second = spendExport('spend-jan-1-25.csv', 25);
let projects = 0;

function projectWithFirst(): string {
  const project = join(dir, `p${projects++}.roi`);
  runJson(['import', first.file, '--project', project]);
  return project;
}

function storedSpend(project: string): number {
  const db = new Database(project, { readonly: true });
  try {
    return (db.prepare('SELECT total(spend) AS s FROM spend').get() as { s: number }).s;
  } finally {
    db.close();
  }
}

interface Imported {
  dataset: { rowsImported: number; quality: { overlap: { policy: string; rows: number; from: string; to: string; money: number; removed: number } | null } };
}

describe('importing an export that overlaps stored data', () => {
  it('is refused by default, saying what overlaps and how to choose, and leaves the project as it was', () => {
    const project = projectWithFirst();
    const r = runCli(['import', second.file, '--project', project]);
    expect(r.code).not.toBe(0);
    // 20 days × 3 campaigns, Jan 1–20, the money of those rows in the new file
    expect(r.stderr).toContain('60 of its rows');
    expect(r.stderr).toContain('2025-01-01 – 2025-01-20');
    expect(r.stderr).toContain((first.total).toLocaleString('en-US'));
    expect(r.stderr).toContain('--overlap replace');
    expect(storedSpend(project)).toBe(first.total);
    expect(runJson<{ datasets: unknown[] }>(['datasets', '--project', project]).datasets).toHaveLength(1);
  });

  it('replace: the new file replaces the overlapping period, totals equal the new export alone', () => {
    const project = projectWithFirst();
    const out = runJson<Imported>(['import', second.file, '--project', project, '--overlap', 'replace']);
    expect(out.dataset.quality.overlap).toMatchObject({ policy: 'replace', rows: 60, from: '2025-01-01', to: '2025-01-20', money: first.total, removed: 60 });
    expect(storedSpend(project)).toBe(second.total);
    // Every row of the first export was replaced: it leaves the project with this import.
    expect(out.dataset.quality.overlap).toMatchObject({ emptied: [{ id: 1, file: 'spend-jan-1-20.csv' }] });
    expect(runJson<{ datasets: { file: string }[] }>(['datasets', '--project', project]).datasets.map((d) => d.file)).toEqual(['spend-jan-1-25.csv']);
  });

  it('says in its outcome which dataset a replace emptied and removed', () => {
    const project = projectWithFirst();
    const r = runCli(['import', second.file, '--project', project, '--overlap', 'replace']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Removed from the project, every row replaced by this export: spend-jan-1-20.csv (#1)');
  });

  it('new-only: only the rows not stored yet are added, totals equal the new export alone', () => {
    const project = projectWithFirst();
    const out = runJson<Imported>(['import', second.file, '--project', project, '--overlap', 'new-only']);
    expect(out.dataset.rowsImported).toBe(15); // Jan 21–25 × 3
    expect(out.dataset.quality.overlap).toMatchObject({ policy: 'new-only', removed: 60 });
    expect(storedSpend(project)).toBe(second.total);
  });

  it('keep-both: both count (the overlap doubles) and stays flagged', () => {
    const project = projectWithFirst();
    const out = runJson<Imported>(['import', second.file, '--project', project, '--overlap', 'keep-both']);
    expect(out.dataset.quality.overlap).toMatchObject({ policy: 'keep-both', removed: 0 });
    expect(storedSpend(project)).toBe(first.total + second.total);
    const db = new Database(project, { readonly: true });
    expect(storedOverlaps(db)).toEqual([{ kind: 'spend', rows: 120, from: '2025-01-01', to: '2025-01-20', money: 2 * first.total, datasets: [1, 2] }]);
    db.close();
  });

  it('replace takes the restated figures of the new export and leaves other channels alone', () => {
    const project = join(dir, `p${projects++}.roi`);
    const google = spendExport('google-1-20.csv', 20, 0, CAMPAIGNS.slice(0, 2));
    const meta = spendExport('meta-1-20.csv', 20, 0, CAMPAIGNS.slice(2));
    const restated = spendExport('google-1-25-restated.csv', 25, 1, CAMPAIGNS.slice(0, 2));
    runJson(['import', google.file, '--project', project]);
    runJson(['import', meta.file, '--project', project]);
    runJson(['import', restated.file, '--project', project, '--overlap', 'replace']);
    expect(storedSpend(project)).toBe(meta.total + restated.total);
  });

  it('refuses an unknown choice by name', () => {
    const r = runCli(['import', second.file, '--project', join(dir, 'x.roi'), '--overlap', 'merge']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('replace|new-only|keep-both');
  });
});

describe('overlapping orders', () => {
  const orders = (name: string, rows: string[]): string => {
    const file = join(dir, name);
    writeFileSync(file, `order_id,customer_id,date,revenue\n${rows.join('\n')}\n`);
    return file;
  };

  it('are matched by order id, whatever their other values', () => {
    const project = join(dir, `p${projects++}.roi`);
    runJson(['import', orders('o1.csv', ['A1,c1,2025-01-01,10', 'A2,c2,2025-01-02,20']), '--project', project]);
    const out = runJson<Imported>(['import', orders('o2.csv', ['A2,c2,2025-01-02,25', 'A3,c3,2025-01-03,30']), '--project', project, '--overlap', 'replace']);
    expect(out.dataset.quality.overlap).toMatchObject({ rows: 1, money: 25, removed: 1 });
    const db = new Database(project, { readonly: true });
    expect(db.prepare('SELECT order_id, revenue FROM orders ORDER BY order_id').raw().all()).toEqual([
      ['A1', 10],
      ['A2', 25],
      ['A3', 30],
    ]);
    db.close();
  });
});
