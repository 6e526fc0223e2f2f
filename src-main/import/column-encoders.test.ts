import { describe, expect, it } from 'vitest';
import { EMPTY, makeColumnEncoder, PROBLEM } from './column-encoders.js';
import type { CellText, ColumnEncoder } from './column-encoders.js';
import { gbkCells, gbkUnits } from './read/gbk-cells.js';
import { dictionaryEntry, dictionaryWords } from '../store/batch/layout.js';

/** The stored values of one batch of `cells`, and the size of its dictionary. */
function encode(encoder: ColumnEncoder, cells: readonly string[]): { values: (string | null)[]; words: number } {
  encoder.reset(cells.length);
  cells.forEach((cell, i) => encoder.put(i, cell));
  const column = encoder.column();
  if (column.type !== 'text') throw new Error('expected text');
  return { values: Array.from(column.codes, (code) => (code < 0 ? null : dictionaryEntry(column.dictionary, code))), words: dictionaryWords(column.dictionary) };
}

/** The same from the cells' UTF-8 bytes, as the byte lane types them. */
function encodeBytes(encoder: ColumnEncoder, cells: readonly string[]): (string | null)[] {
  encoder.reset(cells.length);
  cells.forEach((cell, i) => {
    const bytes = Buffer.from(`,${cell},`, 'utf8');
    encoder.putBytes(i, bytes, 1, bytes.length - 1);
  });
  const column = encoder.column();
  if (column.type !== 'text') throw new Error('expected text');
  return Array.from(column.codes, (code) => (code < 0 ? null : dictionaryEntry(column.dictionary, code)));
}

/** A GB18030 encoder for the two-byte characters the tests use (Node has no GBK encoder): gbkUnits() read backwards. */
let gbkCodeOf: Map<number, number> | undefined;
function gbkBytes(text: string): Buffer {
  const codeOf = (gbkCodeOf ??= new Map());
  if (codeOf.size === 0) gbkUnits().forEach((unit, code) => unit !== 0 && !codeOf.has(unit) && codeOf.set(unit, code));
  return Buffer.from(Array.from(text).flatMap((ch) => {
    const unit = ch.charCodeAt(0);
    if (unit < 0x80) return [unit];
    const code = codeOf.get(unit)!;
    return [code >> 8, code & 0xff];
  }));
}

/** How a test's cells reach the encoder: as UTF-8 (the default) or as a GB18030 file's bytes. */
interface CellBytes {
  encode: (text: string) => Buffer;
  text?: CellText;
}
const UTF8_CELLS: CellBytes = { encode: (text) => Buffer.from(text, 'utf8') };
const GBK_CELLS: CellBytes = { encode: gbkBytes, text: gbkCells('test.csv').text };

/** Types `cells` from bytes with one encoder and from strings with the other: do values and problems agree? */
function typedBothWays(fromBytes: ColumnEncoder, fromStrings: ColumnEncoder, cells: readonly string[], as: CellBytes = UTF8_CELLS): { same: boolean; problems: number } {
  fromBytes.reset(cells.length);
  fromStrings.reset(cells.length);
  const byBytes = cells.map((cell, i) => {
    const bytes = as.encode(`,${cell},`);
    return fromBytes.putBytes(i, bytes, 1, bytes.length - 1, as.text);
  });
  const byStrings = cells.map((cell, i) => fromStrings.put(i, cell));
  const value = (encoder: ColumnEncoder, results: number[], i: number) => {
    const column = encoder.column();
    if (column.type !== 'text') throw new Error('expected text');
    return results[i] === PROBLEM ? 'problem' : column.codes[i] < 0 ? null : dictionaryEntry(column.dictionary, column.codes[i]);
  };
  const differs = cells.findIndex((_, i) => value(fromBytes, byBytes, i) !== value(fromStrings, byStrings, i));
  if (differs >= 0) return { same: false, problems: differs };
  return { same: true, problems: byStrings.filter((r) => r === PROBLEM).length };
}

