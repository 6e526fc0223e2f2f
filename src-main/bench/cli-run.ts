/**
 * Runs a command as the user types it, timed as the user waits (process start to exit),
 * with the peak resident memory of that process: a preloaded module writes Linux's VmHWM
 * at exit to a file, so the figure covers the CLI and its worker threads together. It also
 * writes the process's CPU time (all threads): on a shared, busy machine the wall time
 * grows with the load, the CPU time much less.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { round } from './measure.js';

const AT_EXIT = `
import { readFileSync, writeFileSync } from 'node:fs';
process.on('exit', () => {
  try {
    const peak = /VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
    const cpu = process.cpuUsage();
    writeFileSync(process.env.ROI_BENCH_PEAK_FILE, (peak ? peak[1] : '') + ' ' + (cpu.user + cpu.system) / 1e6);
  } catch {}
});`;
const PEAK_AT_EXIT = `data:text/javascript,${encodeURIComponent(AT_EXIT)}`;

export interface CommandRun {
  seconds: number;
  /** Null where the system does not report it (not Linux). */
  peakRssMB: number | null;
  /** User + system CPU time of the process, all its threads. */
  cpuSeconds: number | null;
  stdout: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): { seconds: number; stdout: string } {
  process.stderr.write(`  ${args.filter((a) => !a.startsWith('data:') && a !== '--import').join(' ').slice(0, 160)}\n`);
  const t0 = performance.now();
  const r = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 512 << 20 });
  const seconds = round((performance.now() - t0) / 1000);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr || String(r.error)}`);
  return { seconds, stdout: r.stdout };
}

/** `roi-studio …args` in a fresh Node process; `scratch` is a folder for the peak-memory note. */
export function runCli(args: string[], scratch: string): CommandRun {
  const peakFile = join(scratch, 'peak-rss-kb');
  rmSync(peakFile, { force: true });
  const r = run(process.execPath, ['--import', PEAK_AT_EXIT, resolve('bin/roi-studio.js'), ...args], { ...process.env, ROI_BENCH_PEAK_FILE: peakFile });
  let peakRssMB: number | null = null;
  let cpuSeconds: number | null = null;
  try {
    const [kb, cpu] = readFileSync(peakFile, 'utf8').split(' ');
    if (kb) peakRssMB = Math.round(Number(kb) / 1024);
    if (cpu) cpuSeconds = round(Number(cpu));
  } catch {
    // the preload did not report: the time still counts
  }
  return { ...r, peakRssMB, cpuSeconds };
}

/** The sqlite3 CLI running `sql` on a database file: the floor a query of the same data can reach. */
export function runSqlite(db: string, sql: string): { seconds: number; stdout: string } {
  return run('sqlite3', [db, sql]);
}
