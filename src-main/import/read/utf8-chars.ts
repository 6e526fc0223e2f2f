/**
 * Characters of well-formed UTF-8 (RFC 3629 §3), read straight from the bytes: what the
 * byte lane needs to trim a cell as `String.prototype.trim` does and to hash its UTF-16
 * units as the string lane does, without making a string of it. Every function assumes
 * the bytes were checked well formed (`isUtf8`), so a sequence is never cut or malformed.
 */

/** Bytes of the sequence that `lead` starts. */
export function sequenceLength(lead: number): number {
  return lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

/** The code point of the sequence starting at `i`. */
export function codePointAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return b;
  if (b < 0xe0) return ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
  if (b < 0xf0) return ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
  return ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
}

/**
 * What `String.prototype.trim` removes: ECMAScript WhiteSpace and LineTerminator (tab to
 * CR, space, NBSP, U+1680, U+2000–U+200A, the line and paragraph separators, U+202F,
 * U+205F, the ideographic space U+3000 and the BOM U+FEFF).
 */
export function isTrimmedSpace(cp: number): boolean {
  if (cp < 0x80) return cp === 32 || (cp >= 9 && cp <= 13);
  return cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
}

const TRIMMED_SPACES = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/**
 * Per byte value: 1 when a character that trim removes can start with it (`first`) or end
 * with it (`last`) in UTF-8. Most cells start and end with bytes neither table holds (CJK
 * characters lead with E4–E9), so they are never decoded to be checked.
 */
export const SPACE_BYTES = { first: new Uint8Array(256), last: new Uint8Array(256) };
for (const cp of TRIMMED_SPACES) {
  const bytes = new TextEncoder().encode(String.fromCodePoint(cp));
  SPACE_BYTES.first[bytes[0]] = 1;
  SPACE_BYTES.last[bytes[bytes.length - 1]] = 1;
}

/** The first byte of bytes[start, end) that does not begin trimmed space (or `end`). */
export function trimStartOf(bytes: Uint8Array, start: number, end: number): number {
  let s = start;
  while (s < end) {
    const b = bytes[s];
    if (!isTrimmedSpace(codePointAt(bytes, s))) break;
    s += sequenceLength(b);
  }
  return s;
}

/** The end of bytes[start, end) once trailing trimmed space is left off. */
export function trimEndOf(bytes: Uint8Array, start: number, end: number): number {
  let e = end;
  while (e > start) {
    let lead = e - 1;
    while (lead > start && (bytes[lead] & 0xc0) === 0x80) lead--;
    if (!isTrimmedSpace(codePointAt(bytes, lead))) break;
    e = lead;
  }
  return e;
}
