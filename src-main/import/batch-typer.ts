/**
 * Types a batch of raw spreadsheet rows into the columns a dataset stores, or into the
 * reasons a row cannot be stored. A row with any problem is rejected whole (and kept
 * with its reasons): storing half a row would make totals silently wrong. Only the
 * columns this file fills are produced (mapped roles, then `extra` for customers); the
 * others stay NULL in the project.
 */
import { KIND_ROLES } from '@shared/kinds.js';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { BatchColumn } from '../store/batch/layout.js';
import { ComputedTextColumn, EMPTY, makeColumnEncoder, PROBLEM } from './column-encoders.js';
import type { ColumnEncoder } from './column-encoders.js';

export interface RowIssue {
  column: string;
  code: MessageKey;
  value: string | null;
}

export interface TypedBatch {
  /** One per filled column, `rows` entries each (rejected rows hold nothing useful). */
  columns: BatchColumn[];
  /** Per row: 1 when it has problems (listed in `rejected`), else 0. */
  bad: Uint8Array;
  /** The rows with problems, in row order: index into the batch and the problems. */
  rejected: { index: number; issues: RowIssue[] }[];
}

export interface BatchTyper {
  /** The stored columns this file fills, in order. */
  readonly columns: readonly string[];
  /** For each of them: its role's index in KIND_ROLES, or −1 for `extra`. */
  readonly roles: readonly number[];
  /** For each role: the header index feeding it, or −1 when unmapped. */
  readonly sources: readonly number[];
  type(rows: readonly (readonly string[])[]): TypedBatch;
}

export function makeBatchTyper(
  kind: DatasetKind,
  headers: readonly string[],
  mapping: ColumnMapping,
  sampleRows: readonly (readonly string[])[],
): BatchTyper {
  const specs = KIND_ROLES[kind];
  const { columns, roles, sources } = filledColumns(kind, headers, mapping);
  const mapped = roles.filter((r) => r >= 0);
  const encoders: ColumnEncoder[] = mapped.map((r) => {
    const at = sources[r];
    const samples = sampleRows.map((row) => row[at] ?? '').filter((v) => v !== '').slice(0, 1000);
    return makeColumnEncoder(specs[r].type, samples);
  });
  const from = mapped.map((r) => sources[r]);
  const required = mapped.map((r) => specs[r].required);
  const names = mapped.map((r) => headers[sources[r]]);
  // Required roles left unmapped are refused by the plan; checked here too, whatever calls this.
  const missing = specs.findIndex((s, r) => s.required && sources[r] < 0);
  if (missing >= 0) throw new Error(`required role ${specs[missing].role} is not mapped`);

  const used = new Set(from);
  const extraColumns = kind === 'customers' ? headers.map((_, i) => i).filter((i) => !used.has(i)) : [];
  const extra = kind === 'customers' ? new ComputedTextColumn() : undefined;
  const width = headers.length;

  function type(rows: readonly (readonly string[])[]): TypedBatch {
    const n = rows.length;
    for (const e of encoders) e.reset(n);
    extra?.reset(n);
    const bad = new Uint8Array(n);
    const rejected: TypedBatch['rejected'] = [];
    for (let i = 0; i < n; i++) {
      const cells = rows[i];
      if (cells.length !== width && !onlyEmptyTail(cells, width)) {
        bad[i] = 1;
        rejected.push({ index: i, issues: [{ column: '', code: 'issue.ragged', value: `${width}/${cells.length}` }] });
        continue;
      }
      let problems: RowIssue[] | undefined;
      for (let c = 0; c < encoders.length; c++) {
        // Rows are at least `width` long here, so every mapped cell exists.
        const result = encoders[c].put(i, cells[from[c]]);
        if (result === PROBLEM) {
          const p = encoders[c].problem as { code: MessageKey; value: string };
          (problems ??= []).push({ column: names[c], code: p.code, value: p.value });
        } else if (result === EMPTY && required[c]) {
          (problems ??= []).push({ column: names[c], code: 'issue.required', value: null });
        }
      }
      if (problems) {
        bad[i] = 1;
        rejected.push({ index: i, issues: problems });
      } else if (extra) {
        extra.set(i, extraJson(headers, cells, extraColumns));
      }
    }
    const columns = encoders.map((e) => e.column());
    if (extra) columns.push(extra.column());
    return { columns, bad, rejected };
  }

  return { columns, roles, sources, type };
}

/** The stored columns a file fills: its mapped roles in role order, then `extra` for customers. */
export function filledColumns(kind: DatasetKind, headers: readonly string[], mapping: ColumnMapping): Pick<BatchTyper, 'columns' | 'roles' | 'sources'> {
  const specs = KIND_ROLES[kind];
  const sources = specs.map((s) => (mapping[s.role] ? headers.indexOf(mapping[s.role]) : -1));
  const roles = specs.map((_, r) => r).filter((r) => sources[r] >= 0);
  const columns = roles.map((r) => specs[r].role);
  if (kind === 'customers') {
    columns.push('extra');
    roles.push(-1);
  }
  return { columns, roles, sources };
}

/** Excel often writes trailing empty cells; a longer row whose extra cells are all empty is fine. */
function onlyEmptyTail(cells: readonly string[], width: number): boolean {
  if (cells.length < width) return false;
  for (let i = width; i < cells.length; i++) if (cells[i] !== '') return false;
  return true;
}

function extraJson(headers: readonly string[], cells: readonly string[], columns: readonly number[]): string | null {
  if (columns.length === 0) return null;
  const extra: Record<string, string> = {};
  let any = false;
  for (const i of columns) {
    const v = cells[i] ?? '';
    if (v !== '') {
      extra[headers[i]] = v;
      any = true;
    }
  }
  return any ? JSON.stringify(extra) : null;
}
