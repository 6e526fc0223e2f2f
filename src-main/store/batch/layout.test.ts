import { describe, expect, it } from 'vitest';
import { BatchView, packBatch } from './layout.js';
import type { BatchColumn } from './layout.js';

const text = (values: (string | null)[]): BatchColumn => {
  const dictionary: string[] = [];
  const codes = Int32Array.from(values, (v) => (v === null ? -1 : dictionary.push(v) - 1));
  return { type: 'text', codes, dictionary };
};
const real = (values: (number | null)[]): BatchColumn => ({ type: 'real', values: Float64Array.from(values, (v) => (v === null ? NaN : v)) });

describe('packed batches', () => {
  const rows = Int32Array.from([2, 3, 4, 5]);
  const columns = [text(['2025-01-03', null, '抖音 Douyin', 'emoji 😀']), real([1.5, -0, null, 1e300]), text([null, null, null, null])];

  it('give back every cell as packed, in the kept rows only', () => {
    const view = new BatchView(packBatch(rows, Int32Array.from([0, 2, 3]), columns));
    expect([view.columns, view.rows, view.kept]).toEqual([3, 4, 3]);
    const cells = Array.from({ length: view.kept }, (_, k) => {
      const i = view.keptIndex(k);
      return [view.rowNumbers[i], view.cell(0, i), view.cell(1, i), view.cell(2, i)];
    });
    expect(cells).toEqual([
      [2, '2025-01-03', 1.5, null],
      [4, '抖音 Douyin', null, null],
      [5, 'emoji 😀', 1e300, null],
    ]);
  });

  it('store UTF-8 as TextEncoder writes it (a lone surrogate becomes U+FFFD)', () => {
    const view = new BatchView(packBatch(Int32Array.from([7]), Int32Array.from([0]), [text(['a\ud800b'])]));
    expect(view.cell(0, 0)).toBe('a\ufffdb');
  });

  it('drop entries of the keep list in place without moving the columns', () => {
    const view = new BatchView(packBatch(rows, Int32Array.from([0, 1, 2, 3]), columns));
    view.dropKept([0, 2]);
    expect(view.kept).toBe(2);
    expect([view.keptIndex(0), view.keptIndex(1)]).toEqual([1, 3]);
    const again = new BatchView(view.buffer); // what SQLite reads
    expect(again.kept).toBe(2);
    expect(again.cell(0, again.keptIndex(1))).toBe('emoji 😀');
  });

  it('pack rows left out of the keep list as empty, whatever their codes held (rejected rows are never typed)', () => {
    // A rejected customer: its `extra` code was never written (0) and the dictionary is empty.
    const unwritten: BatchColumn = { type: 'text', codes: Int32Array.from([-1, 0]), dictionary: [] };
    const view = new BatchView(packBatch(Int32Array.from([2, 3]), Int32Array.from([0]), [unwritten]));
    const section = view.section(0);
    expect(section.type === 'text' && Array.from(section.codes)).toEqual([-1, -1]);
  });

  it('refuse a kept row whose code is not in its dictionary', () => {
    const broken: BatchColumn = { type: 'text', codes: Int32Array.from([1]), dictionary: ['a'] };
    expect(() => packBatch(Int32Array.from([2]), Int32Array.from([0]), [broken])).toThrow(/not in its dictionary/);
  });

  it('keep every section 8-byte aligned, whatever the row count', () => {
    for (const n of [1, 2, 3, 5]) {
      const r = Int32Array.from({ length: n }, (_, i) => i + 2);
      const view = new BatchView(packBatch(r, r.map((_, i) => i), [text(Array(n).fill('x')), real(Array(n).fill(n))]));
      expect(view.cell(1, n - 1)).toBe(n);
      const section = view.section(1);
      expect(section.type === 'real' && section.values.byteOffset % 8).toBe(0);
    }
  });
});
