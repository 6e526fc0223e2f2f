#!/usr/bin/env node
// `npm start`: the Electron window where the Electron binary is available, otherwise the
// same app in the browser (the web host on 127.0.0.1). Says which one it started.
//   npm start -- --web             always use the browser host
//   npm start -- --port 8080 --workspace DIR --no-open   (passed on to the browser host)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

for (const built of ['out/main/index.js', 'out/main/web.js', 'out/renderer/index.html']) {
  if (!existsSync(new URL(`../${built}`, import.meta.url))) {
    process.stderr.write('ROI Studio is not built yet: run `npm install` (or `npm run build`) first.\n');
    process.exit(1);
  }
}

/**
 * The Electron binary, or why there is none. `require('electron')` returns its path (and
 * downloads it on first use since Electron 42); it is asked in a child process so that a
 * failed download cannot crash or clutter this one.
 */
function findElectron() {
  if (args.includes('--web') || process.env.ROI_STUDIO_HOST === 'web') return { reason: 'the browser host was asked for' };
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  if (path && existsSync(path)) return { path };
  const why = (probe.stderr || '').split('\n').find((line) => /Error:/.test(line));
  const detail = why ? why.replace(/^.*?Error:\s*/, '') : probe.error?.message;
  return { reason: `the Electron binary is not installed and could not be downloaded${detail ? `: ${detail}` : ''}` };
}

/**
 * `npm install` builds better-sqlite3 for Node, which the CLI and tests need; Electron
 * has its own ABI and cannot load that build (installers rebuild it, see README). Ask
 * Electron, running as Node, whether it can load the module before opening a window
 * that could not open a project.
 */
function sqliteLoadsIn(electronPath) {
  const probe = spawnSync(electronPath, ['-e', "require('better-sqlite3')"], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    timeout: 60 * 1000,
  });
  if (probe.status === 0) return { ok: true };
  const mismatch = /NODE_MODULE_VERSION (\d+)[\s\S]*?NODE_MODULE_VERSION (\d+)/.exec(probe.stderr || '');
  return { ok: false, detail: mismatch ? `it is built for Node (ABI ${mismatch[1]}), Electron needs ABI ${mismatch[2]}` : (probe.stderr || '').split('\n')[0] };
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

const electron = findElectron();
if (electron.path) {
  const sqlite = sqliteLoadsIn(electron.path);
  if (!sqlite.ok) {
    electron.reason = `Electron cannot load the SQLite module that npm install built (${sqlite.detail}); \`npm run package\` makes an installer with the right build`;
    electron.path = undefined;
  }
}
if (electron.path) {
  process.stdout.write(`Starting ROI Studio in its own window (Electron: ${electron.path}).\n`);
  run(electron.path, ['.']);
} else {
  process.stdout.write(`Electron is not available here (${electron.reason}): starting ROI Studio in your browser instead.\n`);
  run(process.execPath, [fileURLToPath(new URL('../out/main/web.js', import.meta.url)), ...args.filter((a) => a !== '--web')]);
}
