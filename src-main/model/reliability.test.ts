import { describe, expect, it } from 'vitest';
import { assess, checkNeed, parametersAtEdge } from './reliability.js';

describe('reliability', () => {
  it('grades a need against its two minimums', () => {
    expect(checkNeed('customers', 3, 100, 20).verdict).toBe('refused');
    expect(checkNeed('customers', 50, 100, 20).verdict).toBe('thin');
    expect(checkNeed('customers', 100, 100, 20).verdict).toBe('ok');
  });

  it('takes the worst verdict, and any fit problem makes the fit not reliable', () => {
    expect(assess([checkNeed('a', 5, 10), checkNeed('b', 20, 10)]).verdict).toBe('thin');
    expect(assess([checkNeed('a', 50, 10)], [{ code: 'degenerateFit', params: {} }]).verdict).toBe('notReliable');
    expect(assess([checkNeed('a', 0, 10, 1)], [{ code: 'degenerateFit', params: {} }]).verdict).toBe('refused');
  });

  it('catches parameters run off to 0 or infinity (the 3-month fit of issue 14)', () => {
    expect(parametersAtEdge({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 })).toEqual([]);
    expect(parametersAtEdge({ p: 6.2, q: 1.8e9, gamma: 2.8e11 }).map((p) => p.params.parameter)).toEqual(['q', 'gamma']);
    expect(parametersAtEdge({ a: 1e-9, b: 0 }).length).toBe(2);
  });
});
