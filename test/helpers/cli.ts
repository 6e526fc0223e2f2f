/** Runs the built CLI as a user would (`npm test` builds before it tests). */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CLI = resolve('bin/roi-studio.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function startCli(args: string[]) {
  return spawn(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: 'en_US.UTF-8' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function runJson<T = Record<string, unknown>>(args: string[]): T {
  const r = runCli([...args, '--json']);
  if (r.code !== 0) throw new Error(`roi-studio ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

export function tempDir(prefix = 'roi-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
