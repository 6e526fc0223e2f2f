/** One demo project per test file, built through the CLI as a user would. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DemoTruth } from '../../src-main/demo/types.js';
import { runCli, tempDir } from './cli.js';

export function buildDemo(): { project: string; truth: DemoTruth } {
  const project = join(tempDir('roi-demo-'), 'demo.roi');
  const r = runCli(['demo', '--project', project]);
  if (r.code !== 0 || !existsSync(project)) throw new Error(`demo failed: ${r.stderr}`);
  const db = new Database(project, { readonly: true });
  const row = db.prepare("SELECT value FROM project_meta WHERE key = 'demo_truth'").get() as { value: string };
  db.close();
  return { project, truth: JSON.parse(row.value) as DemoTruth };
}
