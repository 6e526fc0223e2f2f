/**
 * The rows of one worksheet, parsed by exceljs' streaming reader but fed by us.
 *
 * exceljs' `WorkbookReader` reads the archive in one pass through unzipper's streaming
 * parser, which can end early and drop the entries stored last (exceljs issue #3064,
 * unzipper #234). exceljs itself writes `xl/workbook.xml` last, so the reader failed at
 * random ("reading 'sheets'") and could lose `styles.xml`, turning dates into serial
 * numbers. It also copies every sheet stored before the shared strings to a temp file.
 * Instead we open each part at its central-directory offset, in dependency order
 * (relationships, workbook, shared strings, styles, then the sheet), and hand the streams
 * to the same exceljs part parsers `WorkbookReader.parse` uses. Memory stays flat: only
 * the shared strings are cached, the sheet is parsed as it inflates.
 */
import ExcelJS from 'exceljs';
import type { Row } from 'exceljs';
import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { basename } from 'node:path';
import { AppError, isAppError } from '@shared/errors.js';
import { MAX_SHARED_STRINGS_BYTES } from '../limits.js';
import type { WorkbookIndex } from './xlsxWorkbookIndex.js';
import { entryDataStart, ZipFormatError } from './zipDirectory.js';
import { openEntryStream } from './zipEntryStream.js';
import { PartSizeLimit, SheetGuard, SheetXmlError } from './xlsxSheetGuard.js';

const ignore = (): void => undefined;

/** A part of the workbook that exceljs could not parse: the message names the part, not exceljs' internals. */
export class XlsxPartError extends Error {
  constructor(readonly part: string) {
    super(`damaged part ${part}`);
    this.name = 'XlsxPartError';
  }
}

/** Errors of our own checks pass as they are; anything else thrown while parsing `part` means the part is damaged. */
function inPart(part: string, e: unknown): unknown {
  if (isAppError(e) || e instanceof ZipFormatError || e instanceof SheetXmlError || e instanceof XlsxPartError) return e;
  return new XlsxPartError(part);
}

export interface SheetRowStream {
  /** The next rows (those parsed from one chunk), or null at the end of the sheet. Rejects if the file cannot be read. */
  next(): Promise<Row[] | null>;
  /** Share of the sheet's compressed bytes consumed, scaled to `bytesTotal`. */
  bytesRead(): number;
  /** Stops reading and releases the file; safe at any time. */
  close(): void;
}

/** The part parsers of exceljs 4.4's WorkbookReader (lib/stream/xlsx/workbook-reader.js). */
interface WorkbookReaderParts {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  styles?: { getStyleModel(id: number): unknown };
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<{ eventType: string; value: WorksheetEvents }>;
}

/** exceljs' WorksheetReader.parse: the events of each parsed chunk, rows among them. */
interface WorksheetEvents {
  parse(): AsyncIterator<Array<{ eventType: string; value: unknown }>>;
}

/**
 * Streams the rows of worksheet `part`. An abort rejects the row being waited for at once.
 * `bytesTotal` scales progress; the handle is only used before this returns.
 */
