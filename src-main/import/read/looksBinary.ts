/**
 * Whether the first bytes of a "text" file are really binary data (an image, a zip, a
 * database renamed .csv). Spreadsheet text never contains NUL, rarely other C0 control
 * characters, and decodes in the encoding it was detected as.
 */
import { DECODER_LABEL } from './detectEncoding.js';
import type { TextEncoding } from './types.js';

/** More control characters than this share of the text means binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * True when `head` decoded as `encoding` fails, or contains NUL, or too many control
 * characters other than tab, newlines, form feed and the DOS end-of-file mark (0x1A).
 * `complete` says whether `head` is the whole file (else its last character may be cut).
 */
export function looksBinary(head: Uint8Array, encoding: TextEncoding, complete: boolean): boolean {
  let text: string;
  try {
    text = new TextDecoder(DECODER_LABEL[encoding], { fatal: true }).decode(head, { stream: !complete });
  } catch {
    return true;
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x1a) continue;
    if (c === 0) return true;
    control++;
  }
  return control > text.length * MAX_CONTROL_SHARE;
}
