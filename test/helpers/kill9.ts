/**
 * kill -9 at a chosen moment of a CLI run: the process and its worker threads die at
 * once, with no chance to clean up — what a crash, a power cut or a force-quit does.
 */
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startCli } from './cli.js';
export { mulberry32 as seededRandom } from '../../src-main/model/random.js';

export interface KilledRun {
  /** True when the kill landed (the run had not finished by itself). */
  killed: boolean;
  code: number | null;
  stderr: string;
  ms: number;
}

/** Runs the CLI and kills it with SIGKILL after `delayMs` (if it is still running then). */
export async function runAndKill(args: string[], delayMs: number): Promise<KilledRun> {
  const started = performance.now();
  const child = startCli(args);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  const { code, signal } = await exit;
  clearTimeout(timer);
  return { killed: signal === 'SIGKILL', code, stderr, ms: performance.now() - started };
}

/** Runs the CLI to its end; resolves with its exit code, stderr and duration. */
export async function runTimed(args: string[]): Promise<{ code: number | null; stderr: string; ms: number }> {
  const r = await runAndKill(args, 10 * 60_000);
  return { code: r.code, stderr: r.stderr, ms: r.ms };
}

/** A fresh copy of a project no process has open, for one trial (its WAL too: a reader may leave one). */
export function copyProject(from: string, to: string): string {
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
  return to;
}

export function partialsIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.partial'));
}

export const trialFile = (dir: string, name: string, i: number): string => join(dir, `${name}-${i}.roi`);
