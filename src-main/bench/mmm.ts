/**
 * The marketing-mix benchmarks (issue 12):
 * - `mmm-3y`: a wide weekly sheet of 156 weeks × 8 channels (simulated from the model,
 *   model/mmm/synthetic.ts), imported and modelled with the CLI exactly as a user types it
 *   (`roi-studio import`, then `roi-studio mmm --json`): the full fit with the search,
 *   rolling-origin cross-validation, 1,000 bootstrap refits (200 kept for the optimiser) and the optimiser. Reference
 *   measured in the same run on the same project: the sqlite3 CLI reading the weekly rows
 *   out (the floor of any model of them), and `roi-studio datasets` on the project (the
 *   CLI's own start-up and project read, which every command pays).
 * - `mmm-optimise`: the budget optimiser alone on a fitted model (model core, no I/O),
 *   the median of repeated runs; reference: a random search over 20,000 splits within the
 *   same bounds and budget, timed and compared on revenue (the optimiser must be no worse).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fitMmm, simulateMmmWorld } from '../model/mmm/index.js';
import { boundsOf, maximiseRevenue, weeklyResponse } from '../model/optimise/index.js';
import { optimiserInputFromFit } from '../model/optimise/from-fit.js';
import { mulberry32 } from '../model/random.js';
import { round } from './measure.js';
import { createServices } from '../services/index.js';
import { userPaths } from '../services/path-policy.js';

const CHANNELS = ['抖音', 'WeChat', 'Baidu', '小红书', 'Taobao', 'Email', 'Google', 'Meta'];
const WORLD = { seed: 99, weeks: 156, channels: 8, noise: 0.05, correlated: 2 } as const;

function timedCommand(command: string, args: string[]): { seconds: number; stdout: string } {
  const t0 = performance.now();
  process.stderr.write(`mmm-3y: ${args[1] ?? args[0]}…\n`);
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr || String(r.error)}`);
  return { seconds: round((performance.now() - t0) / 1000), stdout: r.stdout };
}

/** The world as the sheet a shop keeps: one row per Monday, revenue, `<channel>消耗` per channel. */
function weeklySheet(): string {
  const world = simulateMmmWorld(WORLD);
  const header = ['week', 'revenue', ...CHANNELS.map((c) => `${c}消耗`)].join(',');
  const lines = [header];
  const monday0 = Date.UTC(2023, 0, 2);
  for (let t = 0; t < WORLD.weeks; t++) {
    const week = new Date(monday0 + t * 7 * 86_400_000).toISOString().slice(0, 10);
    lines.push([week, world.data.kpi[t].toFixed(2), ...world.data.channels.map((c) => c.spend[t].toFixed(2))].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** A what-if slider move as the Optimise step asks it (`mmm.plan` on the saved model), the median of 21. */
async function whatIfMedian(project: string, workspace: string): Promise<number> {
  const services = createServices({ workspace, host: 'web', version: 'bench', paths: userPaths });
  try {
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const spend = Array.from({ length: CHANNELS.length }, (_, c) => 1_000 * (1 + ((i + c) % 5)));
      const t0 = performance.now();
      const r = await services.call('mmm.plan', { project, weeks: 13, spend });
      if (!r.ok) throw new Error(`mmm.plan: ${JSON.stringify(r.error)}`);
      times.push((performance.now() - t0) / 1000);
    }
    return round(times.sort((a, b) => a - b)[10], 4);
  } finally {
    services.close();
  }
}

export const mmm3yBenchmark = {
  name: 'mmm-3y',
  target: 'CLI mmm on a weekly sheet of 156 weeks × 8 channels (search, CV, 1,000 bootstrap refits, optimiser): seconds <= 10; a what-if slider move answered by the services: whatIfSeconds <= 0.1',
  async run(): Promise<Record<string, unknown>> {
    const dir = mkdtempSync(join(tmpdir(), 'roi-bench-'));
    try {
      const csv = join(dir, 'weekly.csv');
      writeFileSync(csv, weeklySheet());
      const project = join(dir, 'bench.roi');
      const cli = resolve('bin/roi-studio.js');
      const imported = timedCommand(process.execPath, [cli, 'import', csv, '--project', project, '--as', 'weekly']);
      const mmm = timedCommand(process.execPath, [cli, 'mmm', '--project', project, '--json']);
      const result = JSON.parse(mmm.stdout) as { weeks: number; channels: unknown[]; fit: { r2: number; mapeHoldout: number }; gate: { verdict: string } };
      const sqlite = timedCommand('sqlite3', [project, 'SELECT count(*), sum(kpi), sum(length(extra)) FROM weekly']);
      const whatIfSeconds = await whatIfMedian(project, dir);
      const startup = timedCommand(process.execPath, [cli, 'datasets', '--project', project, '--json']);
      return {
        seconds: mmm.seconds,
        importSeconds: imported.seconds,
        referenceSeconds: sqlite.seconds,
        cliStartupSeconds: startup.seconds,
        modelSeconds: round(mmm.seconds - startup.seconds),
        whatIfSeconds,
        weeks: result.weeks,
        channels: result.channels.length,
        r2: round(result.fit.r2, 3),
        mapeHoldout: round(result.fit.mapeHoldout, 3),
        verdict: result.gate.verdict,
        reference: 'sqlite3 CLI reading the stored weekly rows; cliStartupSeconds: roi-studio datasets on the same project',
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const mmmOptimiseBenchmark = {
  name: 'mmm-optimise',
  target: 'model core: budget optimiser on 8 fitted channels with 200 bootstrap curves: seconds <= 0.2',
  async run(): Promise<Record<string, unknown>> {
    const world = simulateMmmWorld(WORLD);
    const outcome = fitMmm(world.data, { seed: 1 });
    if (outcome.status !== 'fitted') throw new Error('mmm-optimise: the benchmark world was refused');
    const input = optimiserInputFromFit(world.data, outcome.result);
    const budget = input.channels.reduce((s, c) => s + c.currentSpend, 0);
    const times: number[] = [];
    let best = maximiseRevenue(input, budget);
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      best = maximiseRevenue(input, budget);
      times.push((performance.now() - t0) / 1000);
    }
    times.sort((a, b) => a - b);
    // Reference: random splits within the bounds, scaled to the budget where they overshoot it.
    const bounds = input.channels.map(boundsOf);
    const random = mulberry32(7);
    const revenueOf = (a: number[]) => a.reduce((s, x, c) => s + weeklyResponse(input.channels[c].curve, x), 0) - a.reduce((s, x) => s + x, 0);
    const t0 = performance.now();
    let searchBest = -Infinity;
    for (let k = 0; k < 20_000; k++) {
      const a = bounds.map((b) => b.lower + random() * (b.upper - b.lower));
      const total = a.reduce((s, x) => s + x, 0);
      if (total > budget) continue;
      searchBest = Math.max(searchBest, revenueOf(a));
    }
    const referenceSeconds = (performance.now() - t0) / 1000;
    return {
      seconds: round(times[Math.floor(times.length / 2)], 4),
      slowestSeconds: round(times[times.length - 1], 4),
      referenceSeconds: round(referenceSeconds, 4),
      channels: input.channels.length,
      draws: input.drawCurves?.length ?? 0,
      netRevenue: round(revenueOf(best.allocation), 2),
      randomSearchNetRevenue: round(searchBest, 2),
      reference: 'model core; a random search over 20,000 splits within the same bounds and budget (net revenue = channel revenue − spend)',
    };
  },
};
