/**
 * The days a file covers, read before anything is written: the same parse thread an
 * import uses (so the dates are typed exactly as the import would store them: the
 * column's day/month order, Excel serials, 2025年3月1日…), but nothing goes to a project.
 * The wizard compares this with what the project holds before the user maps a column
 * ("this file covers 1–31 March; the project already has 1–15 March").
 */
import { periodColumn, scopeColumn } from '../store/overlaps.js';
import { BatchView } from '../store/batch/layout.js';
import { ParserClient } from './parser-client.js';
import type { ParseRequest } from './parse-protocol.js';

export interface FileSpan {
  /** Rows that typed cleanly (those an import would store, before duplicates). */
  rows: number;
  from: string | null;
  to: string | null;
  /** The values of the kind's scope column (spend: its channels, as stored), or null when it has none. */
  scope: string[] | null;
}

export async function scanFileSpan(request: ParseRequest, signal?: AbortSignal): Promise<FileSpan> {
  const parser = new ParserClient(request, signal);
  try {
    const head = await parser.head();
    const period = periodColumn(head.kind);
    const at = period ? head.columns.indexOf(period) : -1;
    const scopeName = scopeColumn(head.kind);
    const scopeAt = scopeName ? head.columns.indexOf(scopeName) : -1;
    const scope = new Set<string>();
    let rows = 0;
    let from: string | null = null;
    let to: string | null = null;
    for (;;) {
      const m = await parser.next();
      if (m.type === 'end') break;
      if (m.type !== 'batch') continue;
      const batch = new BatchView(m.packed);
      rows += batch.kept;
      for (let k = 0; k < batch.kept && scopeAt >= 0; k++) {
        const value = batch.cell(scopeAt, batch.keptIndex(k));
        if (typeof value === 'string') scope.add(value);
      }
      if (at < 0) continue;
      for (let k = 0; k < batch.kept; k++) {
        const value = batch.cell(at, batch.keptIndex(k));
        if (typeof value !== 'string') continue;
        const day = value.slice(0, 10);
        if (from === null || day < from) from = day;
        if (to === null || day > to) to = day;
      }
    }
    return { rows, from, to, scope: scopeAt >= 0 ? [...scope] : null };
  } finally {
    await parser.close();
  }
}
