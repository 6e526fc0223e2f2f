/**
 * A file as the import's parse thread hands it to the writer: every kept row (its row
 * number, its duplicate hash and its typed cells), the rejected rows and the end message.
 * The byte-lane tests compare two readings of one file with it (bytes against strings).
 */
import { expect } from 'vitest';
import type { DatasetKind } from '@shared/kinds.js';
import { BatchView } from '../../src-main/store/batch/layout.js';
import { parseTable } from '../../src-main/import/parse-table.js';
import type { FromParser } from '../../src-main/import/parse-protocol.js';

export interface ParsedTable {
  rows: unknown[][];
  rejected: unknown[];
  end: unknown;
}

export async function parsedTable(file: string, kind: DatasetKind, byteLines: boolean): Promise<ParsedTable> {
  const out: ParsedTable = { rows: [], rejected: [], end: null };
  let batches = 0;
  await parseTable({ file, kind, byteLines }, async (m: FromParser) => {
    if (m.type === 'batch') {
      batches++;
      const view = new BatchView(m.packed);
      for (let k = 0; k < view.kept; k++) {
        const i = view.keptIndex(k);
        out.rows.push([view.rowNumbers[i], m.hashes[k], ...Array.from({ length: view.columns }, (_, c) => view.cell(c, i))]);
      }
      out.rejected.push(...m.rejected);
      if (m.rejected.length + view.kept !== view.rows) throw new Error('a row neither kept nor rejected');
    } else if (m.type === 'end') {
      out.end = m;
    }
  });
  expect(batches).toBeGreaterThan(0);
  return out;
}
