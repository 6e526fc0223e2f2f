/**
 * CSV for a CRM or a spreadsheet, built in the page from a table it shows. Text cells
 * that a spreadsheet would run as a formula get a leading apostrophe (the one rule every
 * export follows: src-shared/formula-safe.ts); numbers are written as numbers.
 */
import { neutraliseFormula } from '@shared/formula-safe.js';

export type CsvCell = string | number | null | undefined;

export function escapeCsvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const guarded = neutraliseFormula(cell);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Rows joined with CRLF (what Excel writes); the download helper adds the BOM. */
export function toCrmCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(escapeCsvCell).join(',')).join('\r\n') + '\r\n';
}
