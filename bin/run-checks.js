#!/usr/bin/env node
// The checks before `npm test`'s tests: both type checks, svelte-check, eslint and the build,
// two at a time (the machines have 2 cores and each of these uses one), longest first. Each
// one's output is printed whole when it ends, so they do not interleave; the exit code is
// non-zero when any failed, after all have ended.
import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// node_modules/.bin first, as npm puts it for scripts, so this also runs on its own.
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };

const CHECKS = [
  ['types', 'tsc --noEmit -p tsconfig.json'],
  ['lint', 'eslint .'],
  ['svelte', 'svelte-check --tsconfig ./tsconfig.renderer.json --threshold error'],
  ['build', 'npm run build'],
  ['types (main)', 'tsc --noEmit -p tsconfig.main.json'],
];
const PARALLEL = 2;

function run([name, command]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n── ${name}: ${command} (${code === 0 ? 'ok' : `failed, exit ${code}`}, ${seconds} s)\n${output}`);
      resolve(code === 0);
    });
  });
}

const queue = [...CHECKS];
const results = await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    const ok = [];
    while (queue.length) ok.push(await run(queue.shift()));
    return ok.every(Boolean);
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