describe('the dictionary encoder', () => {
  it('types bytes as it types strings, batch after batch, when its memo of cells is skipped and looked at again', () => {
    const fromBytes = makeColumnEncoder('datetime', ['2025-03-01 10:00:00']);
    const fromStrings = makeColumnEncoder('datetime', ['2025-03-01 10:00:00']);
    // 40 batches of new timestamps (the memo is skipped after the first, looked at again
    // every 16th), then batches that repeat earlier ones, Chinese and empty cells among them.
    const stamp = (n: number) => `2025-03-${String(1 + (n % 28)).padStart(2, '0')} ${String(Math.floor(n / 3600) % 24).padStart(2, '0')}:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
    for (let batch = 0; batch < 44; batch++) {
      const cells = Array.from({ length: 1500 }, (_, i) => (batch < 40 ? stamp(batch * 1500 + i) : i % 7 === 0 ? '' : i % 11 === 0 ? '2025年3月1日 10:00:00' : stamp(i % 50)));
      expect(encodeBytes(fromBytes, cells), `batch ${batch}`).toEqual(encode(fromStrings, cells).values);
    }
  });

  it('types values that take turns, runs of one value and values differing only at their end or start alike from bytes and strings', () => {
    const fromBytes = makeColumnEncoder('text', []);
    const fromStrings = makeColumnEncoder('text', []);
    const names = ['双十一大促-第1期', '双十一大促-第2期', '双十一大促-第12期', '1双十一大促-第期', '2双十一大促-第期', '抖音', 'x', 'y', 'xy', 'yx'];
    const cells = Array.from({ length: 6000 }, (_, i) => (i < 2000 ? names[i % names.length] : i < 4000 ? names[Math.floor(i / 300) % names.length] : names[(i * 7) % 3]));
    for (let batch = 0; batch < 3; batch++) expect(encodeBytes(fromBytes, cells), `batch ${batch}`).toEqual(encode(fromStrings, cells).values);
    expect(encodeBytes(fromBytes, cells).slice(0, names.length)).toEqual(names);
  });

  it('copies the bytes of distinct ids and ISO dates as stored, and agrees with the string way on every shape', () => {
    // Unique cells make the encoder skip its memo after the first batch: from then on a cell
    // whose bytes are its value is copied; every other shape still goes through the typer.
    const odd = ['2025-02-30', '2025-02-28 24:00', '2025-02-28t10:00', '2025-2-28', '2025-02-28 10:00', '2025-02-28T10:00:59', '2024-02-29', '2025-02-28 10:00:60', '2025-02-28  10:00', '抖音-2025-02-28', '2025-02-28 10:00:00.5', '0999-01-01', 'N/A'];
    const cell = (type: string, n: number): string => {
      if (n % 97 === 0) return odd[(n / 97) % odd.length];
      if (type === 'text') return n % 5 === 0 ? `客户${n}` : `U${n}`;
      const iso = new Date(Date.UTC(2020, 0, 1) + n * 3_600_007).toISOString();
      if (n % 20 === 0) return iso.slice(0, 10);
      return [iso.slice(0, 16).replace('T', ' '), iso.slice(0, 19), iso.slice(0, 19).replace('T', ' ')][n % 3];
    };
    for (const type of ['text', 'date', 'datetime'] as const) {
      for (const as of [UTF8_CELLS, GBK_CELLS]) {
        const fromBytes = makeColumnEncoder(type, [cell(type, 1)]);
        const fromStrings = makeColumnEncoder(type, [cell(type, 1)]);
        for (let batch = 0; batch < 20; batch++) {
          const cells = Array.from({ length: 1500 }, (_, i) => cell(type, batch * 1500 + i));
          expect(typedBothWays(fromBytes, fromStrings, cells, as), `${type}, batch ${batch}`).toEqual({ same: true, problems: expect.any(Number) as number });
        }
      }
    }
  });

  it('copies the bytes of ids repeated on a few rows in a row once its memo is full, as the string way stores them — in a GB18030 file only where they are ASCII', () => {
    // Each id on three rows: the memo finds the repeats (so it is not skipped) and fills up
    // with the first ids; later ids are no longer added to it.
    const id = (n: number): string => (n % 7 === 0 ? `会员${Math.floor(n / 3)}` : `U${Math.floor(n / 3)}`);
    for (const as of [UTF8_CELLS, GBK_CELLS]) {
      const fromBytes = makeColumnEncoder('text', [id(1)]);
      const fromStrings = makeColumnEncoder('text', [id(1)]);
      for (let batch = 0; batch < 160; batch++) {
        const cells = Array.from({ length: 1500 }, (_, i) => id(batch * 1500 + i));
        expect(typedBothWays(fromBytes, fromStrings, cells, as), `batch ${batch}`).toEqual({ same: true, problems: 0 });
      }
      expect((fromBytes as unknown as { byBytes: { full: boolean } }).byBytes.full).toBe(true);
    }
  });

  it('stores the same values whether a column is unique or repetitive, and stops looking up unique columns', () => {
    const encoder = makeColumnEncoder('datetime', ['2025-03-01 10:00:00']);
    const stamps = (batch: number) => Array.from({ length: 2000 }, (_, i) => `2025-03-01 ${String(batch).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`);
    const first = encode(encoder, stamps(1));
    expect(first.values[61]).toBe('2025-03-01T01:01:01');
    expect(first.words).toBe(2000);
    // Every cell was new: the next batch skips the lookup, so a repeat that is not the
    // previous cell is typed again and stored again — with the same value.
    const repeats = [...stamps(2).slice(0, 1500), '2025-03-01 02:00:00', '', '2025-03-01 02:00:01', ...stamps(2).slice(0, 497)];
    const second = encode(encoder, repeats);
    expect(second.values[1500]).toBe('2025-03-01T02:00:00');
    expect(second.values[1501]).toBeNull();
    expect(second.words).toBe(1500 + 2 + 497);
    // A repetitive column keeps one entry per distinct value.
    const channels = makeColumnEncoder('channel', ['抖音', '微信']);
    const repetitive = encode(channels, Array.from({ length: 2000 }, (_, i) => (i % 2 ? '抖音' : '微信')));
    expect(repetitive.words).toBe(2);
    expect(encode(channels, ['微信', '抖音', '微信']).values).toEqual(['WeChat', 'Douyin', 'WeChat']);
  });
});

describe('the number encoder', () => {
  it('types bytes as it types strings: empty cells, placeholders, plain and decorated numbers', () => {
    const cells = ['', '12', '-3.25', '', 'N/A', '--', '1,234.5', '¥88', 'abc', '0', '-0', '1e3', '', '12345678901234567'];
    for (const type of ['number', 'integer'] as const) {
      const fromBytes = makeColumnEncoder(type, ['12', '3.5']);
      const fromStrings = makeColumnEncoder(type, ['12', '3.5']);
      fromBytes.reset(cells.length);
      fromStrings.reset(cells.length);
      const byBytes = cells.map((cell, i) => {
        const bytes = Buffer.from(`,${cell},`, 'utf8');
        return fromBytes.putBytes(i, bytes, 1, bytes.length - 1);
      });
      const byStrings = cells.map((cell, i) => fromStrings.put(i, cell));
      expect(byBytes, type).toEqual(byStrings);
      expect(byBytes[0], type).toBe(EMPTY);
      const values = (encoder: ColumnEncoder) => {
        const column = encoder.column();
        if (column.type !== 'real') throw new Error('expected numbers');
        return Array.from(column.values, (v, i) => (byStrings[i] === PROBLEM ? 'problem' : Object.is(v, NaN) ? null : v));
      };
      expect(values(fromBytes), type).toEqual(values(fromStrings));
    }
  });
});
