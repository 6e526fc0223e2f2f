/**
 * A one-sheet .xlsx written with exceljs's streaming writer (rows are committed as they
 * go, so memory stays flat for big exports). Dates are real date cells: naive wall-clock
 * milliseconds become Excel serials showing exactly that wall-clock time.
 */
import ExcelJS from 'exceljs';

export interface XlsxColumn {
  header: string;
  width: number;
  /** Excel number format, e.g. `yyyy-mm-dd hh:mm:ss` for date cells or `0.00`. */
  numFmt?: string;
}

export type XlsxCell = string | number | Date;

export async function writeXlsxSheet(
  file: string,
  sheetName: string,
  columns: readonly XlsxColumn[],
  rows: Iterable<readonly XlsxCell[]>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  for (const row of rows) sheet.addRow([...row]).commit();
  sheet.commit();
  await workbook.commit();
}
