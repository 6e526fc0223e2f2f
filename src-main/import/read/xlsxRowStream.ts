/**
 * The rows of one worksheet, streamed by exceljs' WorkbookReader, with the failure paths
 * exceljs leaves open closed: errors of the file stream and of its unzipper (a damaged
 * deflate stream would otherwise hang the read forever) reject the row being waited for,
 * and sheets we skip have their temp-file streams closed.
 */
import { createReadStream } from 'node:fs';
import type { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Row } from 'exceljs';
import { AppError } from '@shared/errors.js';

export interface SheetRowStream {
  /** The next row, or null at the end of the sheet. Rejects if the file cannot be read. */
  next(): Promise<Row | null>;
  bytesRead(): number;
  /** Stops reading and releases the file; safe at any time. */
  close(): void;
}

/**
 * When a workbook stores its sheets before the shared strings (Excel and exceljs both do),
 * exceljs copies each sheet to a temp file and opens a read stream on it as it yields the
 * sheet. A sheet we skip would leave that stream's file descriptor open: close it.
 */
function releaseWorksheet(worksheet: unknown): void {
  const source = (worksheet as { iterator?: unknown }).iterator;
  if (source instanceof Readable) source.destroy();
}

/**
 * Streams the rows of `xl/worksheets/sheet{partNumber}.xml` of the workbook at `path`.
 * An abort rejects the row being waited for at once: exceljs may spend seconds copying
 * sheets to temp files before the first row.
 */
export function streamSheetRows(path: string, partNumber: number, signal?: AbortSignal): SheetRowStream {
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  let position = 0;
  stream.on('data', (chunk) => {
    position += chunk.length;
  });
  let fail: (e: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (fail = reject));
  failure.catch(() => undefined);
  stream.once('error', fail);
  const onAbort = (): void => fail(new AppError('error.cancelled'));
  signal?.addEventListener('abort', onAbort, { once: true });
  // exceljs pipes the file into its unzipper, whose errors it ignores while copying a sheet
  // to a temp file: listen on whatever the file is piped into.
  const pipe = stream.pipe.bind(stream);
  stream.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    (destination as unknown as EventEmitter).on('error', fail);
    return pipe(destination, options);
  };

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  // exceljs announces each worksheet part (its N) just before yielding its reader.
  let announced = -1;
  (reader as unknown as EventEmitter).on('entry', (entry: { type: string; id?: string }) => {
    if (entry.type === 'worksheet') announced = Number(entry.id);
  });

  async function* rows(): AsyncGenerator<Row> {
    let found = false;
    for await (const worksheet of reader) {
      if (!found && announced === partNumber) {
        found = true;
        yield* worksheet;
      } else {
        releaseWorksheet(worksheet);
      }
      // Going on to the end lets exceljs delete the temp file it used for each sheet.
    }
  }
  const iterator = rows();
  let pulling = false;
  let closed = false;

  return {
    async next() {
      pulling = true;
      try {
        const result = await Promise.race([iterator.next(), failure]);
        return result.done ? null : result.value;
      } finally {
        pulling = false;
      }
    },
    bytesRead: () => position,
    close() {
      if (closed) return;
      closed = true;
      signal?.removeEventListener('abort', onAbort);
      stream.destroy();
      // A generator parked at a yield returns at once; one stuck in a read never would.
      if (!pulling) void iterator.return(undefined).catch(() => undefined);
    },
  };
}
