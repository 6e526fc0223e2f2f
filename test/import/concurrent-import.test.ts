/**
 * The same file imported twice at the same moment lands once (issue 10, item 4: the sha256
 * check ran outside the write transaction, and both imports stored it). Two processes, as
 * two windows or a window and the CLI would be.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startCli, tempDir } from '../helpers/cli.js';
import { longSuite } from '../helpers/fuzz-runs.js';

/** The race is lost or won at random: a few trials here, more in the robustness suite. */
const TRIALS = longSuite ? 10 : 2;

const dir = tempDir('roi-concurrent-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spend = join(dir, 'spend.csv');
writeFileSync(spend, `date,channel,spend\n${Array.from({ length: 3000 }, (_, i) => `2025-01-${String(1 + (i % 28)).padStart(2, '0')},ch${i % 7},${i}`).join('\n')}\n`);
const other = join(dir, 'customers.csv');
writeFileSync(other, 'customer_id,age\nc1,30\n');

function importNow(project: string): Promise<{ code: number | null; stderr: string }> {
  const child = startCli(['import', spend, '--project', project]);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

function datasets(project: string): { n: number; rows: number } {
  const db = new Database(project, { readonly: true });
  try {
    return db.prepare('SELECT count(*) AS n, (SELECT count(*) FROM spend) AS rows FROM datasets').get() as { n: number; rows: number };
  } finally {
    db.close();
  }
}

describe('two imports of the same file at the same moment', () => {
  for (const fresh of [true, false]) {
    it(`store it once, the other refused as a duplicate (${fresh ? 'new' : 'existing'} project)`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const project = join(dir, `p-${fresh}-${trial}.roi`);
        if (!fresh) expect((await importCli(other, project)).code).toBe(0);
        const results = await Promise.all([importNow(project), importNow(project)]);
        const codes = results.map((r) => r.code).sort();
        expect(codes, results.map((r) => r.stderr).join('\n')).toEqual([0, 1]);
        expect(results.find((r) => r.code === 1)!.stderr).toMatch(/spend\.csv was already imported into this project/);
        expect(datasets(project)).toEqual({ n: fresh ? 1 : 2, rows: 3000 });
      }
    }, 60_000);
  }
});

function importCli(file: string, project: string): Promise<{ code: number | null }> {
  const child = startCli(['import', file, '--project', project]);
  child.stdout.resume();
  child.stderr.resume();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code })));
}
