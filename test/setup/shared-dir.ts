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

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'roi-test-shared-'));
  project.provide('sharedFixtureDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
