import { describe, expect, it } from 'vitest';
import { triangulate } from './triangulate.js';
import type { ChannelCredits } from './types.js';

const credits = (shares: Record<string, number>): ChannelCredits =>
  new Map(Object.entries(shares).map(([channel, conversions]) => [channel, { conversions, value: conversions * 10 }]));

describe('triangulate', () => {
  // Totals are 100 per model, so credits read directly as percentage shares.
  const results = {
    first: credits({ A: 60, B: 30, C: 10 }),
    last: credits({ A: 10, B: 80, C: 10 }),
    linear: credits({ A: 30, B: 40, C: 30 }),
    markov: credits({ A: 30, B: 35, C: 35 }),
  };
  const rows = triangulate(results);
  const row = (channel: string) => rows.find((r) => r.channel === channel);

  it('puts every model’s share side by side', () => {
    expect(row('A')?.shares).toEqual({ first: 60, last: 10, linear: 30, markov: 30 });
    expect(row('A')).toMatchObject({ maxModel: 'first', minModel: 'last', spread: 50, flagged: true });
  });

  it('explains an opener, a closer and an assist', () => {
    // A: first 60 ≫ last 10 → opener; linear 30 − last 10 = 20 > 10 → also an assist.
    expect(row('A')?.reasons.map((r) => r.code)).toEqual(['mostly-opener', 'assist']);
    expect(row('A')?.reasons[0].params).toMatchObject({ channel: 'A', first: 60, last: 10 });
    // B: last 80 ≫ first 30 → closer.
    expect(row('B')?.reasons.map((r) => r.code)).toEqual(['mostly-closer']);
    // C: first = last = 10 but Markov gives 35 → assist, named after the model that sees it most.
    expect(row('C')?.reasons).toEqual([
      { code: 'assist', params: { channel: 'C', maxModel: 'markov', maxShare: 35, minModel: 'first', minShare: 10, spread: 25, assistModel: 'markov', assistShare: 35, last: 10 } },
    ]);
  });

  it('does not flag a spread of exactly the threshold and falls back to a generic reason', () => {
    const even = triangulate({ first: credits({ A: 50, B: 50 }), last: credits({ A: 40, B: 60 }) });
    expect(even.every((r) => !r.flagged && r.reasons.length === 0)).toBe(true);
    const other = triangulate({ 'time-decay': credits({ A: 70, B: 30 }), position: credits({ A: 40, B: 60 }) });
    expect(other[0].reasons.map((r) => r.code)).toEqual(['model-disagreement']);
  });

  it('can compare value shares and skips a model with no credit at all', () => {
    const rowsByValue = triangulate({ first: credits({ A: 1, B: 3 }), last: credits({ A: 0, B: 0 }) }, { basis: 'value' });
    expect(rowsByValue.map((r) => r.shares)).toEqual([{ first: 25 }, { first: 75 }]);
  });
});
