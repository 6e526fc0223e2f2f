/**
 * Where UTF-8 goes wrong in a stretch of bytes, and whether a line that decodes as GBK is
 * really UTF-8: the two questions behind refusing a file that mixes encodings (a UTF-8
 * export with rows pasted from a GBK one) instead of storing half of it garbled.
 * Well-formedness after RFC 3629 §4 (the table of valid byte sequences).
 */

/** The sequence at `i`: its length when well formed, 0 when invalid, -1 when cut by the end. */
function sequenceAt(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  let size: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) size = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    size = 3;
    if (b === 0xe0) low = 0xa0;
    if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    size = 4;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k < size; k++) {
    if (i + k >= end) return -1;
    const c = bytes[i + k];
    if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return 0;
  }
  return size;
}

/**
 * Offset of the first byte of bytes[start, end) that is not well-formed UTF-8, or -1.
 * `cut` tells a sequence merely cut short by `end` from a wrong one.
 */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): { at: number; cut: boolean } | null {
  for (let i = start; i < end; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const size = sequenceAt(bytes, i, end);
    if (size <= 0) return { at: i, cut: size < 0 };
    i += size;
  }
  return null;
}

/**
 * True when bytes[start, end) is well-formed UTF-8 holding at least `min` CJK characters
 * (three-byte sequences E4–E9): text that is valid GBK too decodes to gibberish there.
 * GBK text passes this by chance very rarely, as every one of its characters would have to
 * line up into UTF-8 sequences.
 */
export function looksLikeUtf8Cjk(bytes: Uint8Array, start: number, end: number, min = 2): boolean {
  let cjk = 0;
  for (let i = start; i < end; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const size = sequenceAt(bytes, i, end);
    if (size <= 0) return false;
    if (size === 3 && b >= 0xe4 && b <= 0xe9) cjk++;
    i += size;
  }
  return cjk >= min;
}

/**
 * Lines with non-ASCII bytes in `bytes`, counted as well-formed UTF-8 or not: a head
 * that is mostly UTF-8 with a few other lines is a UTF-8 file with pasted rows, not GBK.
 */
export function utf8LineVotes(bytes: Uint8Array, newline = 0x0a): { utf8: number; other: number } {
  let utf8 = 0;
  let other = 0;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(newline, start);
    const last = end < 0;
    if (last) end = bytes.length;
    let ascii = true;
    for (let i = start; i < end && ascii; i++) if (bytes[i] >= 0x80) ascii = false;
    if (!ascii) {
      const bad = firstInvalidUtf8(bytes, start, end);
      if (bad === null || (last && bad.cut)) utf8++;
      else other++;
    }
    start = end + 1;
  }
  return { utf8, other };
}
