/**
 * `npm run bench`: one JSON object per line. Each benchmark runs in a fresh child
 * process so its peak RSS (VmHWM) is its own; a reference (e.g. the sqlite3 CLI) is
 * measured in the same run on the same input, so the ratio survives a noisy machine.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BENCHMARKS } from './benchmarks.js';
import { peakRssMB } from './measure.js';

const self = fileURLToPath(import.meta.url);
const [flag, name] = process.argv.slice(2);

if (flag === '--run') {
  const bench = BENCHMARKS.find((b) => b.name === name);
  if (!bench) throw new Error(`unknown benchmark ${name}`);
  const figures = await bench.run();
  process.stdout.write(`${JSON.stringify({ ...figures, peakRssMB: peakRssMB() })}\n`);
} else {
  const only = flag ? flag.split(',') : undefined;
  for (const bench of BENCHMARKS.filter((b) => !only || only.includes(b.name))) {
    const child = spawnSync(process.execPath, ['--expose-gc', self, '--run', bench.name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      process.stdout.write(`${JSON.stringify({ bench: bench.name, error: `exit ${child.status}` })}\n`);
      process.exitCode = 1;
      continue;
    }
    const figures = JSON.parse(line) as Record<string, unknown>;
    process.stdout.write(`${JSON.stringify({ bench: bench.name, ...figures, target: bench.target })}\n`);
  }
}
