/**
 * Text encoding of a file from its first bytes. Chinese Excel saves CSV as GBK (code page
 * 936), which GB18030 extends, so anything that is not valid UTF-8 is read as GB18030.
 * References: the WHATWG Encoding Standard (BOM sniffing, the `gb18030` decoder) and
 * RFC 3629 (UTF-8 well-formedness, which `TextDecoder` with `fatal` enforces).
 */
import type { TextEncoding } from './types.js';
import { utf8LineVotes } from './utf8Scan.js';

/** TextDecoder label for each encoding we report. */
export const DECODER_LABEL: Readonly<Record<TextEncoding, string>> = {
  'UTF-8': 'utf-8',
  'UTF-8 BOM': 'utf-8',
  GB18030: 'gb18030',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/**
 * Detects the encoding of `head` (the first bytes of a file; it may end in the middle of
 * a character). BOMs decide first; then UTF-16 without a BOM, recognised by the zero
 * bytes of ASCII characters; then UTF-8 if every sequence is well formed; else GB18030.
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'UTF-8 BOM';
  if (head[0] === 0xff && head[1] === 0xfe) return 'UTF-16LE';
  if (head[0] === 0xfe && head[1] === 0xff) return 'UTF-16BE';
  const utf16 = utf16WithoutBom(head);
  if (utf16) return utf16;
  if (isWellFormed(head, 'utf-8')) return 'UTF-8';
  // Mostly UTF-8 lines and a few others: a UTF-8 file with pasted rows, which the reader
  // refuses at its first odd row. Read as GB18030 it would import, garbled.
  const votes = utf8LineVotes(head);
  return votes.utf8 > votes.other ? 'UTF-8' : 'GB18030';
}

/** True when `bytes` decode without error (a character cut at the end is allowed). */
export function isWellFormed(bytes: Uint8Array, label: string): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** True when every byte is below 0x80: such text reads the same in UTF-8 and GB18030. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/**
 * UTF-16 text saved without a BOM still shows its ASCII characters (digits, delimiters,
 * newlines) as a zero byte next to a non-zero one, always on the same side.
 */
function utf16WithoutBom(head: Uint8Array): TextEncoding | null {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) zeroEven++;
    if (head[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.02) return 'UTF-16LE';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.02) return 'UTF-16BE';
  return null;
}
