import { describe, expect, it } from 'vitest';
import { ChunkDecoder, wholeUtf8Length } from './chunk-decoder.js';
import { detectEncoding } from './detect-encoding.js';
import { looksBinary } from './looks-binary.js';

/** '渠道,花费' in GBK, written out byte by byte (渠 C7FE 道 B5C0 花 BBA8 费 B7D1). */
const GBK_HEADER = [0xc7, 0xfe, 0xb5, 0xc0, 0x2c, 0xbb, 0xa8, 0xb7, 0xd1];

const bytes = (a: number[]): Uint8Array => new Uint8Array(a);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('detectEncoding', () => {
  it('checks the hand-written GBK bytes against the platform decoder', () => {
    expect(new TextDecoder('gb18030').decode(bytes(GBK_HEADER))).toBe('渠道,花费');
  });

  it('reads BOMs first', () => {
    expect(detectEncoding(bytes([0xef, 0xbb, 0xbf, 0x61]))).toBe('UTF-8 BOM');
    expect(detectEncoding(bytes([0xff, 0xfe, 0x61, 0x00]))).toBe('UTF-16LE');
    expect(detectEncoding(bytes([0xfe, 0xff, 0x00, 0x61]))).toBe('UTF-16BE');
  });

  it('tells UTF-8 from GBK', () => {
    expect(detectEncoding(utf8('渠道,花费\n微信,12.5\n'))).toBe('UTF-8');
    expect(detectEncoding(bytes(GBK_HEADER))).toBe('GB18030');
    expect(detectEncoding(utf8('date,spend\n'))).toBe('UTF-8');
  });

  it('accepts UTF-8 cut in the middle of a character', () => {
    const full = utf8('a,渠道');
    expect(detectEncoding(full.subarray(0, full.length - 1))).toBe('UTF-8');
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    expect(detectEncoding(Buffer.from('date,spend\n2025-01-01,3\n', 'utf16le'))).toBe('UTF-16LE');
    expect(detectEncoding(Buffer.from('date,spend\n2025-01-01,3\n', 'utf16le').swap16())).toBe('UTF-16BE');
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes, control characters and undecodable bytes', () => {
    expect(looksBinary(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'GB18030')).toBe(true);
    expect(looksBinary(utf8('a,b\n\u0001\u0002\u0003,x\n'), 'UTF-8')).toBe(true);
    expect(looksBinary(bytes([0x61, 0xff, 0xff, 0x62]), 'GB18030')).toBe(true);
    expect(looksBinary(utf8('a,b\r\n1,\t2\n'), 'UTF-8')).toBe(false);
    expect(looksBinary(bytes(GBK_HEADER), 'GB18030')).toBe(false);
  });
});

describe('wholeUtf8Length', () => {
  it('stops before a character cut at the end', () => {
    const s = utf8('ab渠'); // a b E6 B8 A0
    expect(wholeUtf8Length(s)).toBe(5);
    expect(wholeUtf8Length(s.subarray(0, 4))).toBe(2);
    expect(wholeUtf8Length(s.subarray(0, 3))).toBe(2);
    const emoji = utf8('x😀'); // x F0 9F 98 80
    expect(wholeUtf8Length(emoji.subarray(0, 4))).toBe(1);
    expect(wholeUtf8Length(emoji)).toBe(5);
  });
});

describe('ChunkDecoder', () => {
  it('decodes UTF-8 split inside characters, dropping the BOM, from a reused buffer', () => {
    const data = utf8('\uFEFF渠道,😀\n');
    const d = new ChunkDecoder('UTF-8 BOM', false, 'f.csv');
    const buffer = Buffer.alloc(2); // the caller refills one buffer, as the file reader does
    let text = '';
    for (let i = 0; i < data.length; i += 2) {
      const piece = data.subarray(i, i + 2);
      buffer.set(piece);
      text += d.decode(buffer.subarray(0, piece.length), false);
      buffer.fill(0x7a);
    }
    text += d.decode(new Uint8Array(0), true);
    expect(text).toBe('渠道,😀\n');
  });

  it('switches to GB18030 when GBK bytes follow an all-ASCII start', () => {
    const d = new ChunkDecoder('UTF-8', true, 'f.csv');
    expect(d.decode(utf8('channel,spend\n'), false)).toBe('channel,spend\n');
    // The GBK bytes straddle the chunk boundary: C7 | FE B5 C0.
    expect(d.decode(bytes([0x61, 0x2c, 0xc7]), false) + d.decode(bytes([0xfe, 0xb5, 0xc0, 0x0a]), true)).toBe('a,渠道\n');
    expect(d.encoding).toBe('GB18030');
  });

  it('refuses invalid bytes once real UTF-8 was seen', () => {
    const d = new ChunkDecoder('UTF-8', false, 'f.csv');
    d.decode(utf8('渠道\n'), false);
    expect(() => d.decode(bytes([0x61, 0x2c, 0xc7, 0xfe, 0x0a]), true)).toThrow(expect.objectContaining({ kind: 'mixed', prefix: 'a,' }));
  });

  it('decodes UTF-16 in odd-sized pieces', () => {
    const data = Buffer.from('日期,花费\n', 'utf16le');
    const d = new ChunkDecoder('UTF-16LE', false, 'f.csv');
    let text = '';
    for (let i = 0; i < data.length; i += 3) text += d.decode(data.subarray(i, i + 3), false);
    expect(text + d.decode(new Uint8Array(0), true)).toBe('日期,花费\n');
  });
});
