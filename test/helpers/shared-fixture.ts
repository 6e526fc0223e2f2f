/**
 * A fixture built once per test run and shared by every test file that asks for it (the
 * two vitest workers included): the first to ask builds it under a lock, the others wait
 * for it, and each caller copies it rather than changing it. Outside a run that provides
 * the shared folder (a plain script), it is built fresh for each caller, as before.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { tempDir } from './cli.js';

const WAIT_MS = 180_000;
const POLL_MS = 50;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sharedDir(): string | undefined {
  try {
    return inject('sharedFixtureDir');
  } catch {
    return undefined;
  }
}

/**
 * The path of fixture `name`, made by `build(file)` (which must write `file`) once per run.
 * The caller must not write to it: copy it first.
 */
export function sharedFixture(name: string, build: (file: string) => void): string {
  const dir = sharedDir();
  if (!dir) {
    const file = join(tempDir('roi-fixture-'), name);
    build(file);
    return file;
  }
  const file = join(dir, name);
  const failed = `${file}.failed`;
  if (existsSync(file)) return file;
  let owner = false;
  try {
    mkdirSync(`${file}.lock`);
    owner = true;
  } catch {
    // Another file is building it: wait below.
  }
  if (owner) {
    // Built under a temporary name and renamed: the others see a whole file or none.
    const building = `${file}.building`;
    mkdirSync(building);
    const partial = join(building, name);
    try {
      build(partial);
      renameSync(partial, file);
    } catch (e) {
      writeFileSync(failed, String(e instanceof Error ? e.stack : e));
      throw e;
    }
    return file;
  }
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(file)) {
    if (existsSync(failed)) throw new Error(`shared fixture ${name} failed to build in another test file:\n${readFileSync(failed, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`shared fixture ${name} not built within ${WAIT_MS / 1000} s`);
    Atomics.wait(sleeper, 0, 0, POLL_MS);
  }
  return file;
}
