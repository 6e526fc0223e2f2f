/**
 * Scale (issue 13 item 4): a touchpoints log of 10M rows (~2.3M journeys, ≈ 500 MB of CSV
 * with Chinese channel names) imported with `roi-studio import` and attributed with
 * `roi-studio attribution`, each timed from start to exit with its peak memory. The
 * reference, in the same run: the sqlite3 CLI's `.import` of the very same file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { round } from './measure.js';
import { runCli } from './cli-run.js';
import { writeTouchpointsCsv } from './e2e-data.js';
import type { Benchmark } from './benchmarks.js';

/** 4.28 rows per journey on average (touches and conversions): about 10M rows. */
const JOURNEYS = 2_340_000;

/**
 * What the reference does, against what the import does on top of it (the same work on the
 * table, so the ratio is fair both ways): both write every row in one transaction into a
 * table with no index but its key. The import also types every cell (dates checked, channels
 * respelled and kept as written), finds identical rows, fingerprints the file and counts the
 * quality report; it builds no derived table for touchpoints.
 */
const REFERENCE =
  'sqlite3 CLI .import of the same file into a new table of TEXT columns (no index, as the touchpoints table has none but its key; the import also types, finds duplicates, fingerprints the file and counts the quality report)';

function sqliteImportSeconds(db: string, csv: string): number {
  const t0 = performance.now();
  const r = spawnSync('sqlite3', [db, '.mode csv', `.import ${csv} touchpoints`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sqlite3 CLI failed: ${r.stderr || r.error}`);
  return round((performance.now() - t0) / 1000);
}

export const touchpoints10mBenchmark: Benchmark = {
  name: 'touchpoints-10m-e2e',
  target: '10M-row touchpoints CSV: CLI import ratio <= 1.0 vs sqlite3 .import with importPeakRssMB <= 500; CLI attribution seconds <= 45, peakRssMB <= 2048',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'roi-bench-'));
    try {
      const csv = join(dir, 'touchpoints.csv');
      process.stderr.write(`  writing ${csv}…\n`);
      const { rows } = await writeTouchpointsCsv(csv, JOURNEYS);
      const fileMB = round(statSync(csv).size / 1048576, 1);
      const reference = join(dir, 'reference.db');
      const referenceSeconds = sqliteImportSeconds(reference, csv);
      rmSync(reference);
      const project = join(dir, 'bench.roi');
      const imported = runCli(['import', csv, '--project', project, '--as', 'touchpoints', '--json'], dir);
      rmSync(csv);
      const analysis = runCli(['attribution', '--project', project, '--json'], dir);
      const result = JSON.parse(analysis.stdout) as { journeys: number; conversions: number; models: object };
      return {
        seconds: imported.seconds,
        peakRssMB: imported.peakRssMB,
        referenceSeconds,
        ratio: round(imported.seconds / referenceSeconds, 2),
        importCpuSeconds: imported.cpuSeconds,
        fileRows: rows,
        fileMB,
        attributionSeconds: analysis.seconds,
        attributionPeakRssMB: analysis.peakRssMB,
        attributionCpuSeconds: analysis.cpuSeconds,
        journeys: result.journeys,
        conversions: result.conversions,
        models: Object.keys(result.models).length,
        reference: REFERENCE,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
