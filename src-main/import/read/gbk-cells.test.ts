/**
 * The GBK lane's pieces against their oracle, TextDecoder('gb18030'): the table of
 * two-byte codes, the duplicate hash of a cell, and the strict decoding of a cell.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CELL_END, hashCells, hashGbkCell, joinHalves } from '../fingerprint.js';
import { gbkCells, gbkUnits } from './gbk-cells.js';
import { isTrimmedSpace } from './utf8-chars.js';

describe('the GBK lane', () => {
  it('knows every two-byte code as TextDecoder decodes it, and leaves out what it must not take', () => {
    const units = gbkUnits();
    const decoder = new TextDecoder('gb18030');
    let plain = 0;
    for (let lead = 0x80; lead <= 0xff; lead++) {
      for (let trail = 0; trail <= 0xff; trail++) {
        const text = decoder.decode(Uint8Array.of(lead, trail));
        const unit = units[(lead << 8) | trail];
        const takes = text.length === 1 && text.charCodeAt(0) >= 0x80 && text !== '\ufffd' && !isTrimmedSpace(text.charCodeAt(0));
        expect(unit, `${lead.toString(16)} ${trail.toString(16)}`).toBe(takes ? text.charCodeAt(0) : 0);
        if (takes) plain++;
      }
    }
    expect(plain).toBeGreaterThan(21_000); // GBK's characters
    expect(units[0xa1a1]).toBe(0); // the ideographic space: trimming removes it
  });

  it('hashes a cell of GBK bytes as hashCells hashes its text, and gives up at anything but plain characters', () => {
    const cells = ['抖音', '双十一大促-第12期', 'Baidu', '', '丂乗', '（全角）'];
    const bytes = iconv.encode(cells.join(','), 'gb18030');
    const lanes = Int32Array.of(0x811c9dc5, 0x01000193 ^ cells.length);
    let at = 0;
    for (;;) {
      const end = hashGbkCell(bytes, at, bytes.length, 0x2c, lanes, gbkUnits());
      lanes[0] = Math.imul(lanes[0] ^ CELL_END, 0x01000193);
      lanes[1] = Math.imul(lanes[1] ^ CELL_END, 0x5bd1e995);
      if (end >= bytes.length) break;
      at = end + 1;
    }
    expect(joinHalves(lanes[0], lanes[1])).toBe(hashCells(cells));
    // Four-byte sequences (beyond the BMP, NBSP) and the ideographic space.
    for (const odd of ['𠮷', '\u3000', '\u00a0']) {
      const cell = iconv.encode(`a${odd}b`, 'gb18030');
      expect(hashGbkCell(cell, 0, cell.length, 0x2c, Int32Array.of(1, 2), gbkUnits()), odd).toBe(-1);
    }
  });

  it('decodes a cell strictly, naming the file when its bytes are not GB18030', () => {
    const cells = gbkCells('spend.csv');
    const bytes = Buffer.concat([Buffer.from('x,'), iconv.encode('微信朋友圈', 'gb18030'), Buffer.from([0x81, 0x20])]);
    expect(cells.text(bytes, 2, bytes.length - 2)).toBe('微信朋友圈');
    expect(cells.text(bytes, 0, 1)).toBe('x');
    expect(() => cells.text(bytes, 2, bytes.length)).toThrow(expect.objectContaining({ code: 'error.undecodable', params: { file: 'spend.csv' } }));
  });
});
