import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Measurements driven by `npm run bench` (src-main/bench/ui-freeze.ts), never by `npm test`.
export default defineConfig({
  resolve: { alias: { '@shared': resolve('src-shared') } },
  test: { include: ['test/perf/**/*.perf.ts'], testTimeout: 900_000, hookTimeout: 120_000, pool: 'forks' },
});
