/**
 * Turns one raw spreadsheet row into the values stored for a dataset kind, or into the
 * reasons it cannot be stored. A row with any problem is rejected whole (and kept with
 * its reasons): storing half a row would make totals silently wrong.
 */
import { KIND_ROLES } from '@shared/kinds.js';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { MessageKey } from '@shared/i18n/index.js';
import { makeCellTyper } from './values/index.js';
import type { CellValue, Typed } from './values/index.js';

export interface RowIssue {
  column: string;
  code: MessageKey;
  value: string | null;
}

export type TypedRow = { ok: true; values: CellValue[] } | { ok: false; issues: RowIssue[] };

export interface RowTyper {
  /** Stored columns, in order (roles, then `extra` for customers). */
  readonly columns: readonly string[];
  /** Header index feeding each role (-1 when unmapped). */
  readonly sources: readonly number[];
  type(cells: readonly string[]): TypedRow;
}

const NULL_TYPER = (): Typed => ({ ok: true, value: null });

export function makeRowTyper(
  kind: DatasetKind,
  headers: readonly string[],
  mapping: ColumnMapping,
  sampleRows: readonly (readonly string[])[],
): RowTyper {
  const specs = KIND_ROLES[kind];
  const sources = specs.map((s) => (mapping[s.role] ? headers.indexOf(mapping[s.role]) : -1));
  const typers = specs.map((spec, i) => {
    const at = sources[i];
    if (at < 0) return NULL_TYPER;
    const samples = sampleRows.map((r) => r[at] ?? '').filter((v) => v !== '').slice(0, 1000);
    return makeCellTyper(spec.type, samples);
  });
  const used = new Set(sources.filter((i) => i >= 0));
  const extraColumns = kind === 'customers' ? headers.map((_, i) => i).filter((i) => !used.has(i)) : [];
  const columns = kind === 'customers' ? [...specs.map((s) => s.role), 'extra'] : specs.map((s) => s.role);
  const width = headers.length;

  function type(cells: readonly string[]): TypedRow {
    if (cells.length !== width && !onlyEmptyTail(cells, width)) {
      return { ok: false, issues: [{ column: '', code: 'issue.ragged', value: `${width}/${cells.length}` }] };
    }
    const values: CellValue[] = new Array(columns.length);
    let issues: RowIssue[] | undefined;
    for (let i = 0; i < specs.length; i++) {
      const at = sources[i];
      const raw = at >= 0 ? (cells[at] ?? '') : '';
      const typed = typers[i](raw);
      if (!typed.ok) {
        (issues ??= []).push({ column: headers[at], code: typed.code, value: typed.value });
      } else if (typed.value === null && specs[i].required) {
        (issues ??= []).push({ column: headers[at], code: 'issue.required', value: null });
      } else {
        values[i] = typed.value;
      }
    }
    if (issues) return { ok: false, issues };
    if (kind === 'customers') values[specs.length] = extraJson(headers, cells, extraColumns);
    return { ok: true, values };
  }

  return { columns, sources, type };
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
