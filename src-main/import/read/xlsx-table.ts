/**
 * An .xlsx sheet as a TableSource. The sheet list comes from our own read of the zip
 * directory, which also turns truncated or foreign files into a clear 'xlsxCorrupt'; rows
 * are scanned from the sheet's bytes as it inflates (see xlsxRowStream), so memory stays
 * flat: shared strings are held, rows are not. With `byteLines` the rows go to the import
 * as byte lines (xlsx-lines.ts), else as strings decoded from them.
 */
import { AppError, isAppError } from '@shared/errors.js';
import { throwIfCancelled } from './abort.js';
import { BatchCollector } from './batch-collector.js';
import { drainBatches, readHeaderRow } from './drain-collector.js';
import { uniqueHeaders } from './headers.js';
import type { OpenedFile } from './text-table.js';
import type { TableSource } from './types.js';
import { linesAsStringRows, XlsxLines } from './xlsx-lines.js';
import { streamSheetRows, XlsxPartError, type SheetRowStream } from './xlsx-row-stream.js';
import { SheetXmlError } from './xlsx-sheet-scanner.js';
import { ZipFormatError } from './zip-directory.js';
import { MAX_CELL_XML_CHARS } from '../limits.js';
import { readWorkbookIndex, type SheetInfo, type WorkbookIndex } from './xlsx-workbook-index.js';

interface SheetChoice {
  sheet: SheetInfo;
  names: string[];
}

/** The named sheet (exact, then ignoring case and spaces), or the first visible worksheet. */
function chooseSheet(index: WorkbookIndex, wanted: string | undefined, fileName: string): SheetChoice {
  const names = index.sheets.map((s) => s.name);
  const fold = (s: string): string => s.trim().toLowerCase();
  const sheet =
    wanted === undefined
      ? (index.sheets.find((s) => s.visible && s.part !== null) ?? index.sheets.find((s) => s.part !== null))
      : (index.sheets.find((s) => s.name === wanted) ?? index.sheets.find((s) => fold(s.name) === fold(wanted)));
  if (!sheet) {
    if (wanted === undefined) throw new AppError('error.xlsxCorrupt', { file: fileName, detail: 'the workbook has no worksheet' });
    throw new AppError('error.sheetNotFound', { file: fileName, sheet: wanted, sheets: names.join(', ') });
  }
  return { sheet, names };
}

/** Columns up to the last non-empty header cell. */
function headerWidth(cells: readonly string[]): number {
  let last = cells.length;
  while (last > 0 && cells[last - 1] === '') last--;
  return last;
}

/** Every failure to read a workbook as a clear message: what is wrong and where, never a parser's internals. */
function corrupt(fileName: string, e: unknown): AppError {
  if (isAppError(e)) return e;
  if (e instanceof SheetXmlError) {
    const p = e.problem;
    if (p.kind === 'rowOrder') return new AppError('error.xlsxRowOrder', { file: fileName, row: p.row, previous: p.previous });
    if (p.kind === 'cellOrder') return new AppError('error.xlsxCellOrder', { file: fileName, row: p.row, column: p.column });
    return new AppError('error.cellTooLong', { file: fileName, row: p.row, column: p.column, limit: MAX_CELL_XML_CHARS });
  }
  if (e instanceof XlsxPartError) return new AppError('error.xlsxPartDamaged', { file: fileName, part: e.part });
  if (e instanceof ZipFormatError) return new AppError('error.xlsxCorrupt', { file: fileName, detail: e.message });
  return new AppError('error.xlsxCorrupt', { file: fileName, detail: e instanceof Error && e.name !== 'TypeError' ? e.message : 'unreadable data' });
}

export async function openXlsxTable(opened: OpenedFile, sheetName: string | undefined, signal?: AbortSignal, byteLines = false): Promise<TableSource> {
  const { path, name, handle, size } = opened;
  const collector = new BatchCollector();
  const lines = new XlsxLines(true);
  /** Hands what the scanner wrote to the collector: the header once known, then whole batches. */
  const collect = (end: boolean): void => {
    if (collector.header === null && lines.header !== null) collector.record(lines.header, lines.headerRow);
    for (const batch of lines.take(end)) {
      if (byteLines) collector.recordLines(batch);
      else for (const { row, cells } of linesAsStringRows(batch)) collector.record(cells, row);
    }
  };
  let rows: SheetRowStream;
  let choice: SheetChoice;
  try {
    const index = await readWorkbookIndex(handle, size);
    choice = chooseSheet(index, sheetName, name);
    if (choice.sheet.part === null) throw new AppError('error.fileEmpty', { file: name });
    rows = await streamSheetRows(path, handle, index, choice.sheet.part, size, lines, signal);
  } catch (e) {
    throw corrupt(name, e);
  } finally {
    await handle.close();
  }
  const { sheet, names } = choice;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    rows.close();
  };

  /** Feeds the rows of the next piece of the sheet to the collector; false at the end of the sheet. */
  const pump = async (): Promise<boolean> => {
    throwIfCancelled(signal);
    let more: boolean;
    try {
      more = await rows.next();
    } catch (e) {
      throw corrupt(name, e);
    }
    collect(!more);
    if (!more) collector.flush();
    return more;
  };

  const header = await readHeaderRow(collector, pump, close, name);
  const headers = uniqueHeaders(header.slice(0, headerWidth(header)));
  const batches = drainBatches(collector, pump, close, name, signal);

  return {
    file: path,
    format: 'xlsx',
    encoding: 'xlsx',
    sheet: sheet.name,
    sheets: names,
    headers,
    headerRow: collector.headerRow,
    bytesTotal: size,
    bytesRead: () => rows.bytesRead(),
    batches,
    close,
  };
}
