import { describe, expect, it } from 'vitest';
import { frequencyScores } from './frequency-score.js';
import { quintileScores } from './quintiles.js';

describe('frequencyScores', () => {
  it('gives one-time buyers 1 however many they are, where quintiles give them all 2', () => {
    // 60 % bought once: the run of ties holds ranks 1…6 (average 3.5), so plain quintiles
    // score it ⌈5·3.5/10⌉ = 2 and F = 1 would be empty.
    const counts = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    expect(Array.from(quintileScores(counts, true)).filter((s) => s === 1)).toEqual([]);
    // Repeat buyers 2, 3, 4, 5 are quartiles 1…4 of themselves → F 2…5.
    expect(Array.from(frequencyScores(counts))).toEqual([1, 1, 1, 1, 1, 1, 2, 3, 4, 5]);
  });

  it('ranks repeat buyers by tie-robust quartiles and never gives them 1', () => {
    // Six with 2 orders (ranks 1–6 of 8, average 3.5 → ⌈4·3.5/8⌉ = 2 → F 3); 3 orders rank 7
    // → ⌈3.5⌉ = 4 → F 5; 9 orders rank 8 → 4 → F 5.
    expect(Array.from(frequencyScores([2, 2, 2, 2, 2, 2, 3, 9]))).toEqual([3, 3, 3, 3, 3, 3, 5, 5]);
    expect(Array.from(frequencyScores([]))).toEqual([]);
    expect(Array.from(frequencyScores([1]))).toEqual([1]);
  });
});
