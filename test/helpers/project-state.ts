import Database from 'better-sqlite3';

/** Everything a user could see in a project, to prove an operation changed nothing. */
export function projectState(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const counts = tables.map((t) => `${t}:${(db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n}`);
    const datasets = db.prepare('SELECT id, kind, file_name, rows_imported FROM datasets ORDER BY id').all();
    const integrity = db.pragma('integrity_check', { simple: true });
    return JSON.stringify({ counts, datasets, integrity });
  } finally {
    db.close();
  }
}
