import { describe, expect, it } from 'vitest';
import { quintileScores } from './quintiles.js';

describe('quintileScores', () => {
  it('gives exact quintiles without ties', () => {
    const values = Array.from({ length: 10 }, (_, i) => i * 3.5);
    expect(Array.from(quintileScores(values, true))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(quintileScores(values, false))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('gives tied values one score from their average rank', () => {
    // Six customers with one order hold ranks 1…6, average 3.5 → ⌈5·3.5/10⌉ = 2; the rest
    // have ranks 7…10 → ⌈3.5⌉ = 4, ⌈4⌉ = 4, ⌈4.5⌉ = 5, ⌈5⌉ = 5.
    const frequency = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    expect(Array.from(quintileScores(frequency, true))).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 5, 5]);
    // All equal: average rank (n+1)/2 → ⌈5(n+1)/(2n)⌉ = 3 for n = 5.
    expect(Array.from(quintileScores([7, 7, 7, 7, 7], true))).toEqual([3, 3, 3, 3, 3]);
  });

  it('handles many distinct values (the binary-search path) like the table path', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => ((i * 7919) % 10_000) / 10);
    const scores = quintileScores(values, true);
    values.forEach((v, i) => expect(scores[i]).toBe(Math.ceil((5 * (v * 10 + 1)) / 10_000)));
  });

  it('scores a single customer 5 and an empty list as empty', () => {
    expect(Array.from(quintileScores([3], true))).toEqual([5]);
    expect(quintileScores([], true).length).toBe(0);
  });
});
