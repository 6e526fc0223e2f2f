/** The OutputGuard of an open project: its file and the sources of its datasets. */
import type { Database } from 'better-sqlite3';
import { listDatasets } from '../store/datasets.js';
import { openProject } from '../store/project.js';
import type { OutputGuard } from './output-file.js';

export function outputGuardOf(db: Database): OutputGuard {
  return { project: db.name, imported: listDatasets(db).map((d) => ({ id: d.id, file: d.file, sha256: d.sha256 })) };
}

export function outputGuardFor(project: string): OutputGuard {
  const db = openProject(project, { readonly: true });
  try {
    return outputGuardOf(db);
  } finally {
    db.close();
  }
}
