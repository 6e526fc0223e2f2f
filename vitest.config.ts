import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './test/setup/slow-first-sequencer.js';

export default defineConfig({
  resolve: { alias: { '@shared': resolve('src-shared') } },
  test: {
    include: ['src-main/**/*.test.ts', 'src-shared/**/*.test.ts', 'src-renderer/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time on the 2-core machine (vitest's default is cores − 1, i.e. one):
    // half the time of an e2e or CLI file is spent waiting on its browser, web host or CLI
    // process, which the other file's work fills.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirstSequencer },
    // The demo project and other fixtures built once per run (test/helpers/shared-fixture.ts).
    globalSetup: ['test/setup/shared-dir.ts'],
  },
});
