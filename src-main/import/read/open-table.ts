/**
 * Entry points of the readers: decide what a file is from its name and first bytes, then
 * hand it to the text or the xlsx reader. Content wins over the extension where that is
 * safe (an .xlsx saved as .csv by a web app is still read as a workbook; an .xls that is
 * really a zip is an .xlsx); old binary .xls files are refused with advice.
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError, isAppError } from '@shared/errors.js';
import { throwIfCancelled } from './abort.js';
import { hasEncryptionInfo, isCompoundFile, isZipArchive } from './compound-file.js';
import { openTextTable, type OpenedFile } from './text-table.js';
import { openThreadTable } from './thread-table.js';
import type * as XlsxTableModule from './xlsx-table.js';
import type { OpenTableOptions, PreviewOptions, TablePreview, TableSource } from './types.js';

/** Bytes read up front for format and encoding detection. */
export const HEAD_BYTES = 64 * 1024;
export const DEFAULT_PREVIEW_ROWS = 20;

const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

async function openFile(path: string): Promise<OpenedFile> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('error.fileNotFound', { file: name });
    size = info.size;
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError('error.fileNotFound', { file: name });
  }
  if (size === 0) throw new AppError('error.fileEmpty', { file: name });
  const handle = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new AppError('error.fileNotFound', { file: name });
    throw new AppError('error.unexpected', { detail: `${name}: ${e.message}` });
  });
  try {
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return { path, name, handle, size, head: head.subarray(0, bytesRead) };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/**
 * Opens a CSV/TSV/TXT or .xlsx file and reads its header. Rows come from `batches()`;
 * call `close()` if you do not iterate to the end (`batches()` closes by itself).
 */
export async function openTable(file: string, options: OpenTableOptions = {}): Promise<TableSource> {
  const { sheet, signal } = options;
  throwIfCancelled(signal);
  const extension = extname(file).toLowerCase();
  const isText = TEXT_EXTENSIONS.has(extension);
  const isXlsx = XLSX_EXTENSIONS.has(extension);
  if (!isText && !isXlsx && extension !== '.xls') {
    throw new AppError('error.unsupportedFormat', { file: basename(file), ext: extension || '(none)' });
  }
  const opened = await openFile(file);
  const { name, handle, size, head } = opened;
  try {
    if (isCompoundFile(head)) {
      if (await hasEncryptionInfo(handle, size)) throw new AppError('error.xlsxEncrypted', { file: name });
      throw new AppError('error.xlsNotSupported', { file: name });
    }
    if (isZipArchive(head)) {
      if (options.byteLines && options.readerThread) {
        // Read in a thread of its own (thread-table.ts), which opens the file again.
        await handle.close();
        return await openThreadTable({ file, sheet }, signal);
      }
      if (isText) {
        // A zip named .csv: a workbook is read as one, anything else is not text.
        return await (await loadXlsx()).openXlsxTable(opened, sheet, signal, options.byteLines).catch((e: unknown) => {
          throw isAppError(e) && e.code === 'error.xlsxCorrupt' ? new AppError('error.binaryFile', { file: name }) : e;
        });
      }
      return await (await loadXlsx()).openXlsxTable(opened, sheet, signal, options.byteLines);
    }
    if (extension === '.xls') throw new AppError('error.xlsNotSupported', { file: name });
    if (isXlsx) throw new AppError('error.xlsxCorrupt', { file: name, detail: 'not a zip archive' });
    return await openTextTable(opened, signal, options.byteLines, options.encoding);
  } catch (e) {
    await handle.close().catch(() => undefined);
    throw e;
  }
}

/**
 * Header and the first `rows` data rows (default 20), for the mapping screen. A file with
 * a header and no data previews with `rows: []` instead of failing.
 */
export async function previewTable(file: string, options: PreviewOptions = {}): Promise<TablePreview> {
  const limit = options.rows ?? DEFAULT_PREVIEW_ROWS;
  const source = await openTable(file, { sheet: options.sheet, encoding: options.encoding });
  const rows: string[][] = [];
  try {
    if (limit > 0) {
      for await (const batch of source.batches()) {
        rows.push(...batch.rows.slice(0, limit - rows.length));
        if (rows.length >= limit) break;
      }
    }
  } catch (e) {
    if (!(isAppError(e) && e.code === 'error.headerOnly')) throw e;
  } finally {
    await source.close();
  }
  const { format, encoding, delimiter, sheet, sheets, headers } = source;
  return { format, encoding, delimiter, sheet, sheets, headers, rows };
}

type XlsxModule = typeof XlsxTableModule;

/** The workbook reader is loaded only when a workbook is opened, so CSV imports load less. */
function loadXlsx(): Promise<XlsxModule> {
  return import('./xlsx-table.js');
}
