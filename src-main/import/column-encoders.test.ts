import { describe, expect, it } from 'vitest';
import { makeColumnEncoder } from './column-encoders.js';
import type { ColumnEncoder } from './column-encoders.js';

/** The stored values of one batch of `cells`, and the size of its dictionary. */
function encode(encoder: ColumnEncoder, cells: readonly string[]): { values: (string | null)[]; words: number } {
  encoder.reset(cells.length);
  cells.forEach((cell, i) => encoder.put(i, cell));
  const column = encoder.column();
  if (column.type !== 'text') throw new Error('expected text');
  return { values: Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code])), words: column.dictionary.length };
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
  return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]));
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
