/**
 * A report table as plain data: labelled columns with a kind (money, percent …) and rows
 * of raw values. The HTML renderer formats the values for the page; the Excel writer
 * keeps them as numbers with a number format, so a client can still calculate with them.
 */
import type { TableCellKind } from '@shared/table-export.js';
import type { Formatter } from './format.js';
import { DASH } from './format.js';

/** The same kinds an on-screen table exports with (src-shared/table-export.ts). */
export type CellKind = TableCellKind;

/** A value whose kind differs from its column's (e.g. a KPI table mixing money and ratios). */
export interface TypedCell {
  value: number | null;
  kind: CellKind;
}

export type Cell = string | number | null | TypedCell;

export interface ReportTable {
  id: string;
  title: string;
  columns: { label: string; kind: CellKind }[];
  rows: Cell[][];
  /** Rows to highlight (e.g. channels on which the models disagree). */
  marked?: boolean[];
  note?: string;
}

export const typed = (value: number | null | undefined, kind: CellKind): TypedCell => ({ value: value ?? null, kind });

export function isTyped(cell: Cell): cell is TypedCell {
  return typeof cell === 'object' && cell !== null;
}

/** A cell as the page shows it. */
export function formatCell(cell: Cell, kind: CellKind, f: Formatter): string {
  if (isTyped(cell)) return formatCell(cell.value, cell.kind, f);
  if (cell === null) return DASH;
  if (typeof cell === 'string') return kind === 'date' ? f.date(cell) : cell;
  switch (kind) {
    case 'money':
      return f.money(cell);
    case 'int':
      return f.number(cell);
    case 'number':
      return f.number(cell, 2);
    case 'percent':
      return f.percent(cell);
    case 'ratio':
      return f.ratio(cell);
    case 'points':
      return f.points(cell);
    case 'date':
    case 'text':
      return String(cell);
    default: {
      const unreachable: never = kind;
      return String(unreachable);
    }
  }
}

/** Excel number format of a kind (the text kinds have none). */
export function excelFormat(kind: CellKind): string | undefined {
  switch (kind) {
    case 'money':
      return '"¥"#,##0.00;-"¥"#,##0.00';
    case 'int':
      return '#,##0';
    case 'number':
      return '#,##0.00';
    case 'percent':
      return '0.0%';
    case 'ratio':
      return '0.00';
    case 'points':
      return '0.0';
    case 'date':
      return 'yyyy-mm-dd';
    case 'text':
      return undefined;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** Numbers align right on the page; text left. */
export const isNumeric = (kind: CellKind): boolean => kind !== 'text' && kind !== 'date';
