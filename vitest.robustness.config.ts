import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// `npm run test:robustness`: the property-based tests at full size (ROI_FUZZ_RUNS), plus the
// long suites in test/robustness (kill -9 at random points, concurrent imports, big files).
export default defineConfig({
  resolve: { alias: { '@shared': resolve('src-shared') } },
  test: {
    include: ['src-main/**/*.fuzz.test.ts', 'src-shared/**/*.fuzz.test.ts', 'test/**/*.fuzz.test.ts', 'test/robustness/**/*.test.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
