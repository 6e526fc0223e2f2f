/**
 * Just enough of the ZIP format to list an archive and inflate one small entry, read
 * from the central directory at the end of the file (PKWARE APPNOTE.TXT 6.3, sections
 * 4.3.6 local header, 4.3.12 central directory header, 4.3.14–4.3.16 end records, ZIP64).
 * An .xlsx is a ZIP; reading its directory first gives the sheet names before streaming,
 * and tells a truncated or foreign file from a workbook with a clear message.
 */
import type { FileHandle } from 'node:fs/promises';
import { crc32, inflateRawSync } from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Entries we inflate whole (workbook.xml, its rels) are small; refuse absurd sizes. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** CRC-32 of the uncompressed data: any damage to an entry shows as a mismatch. */
  crc32: number;
  localHeaderOffset: number;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead < length) throw new ZipFormatError('unexpected end of file');
  return buffer;
}

/** Lists the entries of the ZIP archive in `handle` (file of `size` bytes). */
export async function readZipDirectory(handle: FileHandle, size: number): Promise<Map<string, ZipEntry>> {
  if (size < EOCD_SIZE) throw new ZipFormatError('file too short to be a zip archive');
  const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
  const tailStart = size - tailLength;
  const tail = await readAt(handle, tailStart, tailLength);
  let eocd = -1;
  for (let i = tailLength - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no zip end-of-directory record (the file is truncated or not a zip archive)');
  let count = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);
  if (directoryOffset === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) throw new ZipFormatError('broken ZIP64 locator');
    const record = await readAt(handle, Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) throw new ZipFormatError('broken ZIP64 directory record');
    count = Number(record.readBigUInt64LE(32));
    directorySize = Number(record.readBigUInt64LE(40));
    directoryOffset = Number(record.readBigUInt64LE(48));
  }
  if (directoryOffset + directorySize > size) throw new ZipFormatError('zip directory points past the end of the file (truncated?)');
  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new ZipFormatError('damaged zip directory');
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const name = directory.toString('utf8', p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name,
      method: directory.readUInt16LE(p + 10),
      crc32: directory.readUInt32LE(p + 16),
      compressedSize: directory.readUInt32LE(p + 20),
      size: directory.readUInt32LE(p + 24),
      localHeaderOffset: directory.readUInt32LE(p + 42),
    };
    applyZip64Extra(entry, directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.set(name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 extended information (APPNOTE 4.5.3): the 64-bit values of fields saturated at 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  const SATURATED = 0xffffffff;
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = (): number => {
        const value = r + 8 <= q + 4 + length ? Number(extra.readBigUInt64LE(r)) : SATURATED;
        r += 8;
        return value;
      };
      if (entry.size === SATURATED) entry.size = next();
      if (entry.compressedSize === SATURATED) entry.compressedSize = next();
      if (entry.localHeaderOffset === SATURATED) entry.localHeaderOffset = next();
      return;
    }
    q += 4 + length;
  }
}

/** File offset where an entry's (compressed) data starts, after its local header. */
export async function entryDataStart(handle: FileHandle, entry: ZipEntry): Promise<number> {
  const local = await readAt(handle, entry.localHeaderOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipFormatError(`damaged zip entry ${entry.name}`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`${entry.name} uses unsupported compression method ${entry.method}`);
  return entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}

/** The uncompressed bytes of one (small) entry; stored and deflated entries only. */
export async function readZipEntry(handle: FileHandle, entry: ZipEntry): Promise<Buffer> {
  if (entry.compressedSize > MAX_ENTRY_BYTES || entry.size > MAX_ENTRY_BYTES) throw new ZipFormatError(`${entry.name} is too large`);
  const data = await readAt(handle, await entryDataStart(handle, entry), entry.compressedSize);
  let bytes: Buffer;
  try {
    bytes = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  } catch (e) {
    throw new ZipFormatError(`cannot inflate ${entry.name}: ${(e as Error).message}`);
  }
  if (crc32(bytes) >>> 0 !== entry.crc32 >>> 0) throw new ZipFormatError(`${entry.name} is damaged (its checksum does not match)`);
  return bytes;
}
