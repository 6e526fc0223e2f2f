/**
 * Whether the first bytes of a "text" file are really binary data (an image, a zip, a
 * database renamed .csv). Spreadsheet text never contains NUL, rarely other C0 control
 * characters, and decodes in the encoding it was detected as.
 */
import { DECODER_LABEL } from './detect-encoding.js';
import type { TextEncoding } from './types.js';

/** More control characters than this share of the text means binary. */
const MAX_CONTROL_SHARE = 0.01;
/** More undecodable bytes than this share too: a pasted row of another encoding stays below. */
const MAX_UNDECODABLE_SHARE = 0.1;

/**
 * True when `head` decoded as `encoding` contains NUL, or too many undecodable bytes and
 * control characters other than tab, newlines, form feed and the DOS end-of-file mark (0x1A).
 */
export function looksBinary(head: Uint8Array, encoding: TextEncoding): boolean {
  // Not fatal: a few undecodable bytes (a row pasted from another encoding, a character cut
  // by the end) are text the reader refuses precisely; binary data has them everywhere.
  const text = new TextDecoder(DECODER_LABEL[encoding]).decode(head, { stream: true });
  let control = 0;
  let undecodable = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) {
      undecodable++;
      continue;
    }
    if (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x1a) continue;
    if (c === 0) return true;
    control++;
  }
  return control > text.length * MAX_CONTROL_SHARE || undecodable > text.length * MAX_UNDECODABLE_SHARE;
}
