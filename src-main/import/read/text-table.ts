/**
 * A delimited text file as a TableSource: detect the encoding, refuse binary data, sniff
 * the delimiter (or take it from Excel's `sep=` line), then read the file in 256 KB chunks through a strict streaming decoder into
 * the tokenizer. Memory holds one chunk and one batch, whatever the file size.
 */
import type { FileHandle } from 'node:fs/promises';
import { AppError } from '@shared/errors.js';
import { throwIfCancelled } from './abort.js';
import { BatchCollector } from './batch-collector.js';
import { drainBatches, readHeaderRow } from './drain-collector.js';
import { ChunkDecoder, DecodeFailure } from './chunk-decoder.js';
import { DECODER_LABEL, detectEncoding, isAscii } from './detect-encoding.js';
import { DelimitedTokenizer, RowTooLongError, UnclosedQuoteError } from './delimited-tokenizer.js';
import { MAX_ROW_CHARS } from '../limits.js';
import { columnName, uniqueHeaders } from './headers.js';
import { looksBinary } from './looks-binary.js';
import { ByteLane } from './byte-lane.js';
import { declaredDelimiter, sniffDelimiter, type Delimiter } from './sniff-delimiter.js';
import type { TableFormat, TableSource, TextEncoding } from './types.js';

/** 256 KB: as fast as 1 MB here, and fewer rows alive at once means less garbage promoted. */
export const TEXT_CHUNK_BYTES = 256 * 1024;

const FORMAT_OF: Readonly<Record<Delimiter, TableFormat>> = { ',': 'csv', '\t': 'tsv', ';': 'semicolon', '|': 'pipe' };

export interface OpenedFile {
  path: string;
  /** Basename, for messages. */
  name: string;
  handle: FileHandle;
  size: number;
  /** The first bytes of the file (up to 64 KB). */
  head: Uint8Array;
}

export async function openTextTable(opened: OpenedFile, signal?: AbortSignal, byteLines = false, forced?: TextEncoding): Promise<TableSource> {
  const { path, name, handle, size, head } = opened;
  const complete = head.length >= size;
  // The user's choice wins over detection (a file detection reads wrongly).
  const detected = forced ?? detectEncoding(head);
  if (looksBinary(head, detected)) throw new AppError('error.binaryFile', { file: name });

  const headText = new TextDecoder(DECODER_LABEL[detected]).decode(head, { stream: !complete });
  const newline = headText.includes('\n') || !headText.includes('\r') ? '\n' : '\r';
  const declared = declaredDelimiter(headText);
  const delimiter = declared ?? sniffDelimiter(headText, newline, complete);

  const decoder = new ChunkDecoder(detected, isAscii(head), name);
  const collector = new BatchCollector();
  const tokenizer = new DelimitedTokenizer(delimiter, newline, collector, declared ? 1 : 0);
  // Once the header is read (by the tokenizer), quote-free lines are typed from their bytes.
  const lane = byteLines ? new ByteLane(tokenizer, collector, decoder, newline, delimiter, name) : undefined;
  const buffer = Buffer.allocUnsafe(TEXT_CHUNK_BYTES);
  let position = 0;
  let ended = false;
  let closed = false;
  let headers: string[] = [];

  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };

  /** Reads and tokenizes one chunk; false once the end of the file has been processed. */
  const pump = async (): Promise<boolean> => {
    if (ended) return false;
    throwIfCancelled(signal);
    try {
      const { bytesRead } = await handle.read(buffer, 0, TEXT_CHUNK_BYTES, position);
      position += bytesRead;
      if (bytesRead === 0) {
        ended = true;
        lane?.flush();
        tokenizer.push(decoder.decode(new Uint8Array(0), true));
        tokenizer.end();
        collector.flush();
      } else if (!lane || collector.header === null) {
        tokenizer.push(decoder.decode(buffer.subarray(0, bytesRead), false));
      } else if (!lane.takeBytes(buffer.subarray(0, bytesRead))) {
        lane.takeText(decoder.decode(buffer.subarray(0, bytesRead), false));
      }
    } catch (e) {
      if (e instanceof DecodeFailure) throw decodeFailure(e);
      if (e instanceof RowTooLongError) throw new AppError('error.rowTooLong', { file: name, row: e.row, limit: MAX_ROW_CHARS });
      if (e instanceof UnclosedQuoteError) {
        throw new AppError('error.unbalancedQuote', { file: name, row: e.row, column: columnName(headers, e.field) });
      }
      throw e;
    }
    return true;
  };

  /** The row where decoding failed: the record the text before the failure ends in. */
  const decodeFailure = (e: DecodeFailure): AppError => {
    const encoding = decoder.encoding === 'GB18030' ? 'GB18030 (GBK)' : decoder.encoding;
    let row: number;
    try {
      tokenizer.push(e.prefix);
      row = tokenizer.nextRow;
    } catch (inner) {
      row = inner instanceof UnclosedQuoteError ? inner.row : tokenizer.nextRow;
    }
    if (e.kind === 'truncated') return new AppError('error.truncatedCharacter', { file: name, row });
    return new AppError('error.mixedEncoding', { file: name, row, encoding });
  };

  // Set once the header is read: an unclosed quote later on names its column.
  headers = uniqueHeaders(await readHeaderRow(collector, pump, close, name));
  const batches = drainBatches(collector, pump, close, name, signal);

  return {
    file: path,
    format: FORMAT_OF[delimiter],
    get encoding() {
      return decoder.encoding;
    },
    delimiter,
    headers,
    headerRow: collector.headerRow,
    bytesTotal: size,
    bytesRead: () => position,
    batches,
    close,
  };
}
