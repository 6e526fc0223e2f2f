import { describe, expect, it } from 'vitest';
import { KIND_ROLES } from '@shared/kinds.js';
import { BatchView, packBatch } from '../store/batch/layout.js';
import { QualityAccumulator } from './quality.js';

const SPEND = KIND_ROLES.spend.findIndex((s) => s.role === 'spend');

/** The spend column's quality after `values` were stored in batches of the given sizes. */
function spendQuality(values: number[], batchSizes: number[]) {
  const quality = new QualityAccumulator('spend', { spend: '花费' }, ['花费']);
  let at = 0;
  for (const size of batchSizes) {
    const part = values.slice(at, at + size);
    const rows = Int32Array.from(part, (_, i) => at + i + 2);
    const batch = new BatchView(packBatch(rows, Int32Array.from(part, (_, i) => i), [{ type: 'real', values: Float64Array.from(part) }]));
    quality.addStored(batch, [SPEND]);
    at += size;
  }
  return quality.report({}, 0).columns[SPEND];
}

describe('the quality report', () => {
  it('sums a column the same however its rows were batched, without float noise', () => {
    // Summed naively, (0.1 + 0.2) + 0.3 is 0.6000000000000001 and 0.1 + (0.2 + 0.3) is 0.6.
    const values = [0.1, 0.2, 0.3];
    const whole = spendQuality(values, [3]);
    expect(spendQuality(values, [1, 2])).toEqual(whole);
    expect(spendQuality(values, [2, 1])).toEqual(whole);
    expect(whole).toMatchObject({ filled: 3, empty: 0, sum: 0.6, min: 0.1, max: 0.3 });
  });

  it('counts empty cells apart and leaves the sum out of a column without numbers', () => {
    const none = spendQuality([NaN, NaN], [1, 1]);
    expect(none).toMatchObject({ filled: 0, empty: 2 });
    expect(none.sum).toBeUndefined();
    expect(spendQuality([NaN, 2.5, NaN, 1e15, -1e15, 0.25], [4, 2])).toMatchObject({ filled: 4, empty: 2, sum: 2.75, min: -1e15, max: 1e15 });
  });
});
