import { describe, expect, it } from 'vitest';
import { codePointAt, isTrimmedSpace, sequenceLength, SPACE_BYTES, trimEndOf, trimStartOf } from './utf8-chars.js';

describe('UTF-8 characters read from their bytes', () => {
  it('are trimmed space exactly where String.prototype.trim says so, over the whole BMP', () => {
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // surrogates are not characters of UTF-8
      const trimmed = String.fromCharCode(cp).trim() === '';
      if (isTrimmedSpace(cp) !== trimmed) throw new Error(`U+${cp.toString(16)}: trim says ${trimmed}`);
      const bytes = Buffer.from(String.fromCharCode(cp), 'utf8');
      if (trimmed && !(SPACE_BYTES.first[bytes[0]] && SPACE_BYTES.last[bytes[bytes.length - 1]])) throw new Error(`U+${cp.toString(16)} is not in SPACE_BYTES`);
    }
    expect(isTrimmedSpace(0x1f600)).toBe(false);
  });

  it('decode every length of sequence to its code point', () => {
    for (const s of ['a', 'é', '¥', '抖', '\u3000', '😀', '𠮷', '\uffff', '\u{10ffff}']) {
      const bytes = Buffer.from(s, 'utf8');
      expect(sequenceLength(bytes[0])).toBe(bytes.length);
      expect(codePointAt(bytes, 0)).toBe(s.codePointAt(0));
    }
  });

  it('trim a cell as trim() trims its string, inside a longer line', () => {
    const cells = ['\u3000抖音\u3000', ' \u00a0x\u2028', '\ufeff秋季', '快手😀 ', '\u3000\u3000', '', 'a b', '😀\u205f', '\u1680𠮷\u202f'];
    for (const cell of cells) {
      const line = Buffer.from(`前,${cell},后`, 'utf8');
      const start = Buffer.byteLength('前,');
      const end = start + Buffer.byteLength(cell);
      const s = trimStartOf(line, start, end);
      const e = trimEndOf(line, s, end);
      expect(line.toString('utf8', s, e)).toBe(cell.trim());
    }
  });
});
