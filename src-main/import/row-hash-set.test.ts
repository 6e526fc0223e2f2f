import { describe, expect, it } from 'vitest';
import { RowHashSet } from './row-hash-set.js';
import { hashCells } from './fingerprint.js';

describe('RowHashSet', () => {
  it('remembers the first row of every hash across growth, like a Map would', () => {
    const set = new RowHashSet();
    const reference = new Map<number, number>();
    for (let row = 0; row < 200_000; row++) {
      const hash = hashCells([`k${row % 150_000}`]);
      const expected = reference.get(hash);
      if (expected === undefined) reference.set(hash, row);
      expect(set.firstRowOr(hash, row)).toBe(expected);
    }
  });

  it('works at any reserved size, wrapping around its end', () => {
    for (const rows of [1, 7, 100_003]) {
      const set = new RowHashSet();
      set.reserve(rows);
      const reference = new Map<number, number>();
      for (let row = 0; row < 3 * rows + 200_000; row++) {
        const hash = hashCells([`r${row % (rows + 150_000)}`]);
        const expected = reference.get(hash);
        if (expected === undefined) reference.set(hash, row);
        expect(set.firstRowOr(hash, row)).toBe(expected);
      }
    }
  });

  it('treats a zero hash as a hash like any other', () => {
    const set = new RowHashSet();
    expect(set.firstRowOr(0, 5)).toBeUndefined();
    expect(set.firstRowOr(0, 9)).toBe(5);
  });
});

describe('hashCells', () => {
  it('tells apart cells that join to the same text', () => {
    expect(hashCells(['ab', 'c'])).not.toBe(hashCells(['a', 'bc']));
    expect(hashCells(['a', ''])).not.toBe(hashCells(['a']));
    expect(hashCells(['x', 'y'])).toBe(hashCells(['x', 'y']));
    expect(Number.isSafeInteger(hashCells(['抖音', '2025-01-01']))).toBe(true);
  });
});
