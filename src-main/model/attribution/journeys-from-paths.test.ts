import { describe, expect, it } from 'vitest';
import { journeysFromPaths, splitPath } from './journeys-from-paths.js';
import type { PathRow } from './types.js';

const row = (path: string, conversions: number, value: number | null = null, nulls: number | null = null): PathRow => ({ path, conversions, value, nulls });

describe('splitPath', () => {
  it.each([
    ['A>B>C', 'arrow'],
    ['A > B > C', 'arrow'],
    ['A -> B -> C', 'arrow'],
    ['A＞B＞C', 'arrow'],
    ['A→B → C', 'arrow'],
    ['A,B, C', 'comma'],
    ['A，B、C', 'comma'],
    ['A|B | C', 'pipe'],
    ['A｜B｜C', 'pipe'],
  ] as const)('splits %s', (path, separator) => {
    expect(splitPath(path, separator)).toEqual({ channels: ['A', 'B', 'C'], emptySteps: 0 });
    expect(splitPath(path, null).channels).toEqual(['A', 'B', 'C']);
  });
  it('keeps a comma inside a channel name when the file separates with >', () => {
    expect(splitPath('Paid Search, Brand > Email', 'arrow').channels).toEqual(['Paid Search, Brand', 'Email']);
  });
});

describe('journeysFromPaths', () => {
  it('aggregates identical paths into converting and non-converting journeys', () => {
    const { journeys, problems, separator } = journeysFromPaths([row('A > B', 3, 30, 7), row('A>B', 2, 20, null), row('C', 0, null, 4)]);
    expect(problems).toEqual([]);
    expect(separator).toBe('arrow');
    expect(journeys).toEqual([
      { channels: ['A', 'B'], converted: true, value: 50, count: 5 },
      { channels: ['A', 'B'], converted: false, value: 0, count: 7 },
      { channels: ['C'], converted: false, value: 0, count: 4 },
    ]);
  });

  it('reports bad rows with their index and keeps the rest', () => {
    const rows = [
      row('A;B', 1),
      row('   ', 1),
      row('A>B', -2),
      row('A>B', Number.NaN),
      row('A>B', 1, null, -1),
      row('A>B', 1, -5),
      row('A>>B>', 1, 10),
      row('B', 0, null, 0),
      row('C', 0, 12, 3),
      row('A>B', 4, 40, 1),
    ];
    const { journeys, problems } = journeysFromPaths(rows);
    expect(problems.map((p) => [p.row, p.reason, p.rejected])).toEqual([
      [0, 'unknown-separator', true],
      [1, 'empty-path', true],
      [2, 'negative-conversions', true],
      [3, 'non-numeric-conversions', true],
      [4, 'negative-nulls', true],
      [5, 'negative-value', true],
      [6, 'empty-step', false],
      [7, 'no-journeys', false],
      [8, 'value-without-conversions', false],
    ]);
    expect(problems[0].params.separator).toBe(';');
    expect(journeys).toEqual([
      { channels: ['A', 'B'], converted: true, value: 50, count: 5 },
      { channels: ['A', 'B'], converted: false, value: 0, count: 1 },
      { channels: ['C'], converted: false, value: 0, count: 3 },
    ]);
  });

  it('keeps fractional conversions from data-driven exports', () => {
    expect(journeysFromPaths([row('A|B', 0.5, 5)]).journeys).toEqual([{ channels: ['A', 'B'], converted: true, value: 5, count: 0.5 }]);
  });
});
