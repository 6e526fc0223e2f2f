/**
 * A full logical dump of a project: every row of every table (sorted, so the physical
 * order SQLite happens to keep does not matter), the schema, the format pragmas and
 * `PRAGMA integrity_check`. Two projects with the same dump hold the same data. Time
 * stamps and durations can be masked, to compare a run against a reference run of the
 * same operation.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

const ISO_TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;
/** How long an import took, in its quality report (JSON inside a cell, so its quotes are escaped). */
const DURATION = /(\\?"seconds\\?":)-?[\d.e+-]+/g;

export interface ProjectDump {
  integrity: string;
  /** sha256 of everything, per table (with the row count, to say where two dumps differ). */
  tables: Record<string, { rows: number; sha256: string }>;
  pragmas: { applicationId: number; userVersion: number };
}

export function dumpProject(file: string, options: { maskTimes?: boolean } = {}): ProjectDump {
  const db = new Database(file, { readonly: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const schema = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
    const tables: ProjectDump['tables'] = { sqlite_master: { rows: schema.length, sha256: sha(JSON.stringify(schema)) } };
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]) {
      const rows = (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((r) => {
        const text = JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : Buffer.isBuffer(v) ? v.toString('base64') : v));
        return options.maskTimes ? text.replace(ISO_TIME, 'T').replace(DURATION, '$1S') : text;
      });
      rows.sort();
      tables[name] = { rows: rows.length, sha256: sha(rows.join('\n')) };
    }
    return {
      integrity,
      tables,
      pragmas: { applicationId: db.pragma('application_id', { simple: true }) as number, userVersion: db.pragma('user_version', { simple: true }) as number },
    };
  } finally {
    db.close();
  }
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
