/**
 * One zip entry as a stream of its uncompressed bytes, read straight from the file at the
 * offsets of the central directory: no pass over the rest of the archive, no temp files.
 */
import { createReadStream } from 'node:fs';
import { PassThrough, pipeline, Readable, Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { crc32, createGunzip } from 'node:zlib';
import { ZipFormatError } from './zip-directory.js';
import type { ZipEntry } from './zip-directory.js';

/**
 * zlib inflates a whole input chunk at once, whatever the reader's backpressure: at
 * deflate's ratio of up to 1032:1, 64 KB in is at most ~66 MB out in one go (256 KB made
 * a crafted workbook take a gigabyte).
 */
const COMPRESSED_CHUNK_BYTES = 64 * 1024;
/**
 * Inflated pieces of 256 KB (a quarter of the stream events of 64 KB ones, each an emit, a
 * CRC update and a turn of the scanner's loop): a 200k-row sheet's parse took ~5 % less
 * CPU. It does not change what one compressed chunk can inflate to, only how it is cut.
 */
const INFLATED_CHUNK_BYTES = 256 * 1024;

/**
 * Streams `entry` of the zip at `path`, whose data starts at `dataStart`. `onCompressed`
 * hears how many compressed bytes were read (for progress). Errors (a damaged deflate
 * stream, a vanished file) are emitted by the returned stream.
 */
export function openEntryStream(path: string, entry: ZipEntry, dataStart: number, onCompressed?: (bytes: number) => void): Readable {
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: COMPRESSED_CHUNK_BYTES });
  if (onCompressed) raw.on('data', (chunk) => onCompressed(chunk.length));
  // pipeline forwards an error of any stage to the last, where the reader sees it.
  if (entry.method === 8) return pipeline(raw, new GzipFraming(entry), createGunzip({ chunkSize: INFLATED_CHUNK_BYTES }), () => undefined);
  return pipeline(raw, new PassThrough(), new Crc32Check(entry), () => undefined);
}

/** zlib's error for inflated bytes whose CRC-32 or length is not the trailer's. */
function isCheckFailure(e: unknown): boolean {
  const error = e as NodeJS.ErrnoException | null;
  return error?.code === 'Z_DATA_ERROR' && /incorrect (data|length) check/.test(error.message);
}

/** An error of an entry's stream as the reader reports it: a checksum that does not match is damage to `entry`. */
export function entryStreamError(entry: ZipEntry, e: unknown): unknown {
  return isCheckFailure(e) ? damaged(entry) : e;
}

const damaged = (entry: ZipEntry): ZipFormatError => new ZipFormatError(`${entry.name} is damaged (its checksum does not match)`);

/**
 * A deflated entry framed as a gzip member (RFC 1952: a header, the deflate data, then the
 * CRC-32 and length of what it inflates to — the entry's, from the zip directory), so that
 * zlib checks the CRC as it inflates, on its own thread: checked here, every inflated
 * byte was hashed a second time by the thread that scans them.
 */
class GzipFraming extends Transform {
  private started = false;

  constructor(private readonly entry: ZipEntry) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.started) {
      this.started = true;
      this.push(GZIP_HEADER);
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.entry.crc32 >>> 0, 0);
    trailer.writeUInt32LE(this.entry.size % 2 ** 32, 4);
    done(null, this.started ? trailer : Buffer.concat([GZIP_HEADER, trailer]));
  }
}

/** A gzip member header (RFC 1952 §2.3): deflate, no flags, no time, unknown system. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * Fails at the end of a stored entry whose bytes do not match its CRC-32 (deflated ones
 * are checked by zlib, GzipFraming): a damaged byte can still inflate and parse (a digit
 * changed, a tag renamed), and would import wrong values.
 */
class Crc32Check extends Transform {
  private crc = 0;

  constructor(private readonly entry: ZipEntry) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.crc = crc32(chunk, this.crc);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    done(this.crc >>> 0 === this.entry.crc32 >>> 0 ? null : damaged(this.entry));
  }
}
