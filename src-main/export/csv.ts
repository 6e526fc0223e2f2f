import { neutraliseFormula } from './safe-cell.js';

/** RFC 4180 CSV with a UTF-8 BOM (so Excel opens Chinese text correctly), formula-safe. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null): string => {
    if (v === null) return '';
    if (typeof v === 'number') return String(v);
    const text = neutraliseFormula(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
