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

  it('finds the range of a date column batch by batch as the strings order it, and counts channel spellings', () => {
    const touch = KIND_ROLES.touchpoints;
    const stored = ['timestamp', 'channel', 'channel_raw'];
    const quality = new QualityAccumulator('touchpoints', { timestamp: '时间', channel: '渠道' }, ['时间', '渠道'], stored);
    const roles = stored.map((c) => touch.findIndex((s) => s.role === c));
    const stamps: string[] = [];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
    const spelled = new Map<string, number>();
    for (let batch = 0; batch < 5; batch++) {
      const n = 600;
      const times = Array.from({ length: n }, () => new Date(Date.UTC(2019, 0, 1) + (next() % 2e11)).toISOString().slice(0, 19));
      // A last batch of many spellings of many channels: more pairs (400 × 200) than an array holds.
      const raws = Array.from({ length: n }, (_, i) => (batch === 4 ? `g${i % 400}` : i % 3 === 0 ? 'google ads' : null));
      const channels = raws.map((r, i) => (batch === 4 ? `C${(i % 400) % 200}` : r === null ? '抖音' : 'Google Ads'));
      times.forEach((t, i) => i % 10 !== 0 && stamps.push(t)); // every tenth row rejected
      raws.forEach((r, i) => {
        if (r !== null && i % 10 !== 0) spelled.set(r, (spelled.get(r) ?? 0) + 1);
      });
      const rows = Int32Array.from({ length: n }, (_, i) => batch * n + i + 2);
      const keep = Int32Array.from({ length: n }, (_, i) => i).filter((i) => i % 10 !== 0);
      const text = (values: (string | null)[]) => {
        const dictionary: string[] = [];
        const codeOf = new Map<string, number>();
        const code = (v: string) => codeOf.get(v) ?? codeOf.set(v, dictionary.push(v) - 1).get(v)!;
        return { type: 'text' as const, codes: Int32Array.from(values, (v) => (v === null ? -1 : code(v))), dictionary };
      };
      const view = new BatchView(packBatch(rows, keep, [text(times), text(channels), text(raws)]));
      quality.addStored(view, roles);
    }
    const sorted = [...stamps].sort();
    const column = quality.report({}, 0).columns[touch.findIndex((s) => s.role === 'timestamp')];
    expect(column).toMatchObject({ filled: stamps.length, empty: 0, min: sorted[0], max: sorted[sorted.length - 1] });
    const counted = new Map(quality.channelSpellings().map((s) => [s.raw, s.rows]));
    expect(quality.channelSpellings().find((s) => s.raw === 'g7')).toEqual({ raw: 'g7', channel: 'C7', rows: 2 });
    expect(counted).toEqual(spelled);
  });
});
