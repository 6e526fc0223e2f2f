/**
 * How many cases a property-based test runs. `npm test` runs a fixed-seed sample (fast,
 * the same cases every run); `npm run test:robustness` sets ROI_FUZZ_RUNS (≥ 10,000) and a
 * fresh seed, so the long suite explores new files each time and prints the seed it used.
 */
export function fuzzRuns(sample: number): number {
  const long = Number(process.env.ROI_FUZZ_RUNS);
  return Number.isFinite(long) && long > 0 ? long : sample;
}

/** The fixed seed of the sample, or a fresh one in the long suite (fast-check prints it on failure). */
export function fuzzSeed(): number | undefined {
  return process.env.ROI_FUZZ_RUNS ? undefined : 20261204;
}

/** True in the long suite: tests that are too slow for `npm test` (kill -9 trials, big files) run only then. */
export const longSuite = Boolean(process.env.ROI_FUZZ_RUNS);
