// `npm run test:unit`: the inner loop. The tests next to the code plus the analysis and
// model integration tests, on the current sources (the job workers they start come from a
// main-only build run just before). Left to `npm test`, the full gate: the browser (e2e),
// CLI and report suites, and the few tests that build large data on purpose.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': resolve('src-shared') } },
  test: {
    include: ['src-main/**/*.test.ts', 'src-shared/**/*.test.ts', 'src-renderer/**/*.test.ts', 'test/analysis/**/*.test.ts', 'test/model/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      // Sized to prove memory bounds and full-demo fits (≈15–30 s each).
      'src-main/import/row-hash-set.test.ts',
      'test/analysis/attribution-demo.test.ts',
      'test/analysis/customers-demo.test.ts',
      // Whole-demo CLI runs and model-accuracy sweeps (5–25 s each): the full gate's.
      'test/analysis/basket-demo.test.ts',
      'test/analysis/sentiment-cli.test.ts',
      'test/model/sentiment-accuracy.test.ts',
      'src-main/model/mmm/posterior-draw.test.ts',
      'src-main/services/mmm-lift.test.ts',
      'src-main/services/mmm-plan.test.ts',
      'src-main/import/byte-lane.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One module cache for all files (threads, not isolated): importing the app's modules
    // again for every file cost more than the tests themselves.
    pool: 'threads',
    isolate: false,
    // The demo project built once per run for the files that use it (test/helpers/demo.ts).
    globalSetup: ['test/setup/shared-dir.ts'],
  },
});
