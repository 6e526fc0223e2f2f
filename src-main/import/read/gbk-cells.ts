/**
 * GB18030 (GBK) lines typed from their own bytes (byte-lane.ts): decoding a GBK file to
 * UTF-16 and encoding its lines back to UTF-8 for the lane cost a fifth of its parse, and
 * a converter of our own was no faster than TextDecoder. Instead the lane keeps the GBK
 * bytes, and what types a line reads them as they are: ASCII (dates, numbers, delimiters,
 * newlines, quotes) is the same bytes in both encodings, and no byte of a GB18030
 * character can be taken for one of them (trail bytes start at 0x30; only `|` falls among
 * them, so a pipe-delimited file does not take this way). Characters are hashed for the
 * duplicate check from a table of the two-byte codes; a distinct cell text is decoded
 * once, by TextDecoder, strictly.
 *
 * Anything but ASCII and plain two-byte characters (four-byte sequences, invalid bytes,
 * the ideographic space that trimming removes) sends its line the string way, decoded by
 * TextDecoder: the lane never has to know what those bytes mean, and a byte that is not
 * GB18030 fails there exactly as it did before.
 */
import { AppError } from '@shared/errors.js';
import { latin1Text } from './byte-lines.js';
import { isTrimmedSpace } from './utf8-chars.js';

let table: Uint16Array | undefined;

/**
 * Per lead << 8 | trail (lead 81–FE, trail 40–FE): the UTF-16 unit of the two-byte
 * character, or 0 when the pair is not one (invalid), is beyond ASCII only in name, or is
 * a space that trimming removes. Built from TextDecoder once (~24k pairs, one call).
 */
export function gbkUnits(): Uint16Array {
  if (table) return table;
  const keys: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) keys.push((lead << 8) | trail);
  // Each pair followed by a newline, which no sequence can hold: every pair's text lies
  // between two of them (an invalid pair's is not one character).
  const bytes = new Uint8Array(3 * keys.length);
  keys.forEach((key, k) => {
    bytes[3 * k] = key >> 8;
    bytes[3 * k + 1] = key & 0xff;
    bytes[3 * k + 2] = 0x0a;
  });
  const texts = new TextDecoder('gb18030').decode(bytes).split('\n');
  const units = new Uint16Array(0x10000);
  keys.forEach((key, k) => {
    const text = texts[k];
    if (text.length !== 1) return;
    const unit = text.charCodeAt(0);
    if (unit < 0x80 || unit === 0xfffd || (unit >= 0xd800 && unit <= 0xdfff) || isTrimmedSpace(unit)) return;
    units[key] = unit;
  });
  table = units;
  return units;
}

/** How the lane reads the cells of GB18030 lines. */
export interface GbkCells {
  /** gbkUnits(). */
  readonly units: Uint16Array;
  /** The text of bytes[start, end), decoded strictly; bytes that are not GB18030 are the file's error. */
  text(bytes: Buffer, start: number, end: number): string;
}

export function gbkCells(fileName: string): GbkCells {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  return {
    units: gbkUnits(),
    text(bytes, start, end) {
      let ascii = true;
      for (let i = start; i < end && ascii; i++) if (bytes[i] >= 0x80) ascii = false;
      if (ascii) return latin1Text(bytes, start, end);
      try {
        return decoder.decode(bytes.subarray(start, end));
      } catch {
        throw new AppError('error.undecodable', { file: fileName });
      }
    },
  };
}
