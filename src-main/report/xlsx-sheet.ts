/**
 * One report table on an Excel sheet: a bold header row, frozen, with an auto filter;
 * numbers stay numbers with the column's number format; every text cell is written as a
 * string and neutralised when it starts like a formula (= + - @ | tab CR: formula
 * injection, OWASP; src-shared/formula-safe.ts), so text from the client's data can never run as a formula.
 */
import type ExcelJS from 'exceljs';
import { neutraliseFormula } from '@shared/formula-safe.js';
import type { Cell, CellKind, ReportTable } from './table.js';
import { excelFormat, isTyped } from './table.js';

/** Text that is safe in a cell: formula-like text gets a leading apostrophe, control characters go. */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return neutraliseFormula(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Width of text in Excel's character units (CJK characters are two). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

function dateValue(text: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : safeText(text);
}

/** Writes one value with its kind; returns the width it needs. */
export function writeCell(target: ExcelJS.Cell, value: Cell, kind: CellKind): number {
  if (isTyped(value)) return writeCell(target, value.value, value.kind);
  if (value === null) {
    target.value = null;
    return 2;
  }
  if (typeof value === 'string') {
    const v = kind === 'date' ? dateValue(value) : safeText(value);
    target.value = v;
    if (v instanceof Date) target.numFmt = excelFormat('date')!;
    return typeof v === 'string' ? displayWidth(v) : 11;
  }
  if (!Number.isFinite(value)) {
    target.value = null;
    return 2;
  }
  target.value = value;
  const format = excelFormat(kind);
  if (format) target.numFmt = format;
  return kind === 'percent' ? 8 : Math.min(18, String(Math.round(value)).length + 6);
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3F7' } };
const MARK_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6E0' } };

/**
 * The table from `startRow` (1-based). With `filter`, the header row is frozen and gets an
 * auto filter (one per sheet: only the sheet's main table). Returns the next free row.
 */
export function writeTable(sheet: ExcelJS.Worksheet, t: ReportTable, startRow = 1, filter = true): number {
  const widths = t.columns.map((c) => displayWidth(c.label) + 2);
  const header = sheet.getRow(startRow);
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = safeText(c.label);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'bottom', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9FB3C8' } } };
  });
  t.rows.forEach((row, r) => {
    const line = sheet.getRow(startRow + 1 + r);
    row.forEach((value, c) => {
      const cell = line.getCell(c + 1);
      widths[c] = Math.max(widths[c], writeCell(cell, value, t.columns[c].kind));
      if (t.marked?.[r]) cell.fill = MARK_FILL;
    });
  });
  t.columns.forEach((_, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(column.width ?? 0, Math.min(60, widths[i] + 1));
  });
  if (filter) {
    sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: startRow }];
    sheet.autoFilter = { from: { row: startRow, column: 1 }, to: { row: startRow + t.rows.length, column: t.columns.length } };
  }
  let next = startRow + 1 + t.rows.length;
  if (t.note) {
    sheet.getCell(next, 1).value = safeText(t.note);
    sheet.getCell(next, 1).font = { italic: true, color: { argb: 'FF52606D' } };
    next++;
  }
  return next + 1;
}
