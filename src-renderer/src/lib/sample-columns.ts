/**
 * The import preview's sample rows as a DataTable (issue 16, item 3): one column per
 * header of the file (by position: a file may repeat a header), the cells as written in
 * it. A column whose every filled cell is a number as spreadsheets write them (¥1,200,
 * 3.5万, 12%) sorts by that number and lines up on the right; searched and exported, the
 * cells stay the file's text.
 */
import { parseNumber } from '@shared/values/number.js';
import type { TableColumn } from './data-table.js';

export interface SampleRow {
  index: number;
  cells: readonly string[];
}

const numberOf = (text: string | undefined): number | null => {
  const parsed = text === undefined || text.trim() === '' ? null : parseNumber(text);
  return typeof parsed === 'number' ? parsed : null;
};

export function sampleColumns(headers: readonly string[], rows: readonly (readonly string[])[]): TableColumn<SampleRow>[] {
  return headers.map((header, c) => {
    const filled = rows.map((r) => r[c]).filter((v) => v !== undefined && v.trim() !== '');
    const numeric = filled.length > 0 && filled.every((v) => numberOf(v) !== null);
    return {
      id: `c${c}`,
      label: header,
      value: (row) => (numeric ? numberOf(row.cells[c]) : (row.cells[c] ?? null)),
      text: (row) => row.cells[c] ?? '',
      alignRight: numeric,
      clip: true,
    };
  });
}

export const sampleRows = (rows: readonly (readonly string[])[]): SampleRow[] => rows.map((cells, index) => ({ index, cells }));
