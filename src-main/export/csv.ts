import { neutraliseFormula } from '@shared/formula-safe.js';

export type CsvValue = string | number | null;

function csvCell(v: CsvValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const text = neutraliseFormula(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line with its CRLF: RFC 4180 quoting, formula-safe text, numbers as numbers. */
export function csvLine(row: readonly CsvValue[]): string {
  return `${row.map(csvCell).join(',')}\r\n`;
}

/** RFC 4180 CSV with a UTF-8 BOM (so Excel opens Chinese text correctly), formula-safe. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map(csvLine).join('')}`;
}
