import { describe, expect, it } from 'vitest';
import { correlatedGroups, gateAfterFit, gateBeforeFit, holdoutMuchWorse, lowestChannel } from './gate.js';
import { simulateMmmWorld } from './synthetic.js';
import type { MmmData } from './types.js';

const codes = (reasons: { code: string }[]) => reasons.map((r) => r.code);

describe('gateBeforeFit', () => {
  it('passes a long, varied history', () => {
    const world = simulateMmmWorld({ seed: 2, weeks: 156, channels: 3, noise: 0.05 });
    const gate = gateBeforeFit(world.data);
    expect(gate.verdict).toBe('enoughEvidence');
    expect(gate.thin).toBe(false);
    expect(gate.seasonality).toBe(true);
  });

  it('refuses under 26 weeks and falls back to fewer parameters under a year', () => {
    expect(gateBeforeFit(simulateMmmWorld({ seed: 1, weeks: 25, channels: 2, noise: 0.05 }).data).verdict).toBe('notEnoughData');
    const short = gateBeforeFit(simulateMmmWorld({ seed: 1, weeks: 40, channels: 2, noise: 0.05 }).data);
    expect(short.verdict).toBe('directionalOnly');
    expect(codes(short.reasons)).toEqual(expect.arrayContaining(['lessThanAYear', 'thinDataFallback']));
    expect(short.thin).toBe(true);
    expect(short.seasonality).toBe(false);
  });

  it('flags few points per coefficient', () => {
    const gate = gateBeforeFit(simulateMmmWorld({ seed: 4, weeks: 60, channels: 8, noise: 0.05 }).data);
    const reason = gate.reasons.find((r) => r.code === 'fewPointsPerParameter');
    expect(reason).toMatchObject({ weeks: 60, coefficients: 14 });
    expect(gate.verdict).toBe('directionalOnly');
  });

  it('names correlated channels, flat spend and a channel that never spends', () => {
    const world = simulateMmmWorld({ seed: 5, weeks: 104, channels: 3, noise: 0.05, correlated: 2 });
    const data: MmmData = {
      kpi: world.data.kpi,
      channels: [...world.data.channels, { name: 'flat', spend: Array.from({ length: 104 }, (_, t) => 1000 + (t % 2)) }, { name: 'never', spend: new Array(104).fill(0) }],
    };
    const gate = gateBeforeFit(data);
    expect(gate.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'correlatedSpend', channel: 'channel_1', other: 'channel_2' }),
        expect.objectContaining({ code: 'flatSpend', channel: 'flat' }),
        { code: 'channelNeverSpends', channel: 'never' },
      ]),
    );
    expect(gate.verdict).toBe('directionalOnly');
  });

  it('refuses a KPI that is all zero', () => {
    expect(gateBeforeFit({ kpi: new Array(60).fill(0), channels: [{ name: 'a', spend: Array.from({ length: 60 }, (_, t) => t) }] }).verdict).toBe('notEnoughData');
  });
});

describe('gateAfterFit', () => {
  const clean = { verdict: 'enoughEvidence' as const, reasons: [] };
  it('turns a held-out error much worse than in-sample into directional only', () => {
    expect(holdoutMuchWorse(0.05, 0.2)).toBe(true);
    expect(holdoutMuchWorse(0.05, 0.08)).toBe(false);
    const gate = gateAfterFit(clean, { mape: 0.05, mapeHoldout: 0.2, stability: 0.9, channels: [] });
    expect(gate.verdict).toBe('directionalOnly');
    expect(codes(gate.reasons)).toEqual(['holdoutMuchWorse']);
  });

  it('reports a channel without detectable effect as a result, and most channels without one as directional', () => {
    const one = gateAfterFit(clean, {
      mape: 0.05,
      mapeHoldout: 0.06,
      stability: 0.9,
      channels: [
        { channel: 'a', roasLow: 0, roasHigh: 1.2, verdict: 'noDetectableEffect' },
        { channel: 'b', roasLow: 1, roasHigh: 2, verdict: 'effect' },
        { channel: 'c', roasLow: 1, roasHigh: 2, verdict: 'effect' },
      ],
    });
    expect(one.verdict).toBe('enoughEvidence');
    expect(one.reasons).toEqual([{ code: 'noDetectableEffect', channel: 'a', roasLow: 0, roasHigh: 1.2 }]);
    const most = gateAfterFit(clean, {
      mape: 0.05,
      mapeHoldout: 0.06,
      stability: 0.9,
      channels: [
        { channel: 'a', roasLow: 0, roasHigh: 1.2, verdict: 'noDetectableEffect' },
        { channel: 'b', roasLow: 0, roasHigh: 2, verdict: 'noDetectableEffect' },
      ],
    });
    expect(most.verdict).toBe('directionalOnly');
  });

  it('flags an unstable answer', () => {
    expect(gateAfterFit(clean, { mape: 0.05, mapeHoldout: 0.06, stability: 0.3, channels: [] }).verdict).toBe('directionalOnly');
  });
});

