/**
 * OLE2 / Compound File Binary files ([MS-CFB]): the container of old .xls workbooks, and
 * also of password-protected .xlsx files, which Office wraps in a CFB holding the
 * `EncryptionInfo` and `EncryptedPackage` streams ([MS-OFFCRYPTO] §2.3.4).
 */
import type { FileHandle } from 'node:fs/promises';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory entry names are UTF-16LE; the name is the marker of an encrypted package. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const SCAN_CHUNK = 4 * 1024 * 1024;

export function isCompoundFile(head: Uint8Array): boolean {
  return CFB_MAGIC.every((byte, i) => head[i] === byte);
}

export function isZipArchive(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * True when the compound file names an `EncryptionInfo` stream. Directory sectors may sit
 * anywhere in the file, so the whole file is scanned (native search, a few ms per 100 MB).
 */
export async function hasEncryptionInfo(handle: FileHandle, size: number): Promise<boolean> {
  const overlap = ENCRYPTION_INFO.length - 1;
  const buffer = Buffer.allocUnsafe(SCAN_CHUNK + overlap);
  let position = 0;
  let kept = 0;
  while (position < size) {
    const { bytesRead } = await handle.read(buffer, kept, SCAN_CHUNK, position);
    if (bytesRead === 0) break;
    const filled = kept + bytesRead;
    if (buffer.subarray(0, filled).includes(ENCRYPTION_INFO)) return true;
    position += bytesRead;
    kept = Math.min(overlap, filled);
    buffer.copy(buffer, 0, filled - kept, filled);
  }
  return false;
}
