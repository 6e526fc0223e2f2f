/**
 * The rows of one worksheet, read by our own byte-level XML scanner (xlsxSheetScanner).
 *
 * Each part is opened at its central-directory offset, in dependency order (styles, shared
 * strings, then the sheet), never by a pass over the whole archive: exceljs' streaming
 * reader did that and could end early, dropping the parts stored last (exceljs #3064,
 * unzipper #234). The sheet is scanned as it inflates, so memory stays flat: only the
 * shared strings are held, decoded once into a table (of UTF-8 bytes). exceljs' parser, which this replaced,
 * made an object of every tag, attribute and cell and spent most of an import's time in
 * them (a 200k-row workbook took 8× the time of the same rows as CSV).
 */
import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { basename } from 'node:path';
import { AppError, isAppError } from '@shared/errors.js';
import { MAX_SHARED_STRINGS_BYTES } from '../limits.js';
import type { WorkbookIndex } from './xlsx-workbook-index.js';
import { entryDataStart, readZipEntry, ZipFormatError } from './zip-directory.js';
import { entryStreamError, openEntryStream } from './zip-entry-stream.js';
import { PartSizeLimit } from './part-size-limit.js';
import type { XlsxLines } from './xlsx-lines.js';
import { readSharedStrings, SharedStrings } from './xlsx-shared-strings.js';
import { SheetScanner, SheetXmlError } from './xlsx-sheet-scanner.js';
import { dateStylesOf } from './xlsx-styles.js';

const ignore = (): void => undefined;

/** A part of the workbook that could not be read as XML: the message names the part. */
export class XlsxPartError extends Error {
  constructor(readonly part: string) {
    super(`damaged part ${part}`);
    this.name = 'XlsxPartError';
  }
}

/** Errors of our own checks pass as they are (zlib's of a checksum is one); anything else thrown while reading `part` means the part is damaged. */
function inPart(index: WorkbookIndex, part: string, e: unknown): unknown {
  const entry = index.entries.get(part);
  const error = entry ? entryStreamError(entry, e) : e;
  if (isAppError(error) || error instanceof ZipFormatError || error instanceof SheetXmlError || error instanceof XlsxPartError) return error;
  return new XlsxPartError(part);
}

export interface SheetRowStream {
  /** Writes the rows of the next piece of the sheet into the lines; false at the end of the sheet. Rejects if the file cannot be read. */
  next(): Promise<boolean>;
  /** Share of the sheet's compressed bytes consumed, scaled to `bytesTotal`. */
  bytesRead(): number;
  /** Stops reading and releases the file; safe at any time. */
  close(): void;
}

/**
 * Streams the rows of worksheet `part` into `lines`. An abort rejects the piece being
 * waited for at once. `bytesTotal` scales progress; the handle is only used before this returns.
 */
export async function streamSheetRows(
  path: string,
  handle: FileHandle,
  index: WorkbookIndex,
  part: string,
  bytesTotal: number,
  lines: XlsxLines,
  signal?: AbortSignal,
): Promise<SheetRowStream> {
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
      throw inPart(index, name, e);
    }
  };
  const prepare = async (): Promise<{ chunks: AsyncIterator<Buffer>; scanner: SheetScanner }> => {
    const stylesEntry = index.stylesPart ? index.entries.get(index.stylesPart) : undefined;
    const dateStyles = stylesEntry ? await parsing(stylesEntry.name, async () => dateStylesOf(await readZipEntry(handle, stylesEntry))) : [];
    let sharedStrings = SharedStrings.of([]);
    const strings = index.sharedStringsPart;
    if (strings) {
      // Every shared string is held in memory: their size is bounded before they are read.
      const tooLarge = (): Error => new AppError('error.xlsxPartTooLarge', { file: basename(path), part: strings, limit: MAX_SHARED_STRINGS_BYTES / 1024 / 1024 });
      sharedStrings = await parsing(strings, async () => readSharedStrings(pipeline(await stream(strings), new PartSizeLimit(MAX_SHARED_STRINGS_BYTES, tooLarge), ignore), tooLarge));
    }
    const scanner = new SheetScanner({ sharedStrings, dateStyles, date1904: index.date1904 }, lines);
    const sheet = await stream(part, (bytes) => (consumed += bytes));
    return { chunks: sheet[Symbol.asyncIterator]() as AsyncIterator<Buffer>, scanner };
  };
  let reading: { chunks: AsyncIterator<Buffer>; scanner: SheetScanner };
  try {
    reading = await orCancel(prepare());
  } catch (e) {
    signal?.removeEventListener('abort', onAbort);
    closeStreams();
    throw e;
  }
  const { chunks, scanner } = reading;
  let finished = false;
  let closed = false;

  return {
    async next() {
      if (finished) return false;
      const result = await orCancel(chunks.next()).catch((e: unknown) => {
        throw inPart(index, part, e);
      });
      try {
        if (result.done) {
          finished = true;
          scanner.end();
          return false;
        }
        scanner.write(result.value);
        return true;
      } catch (e) {
        throw inPart(index, part, e);
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
