/**
 * What every on-screen table does with its rows (components/DataTable.svelte): sort by a
 * column (numbers as numbers, text as the reader's language orders it, empty cells last
 * either way, equal values in their original order), filter by a search over the text
 * each cell shows, and hand its rows to an export with their raw values.
 */
import type { Snippet } from 'svelte';
import type { TableCellKind, TableExportInput } from '@shared/table-export.js';
import type { TermId } from '@shared/glossary.js';

export type SortValue = string | number | null;

export interface TableColumn<Row> {
  id: string;
  label: string;
  /** The value the column sorts by and exports (a number for figures, so Excel keeps it one). */
  value: (row: Row) => SortValue;
  /** The text the cell shows and the search looks in (default: the value as text). */
  text?: (row: Row) => string;
  /** What the value is, for the export's number format (default text); non-text kinds align right. */
  kind?: TableCellKind;
  /** A glossary term explained beside the header. */
  help?: TermId;
  /** A cell drawn by the page (a badge, a bar); sorting, search and export still use value/text. */
  cell?: Snippet<[Row]>;
  /** Headers that are not worth sorting by (a free-text action). */
  sortable?: boolean;
  /** Right-aligned although its export is text (a range such as "0.8 – 1.9"). */
  alignRight?: boolean;
  /** A CSS class for the cells (e.g. `id` for monospaced ids). */
  class?: string;
  /** A class for one cell, from its row (a figure outside a range, say). */
  cellClass?: (row: Row) => string | undefined;
  /** Long text cut with … at a readable width (the whole of it on hover, and in a copy). */
  clip?: boolean;
  /** False for a column of buttons: nothing to save in a file. */
  exported?: boolean;
}

export interface SortState {
  column: string;
  descending: boolean;
}

export const isNumericKind = (kind: TableCellKind | undefined): boolean => kind !== undefined && kind !== 'text' && kind !== 'date';

const isEmpty = (v: SortValue): boolean => v === null || v === '' || (typeof v === 'number' && !Number.isFinite(v));

/** Ascending order of two values; empty ones are handled by the caller (always last). */
export function compareValues(a: string | number, b: string | number, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A stable sort: equal values keep their order, empty values go last in both directions. */
export function sortRows<Row>(rows: readonly Row[], column: TableColumn<Row> | undefined, descending: boolean, lang: string): Row[] {
  if (!column) return [...rows];
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const keyed = rows.map((row, index) => ({ row, index, value: column.value(row) }));
  keyed.sort((x, y) => {
    const ex = isEmpty(x.value);
    const ey = isEmpty(y.value);
    if (ex || ey) return ex === ey ? x.index - y.index : ex ? 1 : -1;
    const order = compareValues(x.value!, y.value!, collator);
    return order === 0 ? x.index - y.index : descending ? -order : order;
  });
  return keyed.map((k) => k.row);
}

export function cellText<Row>(column: TableColumn<Row>, row: Row): string {
  if (column.text) return column.text(row);
  const v = column.value(row);
  return v === null ? '' : String(v);
}

/** Rows whose shown text (any column) holds every word of the query, case-insensitive. */
export function filterRows<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], query: string): Row[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = columns.map((c) => `${cellText(c, row)} ${c.value(row) ?? ''}`).join('\u0001').toLocaleLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Click on a header: ascending, then descending, then the table's own order again. */
export function nextSort(current: SortState | null, column: string): SortState | null {
  if (!current || current.column !== column) return { column, descending: false };
  return current.descending ? null : { column, descending: true };
}

/** The rows as shown (filtered and sorted) with raw values, for `table.export`. */
export function exportPayload<Row>(title: string, allColumns: readonly TableColumn<Row>[], rows: readonly Row[]): Omit<TableExportInput, 'format'> {
  const columns = allColumns.filter((c) => c.exported !== false);
  return {
    title,
    columns: columns.map((c) => ({ label: c.label, kind: c.kind ?? 'text' })),
    rows: rows.map((row) =>
      columns.map((c) => {
        const v = c.value(row);
        // Text columns export what the reader sees (a channel in their language); figures export the number.
        if (isNumericKind(c.kind)) return typeof v === 'number' && Number.isFinite(v) ? v : null;
        return c.text ? c.text(row) : v === null ? null : String(v);
      }),
    ),
  };
}

/** Tables longer than this draw only the rows in view (plus a margin) inside a scrolling box. */
export const WINDOWED_FROM = 300;

/**
 * The rows to draw of `count` rows of `rowHeight` px seen through `viewport` px scrolled by
 * `scrollTop`: [first, end) with `overscan` rows either side, so a quick scroll shows rows,
 * not a gap. The rows above and below are stand-in space of the same height.
 */
export function rowWindow(count: number, scrollTop: number, viewport: number, rowHeight: number, overscan = 30): { first: number; end: number } {
  const height = Math.max(1, rowHeight);
  const first = Math.max(0, Math.min(count, Math.floor(scrollTop / height) - overscan));
  const end = Math.min(count, Math.ceil((scrollTop + viewport) / height) + overscan);
  return { first, end: Math.max(first, end) };
}
