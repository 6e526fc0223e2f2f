/**
 * The demo project for a test file, built through the CLI as a user would. Built once per
 * test run (it takes seconds and is the same every time: seed 42) and copied for each
 * caller, so every file still has a project of its own to change.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DemoTruth } from '../../src-main/demo/types.js';
import { runCli, tempDir } from './cli.js';
import { sharedFixture } from './shared-fixture.js';

/** The run's one demo project, as `roi-studio demo` writes it: read it, or copy it to change it. */
export function sharedDemoFile(): string {
  return sharedFixture('demo.roi', (file) => {
    const r = runCli(['demo', '--project', file]);
    if (r.code !== 0 || !existsSync(file)) throw new Error(`demo failed: ${r.stderr}`);
  });
}

export function buildDemo(): { project: string; truth: DemoTruth } {
  const project = join(tempDir('roi-demo-'), 'demo.roi');
  copyFileSync(sharedDemoFile(), project);
  const db = new Database(project, { readonly: true });
  const row = db.prepare("SELECT value FROM project_meta WHERE key = 'demo_truth'").get() as { value: string };
  db.close();
  return { project, truth: JSON.parse(row.value) as DemoTruth };
}
