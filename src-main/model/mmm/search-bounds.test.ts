import { describe, expect, it } from 'vitest';
import { hyperParametersAtBounds } from './search-bounds.js';

describe('hyperParametersAtBounds', () => {
  it('flags the far edges of the grids, not decay 0 or shape 1', () => {
    const hits = hyperParametersAtBounds(['a', 'b', 'c'], {
      lambda: 0.01,
      hypers: [
        { decay: 0, halfSaturationRatio: 1, shape: 1 },
        { decay: 0.8, halfSaturationRatio: 4, shape: 3 },
        { decay: 0.3, halfSaturationRatio: 0.3, shape: 1.5 },
      ],
    }, false);
    expect(hits).toEqual([
      { channel: 'b', parameter: 'decay', value: 0.8 },
      { channel: 'b', parameter: 'halfSaturation', value: 4 },
      { channel: 'b', parameter: 'shape', value: 3 },
      { channel: 'c', parameter: 'halfSaturation', value: 0.3 },
    ]);
  });
});
