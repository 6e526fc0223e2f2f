/**
 * vitest globalSetup: one temporary folder for the whole run, where fixtures that cost
 * seconds to build and never change (the demo project) are built once, by whichever test
 * file asks first, and copied for every file that uses them. Removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder of shared fixtures (see test/helpers/shared-fixture.ts). */
    sharedFixtureDir: string;
  }
}

/** Set by the first project's setup: every project of the run gets the same folder. */
const ENV = 'ROI_TEST_SHARED_DIR';

export default function setup(project: TestProject): () => void {
  const owner = !process.env[ENV];
  if (owner) process.env[ENV] = mkdtempSync(join(tmpdir(), 'roi-test-shared-'));
  const dir = process.env[ENV]!;
  project.provide('sharedFixtureDir', dir);
  return () => {
    if (!owner) return;
    rmSync(dir, { recursive: true, force: true });
    delete process.env[ENV];
  };
}
