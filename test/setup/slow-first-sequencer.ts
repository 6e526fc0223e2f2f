/**
 * The order `npm test` runs its files in: the slowest first, so that the two workers take
 * the long files while there are many left and end together on the small ones. vitest's own
 * order uses the durations of earlier runs, which a clean clone (CI) does not have; then it
 * runs the largest files first, and a 3 KB file that spawns a browser or the CLI fifty times
 * went last. The integration project's files (they start browsers, web hosts, the CLI, or
 * build large data: seconds each, whatever their size) come first here, then the tests next
 * to the code, each group largest first; the files measured slowest lead whatever their size.
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer } from 'vitest/node';
import type { TestSpecification } from 'vitest/node';

/** Measured slowest (10–60 s each on the 2-core machine, December 2026), slowest first. */
const SLOWEST = [
  'test/cli/mmm.test.ts',
  'test/e2e/models.test.ts',
  'test/e2e/goals-report.test.ts',
  'test/report/report-pdf.test.ts',
  'test/e2e/sentiment.test.ts',
  'test/e2e/mmm.test.ts',
  'test/cli/channel-map.test.ts',
  'test/report/report-xlsx.test.ts',
  'test/e2e/consultant-month.test.ts',
  'test/e2e/stale-analysis.test.ts',
  'test/e2e/demo-language.test.ts',
  'src-main/import/byte-lane.test.ts',
];

function rank(file: string, project: string): number {
  const slow = SLOWEST.indexOf(file);
  if (slow >= 0) return slow;
  return project === 'integration' ? SLOWEST.length : SLOWEST.length + 1;
}

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const keyed = files.map((spec) => {
      const file = relative(spec.project.config.root, spec.moduleId).replace(/\\/g, '/');
      return { spec, rank: rank(file, spec.project.name), size: statSync(spec.moduleId).size };
    });
    keyed.sort((a, b) => a.rank - b.rank || b.size - a.size);
    return keyed.map((k) => k.spec);
  }
}