describe('hyper-parameters at the edge of the search', () => {
  it('are named and make the answer directional', () => {
    const gate = gateAfterFit({ verdict: 'enoughEvidence', reasons: [] }, { mape: 0.05, mapeHoldout: 0.06, stability: 0.9, channels: [], atBounds: [{ channel: 'tv', parameter: 'shape', value: 3 }] });
    expect(gate.verdict).toBe('directionalOnly');
    expect(gate.reasons).toEqual([{ code: 'atSearchBound', channel: 'tv', parameter: 'shape', value: 3 }]);
  });
});

describe('which channel earns least', () => {
  const names = ['tv', 'search', 'email', 'radio'];
  it('names the most drawn lowest first, with its share of replicates and the runner-up', () => {
    const replicates = [
      [2, 1, 0.5, 0.9],
      [2, 1, 0.8, 0.7],
      [2, 1, 0.6, 0.9],
      [2, 0.4, 0.6, 0.9],
    ];
    expect(lowestChannel(names, [2, 1, 0.6, 0.9], replicates, [true, true, true, true])).toEqual({ channel: 'email', share: 0.5, other: 'search', otherShare: 0.25, pointLowest: 'email' });
    // A channel that never spends is not a candidate, whatever its ROAS.
    expect(lowestChannel(names, [2, 1, 0.6, 0], replicates, [true, true, true, false])!.channel).toBe('email');
    expect(lowestChannel(['tv'], [1], [[1]], [true])).toBeUndefined();
  });

  it('never leads with a channel fewer draws put lowest than the runner-up', () => {
    // The point estimate's lowest is email, but radio is lowest in 3 of 4 replicates.
    const replicates = [
      [2, 1, 0.8, 0.7],
      [2, 1, 0.5, 0.9],
      [2, 1, 0.9, 0.6],
      [2, 1, 0.8, 0.5],
    ];
    const lowest = lowestChannel(names, [2, 1, 0.6, 0.65], replicates, [true, true, true, true]);
    expect(lowest).toEqual({ channel: 'radio', share: 0.75, other: 'email', otherShare: 0.25, pointLowest: 'email' });
    const gate = gateAfterFit({ verdict: 'enoughEvidence', reasons: [] }, { mape: 0.05, mapeHoldout: 0.06, stability: 0.9, channels: [], lowest });
    expect(gate.reasons).toEqual([{ code: 'lowestUnclear', channel: 'radio', share: 0.75, other: 'email', otherShare: 0.25 }]);
  });

  it('is said to be unclear when fewer than 90 % of the replicates agree, without making the answer directional', () => {
    const shares = { channel: 'email', share: 0.85, other: 'radio', otherShare: 0.15 };
    const lowest = { ...shares, pointLowest: 'email' };
    const unclear = gateAfterFit({ verdict: 'enoughEvidence', reasons: [] }, { mape: 0.05, mapeHoldout: 0.06, stability: 0.9, channels: [], lowest });
    expect(unclear).toEqual({ verdict: 'enoughEvidence', reasons: [{ code: 'lowestUnclear', ...shares }] });
    const clear = gateAfterFit({ verdict: 'enoughEvidence', reasons: [] }, { mape: 0.05, mapeHoldout: 0.06, stability: 0.9, channels: [], lowest: { ...lowest, share: 0.9, otherShare: 0.1 } });
    expect(clear.reasons).toEqual([]);
  });
});

describe('channels whose spends move together', () => {
  const pair = (channel: string, other: string) => ({ code: 'correlatedSpend' as const, channel, other, correlation: 0.9 });
  it('form groups through any correlated pair, in input order', () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    expect(correlatedGroups(names, [pair('d', 'b'), pair('e', 'c'), pair('b', 'a')])).toEqual([
      [0, 1, 3],
      [2, 4],
    ]);
    expect(correlatedGroups(names, [])).toEqual([]);
  });

  it('are said with what they return together', () => {
    const gate = gateAfterFit({ verdict: 'directionalOnly', reasons: [] }, { mape: 0.05, mapeHoldout: 0.06, stability: 0.9, channels: [], groups: [{ channels: ['a', 'b'], roas: 1.2, roasLow: 1, roasHigh: 1.4 }] });
    expect(gate.reasons).toEqual([{ code: 'measuredTogether', channel: 'a', roas: 1.2, roasLow: 1, roasHigh: 1.4 }]);
  });
});
