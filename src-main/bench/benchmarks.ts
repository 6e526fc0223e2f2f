/** The benchmarks `npm run bench` runs, with their targets (from the issues). */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../jobs/run-job.js';
import { round, timed } from './measure.js';
import { attributeAll, compileJourneys, generateSyntheticJourneys } from '../model/attribution/index.js';
import type { Journey } from '../model/attribution/index.js';

export interface Benchmark {
  name: string;
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
        const { seconds, value } = await timed(() => runJob('import', { project: join(dir, 'bench.roi'), file: csv, kind: 'spend' }));
        return { seconds, referenceSeconds, ratio: round(seconds / referenceSeconds, 2), rows: value.dataset.rowsImported, reference: 'sqlite3 CLI .import' };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'attribution-1m',
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
];
