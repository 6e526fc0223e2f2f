import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './test/setup/slow-first-sequencer.js';

/**
 * Tests next to the code that take seconds each (memory bounds, full-demo fits, model
 * sweeps): run like test/, each in a process of its own.
 */
const HEAVY_NEXT_TO_CODE = [
  'src-main/import/row-hash-set.test.ts',
  'src-main/import/byte-lane.test.ts',
  'src-main/model/mmm/posterior-draw.test.ts',
  'src-main/services/mmm-lift.test.ts',
  'src-main/services/mmm-plan.test.ts',
];

export default defineConfig({
  resolve: { alias: { '@shared': resolve('src-shared') } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time on the 2-core machine (vitest's default is cores − 1, i.e. one):
    // half the time of an e2e or CLI file is spent waiting on its browser, web host or CLI
    // process, which the other file's work fills.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirstSequencer },
    // The demo project and other fixtures built once per run (test/helpers/shared-fixture.ts).
    globalSetup: ['test/setup/shared-dir.ts'],
    // Every test file is in exactly one of the two.
    projects: [
      {
        extends: true,
        test: {
          // The tests next to the code share one module cache (threads, not isolated), as in
          // `npm run test:unit`: importing the app's modules again for each of some 170 small
          // files cost a third of their CPU time.
          name: 'unit',
          include: ['src-main/**/*.test.ts', 'src-shared/**/*.test.ts', 'src-renderer/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...HEAVY_NEXT_TO_CODE],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // The integration and end-to-end tests: each file in a process of its own.
          name: 'integration',
          include: ['test/**/*.test.ts', ...HEAVY_NEXT_TO_CODE],
          pool: 'forks',
        },
      },
    ],
  },
});
