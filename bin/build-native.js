#!/usr/bin/env node
// Compiles the batch_rows SQLite extension (src-main/store/batch/batch_rows.c, with the
// analyses' column packing, src-main/store/queries/column_pack.c) into out/native.
// Optional by design: without a C compiler the import still works, writing rows from
// JavaScript (slower), and the analyses read rows one by one (slower), so a failure here
// is a warning, never a failed install.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src-main/store/batch/batch_rows.c');
const packing = join(root, 'src-main/store/queries/column_pack.c');
const outDir = join(root, 'out/native');
const ext = process.platform === 'win32' ? 'dll' : process.platform === 'darwin' ? 'dylib' : 'so';
const output = join(outDir, `batch_rows.${ext}`);

// sqlite3ext.h of the very SQLite better-sqlite3 compiles in, so the API table matches.
const headers = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'deps/sqlite3');

const attempts =
  process.platform === 'win32'
    ? [['cl', ['/nologo', '/O2', '/LD', `/I${headers}`, source, packing, `/Fe:${output}`]], ['gcc', ['-O2', '-shared', `-I${headers}`, source, packing, '-o', output]]]
    : [[process.env.CC || 'cc', ['-O2', '-fPIC', '-shared', ...(process.platform === 'darwin' ? ['-undefined', 'dynamic_lookup'] : []), `-I${headers}`, source, packing, '-o', output]]];

mkdirSync(outDir, { recursive: true });
for (const [cc, args] of attempts) {
  const r = spawnSync(cc, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status === 0) process.exit(0);
  if (r.error?.code !== 'ENOENT') console.warn(`build-native: ${cc} failed:\n${r.stderr}`);
}
console.warn('build-native: no C compiler found; imports will write rows from JavaScript (about twice as slow).');
