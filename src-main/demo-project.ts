/**
 * The demo project: the documented simulation (demo/) written out as the spreadsheets
 * a real business would export, then imported through the normal pipeline — so the
 * demo exercises exactly what users do, and its known truth is kept for checking
 * the analyses.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '@shared/errors.js';
import type { DatasetSummary } from '@shared/datasets.js';
import type { JobProgress } from '@shared/jobs.js';
import { simulateDemo, writeDemoSpreadsheets } from './demo/index.js';
import { importFile } from './import/pipeline.js';
import { openProject } from './store/project.js';
import { setMeta } from './store/meta.js';

export interface DemoRequest {
  project: string;
  /** Keep the source spreadsheets here (for practising imports); else a temp dir. */
  exportDir?: string;
  seed?: number;
  customers?: number;
}

export interface DemoOutcome {
  project: string;
  files: string[];
  datasets: DatasetSummary[];
}

export async function buildDemoProject(req: DemoRequest, onProgress: (p: JobProgress) => void, signal: AbortSignal): Promise<DemoOutcome> {
  if (existsSync(req.project)) throw new AppError('error.projectExists', { file: req.project });
  const dir = req.exportDir ?? mkdtempSync(join(tmpdir(), 'roi-demo-'));
  try {
    onProgress({ phase: 'simulating', fraction: 0 });
    const data = simulateDemo({ seed: req.seed ?? 42, customers: req.customers ?? 20000 });
    const files = await writeDemoSpreadsheets(data, dir);
    const datasets: DatasetSummary[] = [];
    for (const [i, f] of files.entries()) {
      onProgress({ phase: `importing ${f.kind}`, fraction: (i + 1) / (files.length + 1) });
      const { dataset } = await importFile({ project: req.project, file: f.file, kind: f.kind }, { signal });
      datasets.push(dataset);
    }
    const db = openProject(req.project);
    try {
      setMeta(db, 'demo_truth', JSON.stringify(data.truth));
    } finally {
      db.close();
    }
    onProgress({ phase: 'done', fraction: 1 });
    return { project: req.project, files: files.map((f) => f.file), datasets };
  } catch (e) {
    for (const f of [req.project, `${req.project}-wal`, `${req.project}-shm`]) rmSync(f, { force: true });
    throw e;
  } finally {
    if (!req.exportDir) rmSync(dir, { recursive: true, force: true });
  }
}