export async function streamSheetRows(
  path: string,
  handle: FileHandle,
  index: WorkbookIndex,
  part: string,
  bytesTotal: number,
  signal?: AbortSignal,
): Promise<SheetRowStream> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookReaderParts;
  const open: Readable[] = [];
  let stopped = false;
  const stream = async (name: string, onCompressed?: (bytes: number) => void): Promise<Readable> => {
    const entry = index.entries.get(name);
    if (!entry) throw new ZipFormatError(`missing part ${name}`);
    const start = await entryDataStart(handle, entry);
    // A cancelled preparation may still be running: it must not open more files.
    if (stopped) throw new AppError('error.cancelled');
    const s = openEntryStream(path, entry, start, onCompressed);
    open.push(s);
    return s;
  };
  const closeStreams = (): void => {
    stopped = true;
    for (const s of open) s.destroy();
  };

  // A cancel rejects the waits in progress at once. Not Promise.race against one promise
  // that never settles: each race left a reaction on it holding that chunk's rows, so
  // memory grew with the sheet (440 MB for 200k rows).
  const waiting = new Set<(e: unknown) => void>();
  let aborted: AppError | null = null;
  const onAbort = (): void => {
    aborted = new AppError('error.cancelled');
    for (const reject of waiting) reject(aborted);
    waiting.clear();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  const orCancel = <T>(work: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (aborted) {
        work.catch(() => undefined);
        reject(aborted);
        return;
      }
      waiting.add(reject);
      work.then(
        (value) => {
          waiting.delete(reject);
          resolve(value);
        },
        (e: unknown) => {
          waiting.delete(reject);
          reject(e);
        },
      );
    });

  const compressedSize = index.entries.get(part)?.compressedSize ?? 0;
  let consumed = 0;
  const parsing = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (e) {
      throw inPart(name, e);
    }
  };
  const prepare = async (): Promise<AsyncIterator<Array<{ eventType: string; value: unknown }>>> => {
    await parsing(index.workbookRelsPart, async () => reader._parseRels(await stream(index.workbookRelsPart)));
    await parsing(index.workbookPart, async () => reader._parseWorkbook(await stream(index.workbookPart)));
    const strings = index.sharedStringsPart;
    if (strings) {
      // exceljs holds every shared string in memory: their size is bounded before they are read.
      const tooLarge = (): Error => new AppError('error.xlsxPartTooLarge', { file: basename(path), part: strings, limit: MAX_SHARED_STRINGS_BYTES / 1024 / 1024 });
      await parsing(strings, async () => {
        for await (const _ of reader._parseSharedStrings(pipeline(await stream(strings), new PartSizeLimit(MAX_SHARED_STRINGS_BYTES, tooLarge), ignore)));
      });
    }
    if (index.stylesPart) await parsing(index.stylesPart, async () => reader._parseStyles(await stream(index.stylesPart!)));
    tolerateMissingStyles(reader);
    // pipeline, not pipe: a damaged deflate stream must reach the parser as an error.
    const sheet = pipeline(await stream(part, (bytes) => (consumed += bytes)), new SheetGuard(), ignore);
    open.push(sheet);
    const [worksheet] = [...reader._parseWorksheet(sheet, '1')];
    return worksheet.value.parse();
  };
  let events: AsyncIterator<Array<{ eventType: string; value: unknown }>>;
  try {
    events = await orCancel(prepare());
  } catch (e) {
    signal?.removeEventListener('abort', onAbort);
    closeStreams();
    throw e;
  }
  let finished = false;
  let closed = false;

  return {
    async next() {
      // One await per parsed chunk, not per row: exceljs' row iterator costs a promise each.
      for (;;) {
        const result = await orCancel(events.next()).catch((e: unknown) => {
          throw inPart(part, e);
        });
        if (result.done) {
          finished = true;
          return null;
        }
        const rows = result.value.filter((e) => e.eventType === 'row').map((e) => e.value as Row | null);
        // exceljs emits a null row for a `</row>` that no `<row>` opened: damage, and its cells were dropped.
        if (rows.includes(null)) throw new XlsxPartError(part);
        if (rows.length > 0) return rows as Row[];
      }
    },
    bytesRead: () => (finished || compressedSize === 0 ? bytesTotal : Math.round((consumed / compressedSize) * bytesTotal)),
    close() {
      if (closed) return;
      closed = true;
      signal?.removeEventListener('abort', onAbort);
      closeStreams();
    },
  };
}

/**
 * A cell whose style index names no style (a styles part without the `cellXfs` it refers
 * to) is shown in the default style, as Excel and LibreOffice do, instead of failing.
 */
function tolerateMissingStyles(reader: WorkbookReaderParts): void {
  const styles = reader.styles;
  if (!styles) return;
  const model = styles.getStyleModel.bind(styles);
  styles.getStyleModel = (id) => {
    try {
      return model(id);
    } catch {
      return undefined;
    }
  };
}
