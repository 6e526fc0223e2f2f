/** What an import could not store as it was: each cell's problem (`import_issues`) and the rejected row's cells (`rejected_rows`). */
import type { Database } from 'better-sqlite3';

export interface ProblemWriter {
  issue(row: number, column: string, code: string, value: string | null): void;
  rejected(row: number, cells: readonly string[]): void;
}

export function problemWriter(db: Database, datasetId: number): ProblemWriter {
  const issue = db.prepare('INSERT INTO import_issues (dataset_id, row, column_name, code, value) VALUES (?, ?, ?, ?, ?)');
  const rejected = db.prepare('INSERT INTO rejected_rows (dataset_id, row, cells) VALUES (?, ?, ?)');
  return {
    issue: (row, column, code, value) => issue.run(datasetId, row, column, code, value),
    rejected: (row, cells) => rejected.run(datasetId, row, JSON.stringify(cells)),
  };
}
