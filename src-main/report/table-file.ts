/**
 * An on-screen table saved as a file (issue 16, item 3): CSV with a BOM, or one Excel
 * sheet laid out like the report's tables (bold frozen header, auto filter, numbers kept
 * as numbers with their format). Both writers neutralise formula-like text the one way
 * every export does (src-shared/formula-safe.ts).
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { TableCellKind, TableExportFormat } from '@shared/table-export.js';
import { csvLine, toCsv } from '../export/csv.js';
import { displayWidth, safeText, writeTable } from './xlsx-sheet.js';

export interface PlainTable {
  title: string;
  columns: readonly { label: string; kind: TableCellKind }[];
  rows: readonly (readonly (string | number | null)[])[];
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Sheet1';
}

/** A file name part from a title: path and shell-unfriendly characters become dashes. */
export function fileStem(title: string): string {
  return (
    title
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'table'
  );
}

export async function writeTableFile(file: string, format: TableExportFormat, table: PlainTable): Promise<void> {
  if (format === 'csv') {
    writeFileSync(file, toCsv([table.columns.map((c) => c.label), ...table.rows]));
    return;
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(table.title));
  writeTable(sheet, { id: 'table', title: table.title, columns: table.columns.map((c) => ({ ...c })), rows: table.rows.map((r) => [...r]) });
  await workbook.xlsx.writeFile(file);
}

/**
 * Many rows from the store, streamed to the file (a million-row dataset never sits in
 * memory): CSV line by line, XLSX with exceljs's streaming writer. Excel holds at most
 * 1,048,575 rows under the header; the caller checks before it starts.
 */
export async function writeRowsFile(file: string, format: TableExportFormat, title: string, headers: readonly string[], rows: Iterable<readonly (string | number | null)[]>): Promise<void> {
  if (format === 'csv') {
    const out = createWriteStream(file);
    const done = new Promise<void>((resolve, reject) => {
      out.once('finish', resolve);
      out.once('error', reject);
    });
    out.write(`\uFEFF${csvLine(headers)}`);
    for (const row of rows) if (!out.write(csvLine(row))) await once(out, 'drain');
    out.end();
    return done;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((h, i) => ({ header: safeText(h), key: `c${i}`, width: Math.min(40, Math.max(10, displayWidth(h) + 2)) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'string' ? safeText(v) : v))).commit();
  sheet.commit();
  await workbook.commit();
}

export const XLSX_MAX_ROWS = 1_048_575;
