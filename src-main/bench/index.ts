/**
 * `npm run bench`: one JSON object per line. Each benchmark runs in a fresh child
 * process so its peak RSS (VmHWM) is its own; a reference (e.g. the sqlite3 CLI) is
 * measured in the same run on the same input, so the ratio survives a noisy machine.
 * `npm run bench -- ltv-e2e,segments-e2e` runs only the named entries. Each line is also
 * appended to bench/history.jsonl (history.ts).
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BENCHMARKS } from './benchmarks.js';
import { peakRssMB } from './measure.js';
import { appendHistory, runStamp } from './history.js';

const self = fileURLToPath(import.meta.url);
const [flag, name] = process.argv.slice(2);

if (flag === '--run') {
  const bench = BENCHMARKS.find((b) => b.name === name);
  if (!bench) throw new Error(`unknown benchmark ${name}`);
  const figures = await bench.run();
  // An end-to-end entry reports the peak of the command it timed, not of this driver.
  process.stdout.write(`${JSON.stringify({ peakRssMB: peakRssMB(), ...figures })}\n`);
} else {
  const only = flag ? flag.split(',') : undefined;
  const unknown = only?.filter((n) => !BENCHMARKS.some((b) => b.name === n)) ?? [];
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  const stamp = runStamp();
  for (const bench of BENCHMARKS.filter((b) => !only || only.includes(b.name))) {
    // How busy the machine was (2 cores here, shared): a figure taken at load 8 is not a quiet one.
    const loadBefore = Math.round(loadavg()[0] * 10) / 10;
    const child = spawnSync(process.execPath, ['--expose-gc', self, '--run', bench.name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      const failed = { bench: bench.name, scope: bench.scope ?? 'end-to-end', error: `exit ${child.status}` };
      process.stdout.write(`${JSON.stringify(failed)}\n`);
      appendHistory({ ...stamp, ...failed });
      process.exitCode = 1;
      continue;
    }
    const figures = JSON.parse(line) as Record<string, unknown>;
    const loadAverage = [loadBefore, Math.round(loadavg()[0] * 10) / 10];
    const result = { bench: bench.name, scope: bench.scope ?? 'end-to-end', ...figures, loadAverage, target: bench.target };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    appendHistory({ ...stamp, ...result });
  }
}
