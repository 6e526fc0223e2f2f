import { describe, expect, it } from 'vitest';
import { computeFunnel, NO_CHANNEL } from './funnel.js';
import type { FunnelEvent } from './funnel.js';
import { DAY_MS } from './units.js';

const t0 = Date.UTC(2025, 5, 1);
const e = (customerId: string, d: number, step: string, channel?: string): FunnelEvent => ({ customerId, time: t0 + d * DAY_MS, step, channel });

describe('computeFunnel', () => {
  const events = [
    e('u1', 0, 'view', 'ads'), e('u1', 1, 'cart'), e('u1', 2, 'buy'), // all three in order
    e('u2', 0, 'cart', 'email'), e('u2', 1, 'view'), e('u2', 2, 'buy'), // cart came before view: only view counts
    e('u3', 0, 'view', 'ads'), e('u3', 1, 'cart'), e('u3', 10, 'buy'), // buy outside the 7-day window
    e('u4', 0, 'view', 'email'), e('u4', 8, 'view'), e('u4', 9, 'cart'), e('u4', 14, 'buy'), // the later view starts a chain that fits
    e('u5', 0, 'buy', 'ads'), // never started
    e('u6', 3, 'buy'), e('u6', 3, 'cart'), e('u6', 3, 'view'), // same instant: in order
    e('u7', 0, 'browse', 'ads'), // no listed step
  ];
  const result = computeFunnel(events, ['view', 'cart', 'buy'], { windowDays: 7 });

  it('counts customers reaching each step in strict order within the window', () => {
    // view: u1 u2 u3 u4 u6 = 5; cart: u1 u3 u4 u6 = 4; buy: u1 u4 u6 = 3.
    expect(result.steps).toEqual([
      { step: 'view', users: 5, stepConversion: null, overallConversion: 1, dropOff: 0 },
      { step: 'cart', users: 4, stepConversion: 4 / 5, overallConversion: 4 / 5, dropOff: 1 },
      { step: 'buy', users: 3, stepConversion: 3 / 4, overallConversion: 3 / 5, dropOff: 1 },
    ]);
    expect(result.customers).toBe(6);
    expect(result.invalidEvents).toBe(0);
    expect(computeFunnel([{ ...e('a', 0, 'view'), time: Number.NaN }], ['view']).invalidEvents).toBe(1);
  });

  it('splits by first-touch channel', () => {
    // ads: u1 (3 steps), u3 (2), u5 (0); email: u2 (1), u4 (3); none: u6 (3).
    const users = Object.fromEntries(result.byFirstChannel.map((s) => [s.channel, s.steps.map((x) => x.users)]));
    expect(users).toEqual({ ads: [2, 2, 1], email: [2, 1, 1], [NO_CHANNEL]: [1, 1, 1] });
  });

  it('needs two events for a step listed twice', () => {
    const once = computeFunnel([e('a', 0, 'visit')], ['visit', 'visit']);
    expect(once.steps.map((s) => s.users)).toEqual([1, 0]);
    const twice = computeFunnel([e('a', 0, 'visit'), e('a', 0, 'visit')], ['visit', 'visit']);
    expect(twice.steps.map((s) => s.users)).toEqual([1, 1]);
  });

  it('handles nobody starting and bad options', () => {
    expect(computeFunnel([e('a', 0, 'buy')], ['view', 'buy']).steps[1]).toEqual({ step: 'buy', users: 0, stepConversion: null, overallConversion: null, dropOff: 0 });
    expect(() => computeFunnel([], [])).toThrow(RangeError);
    expect(() => computeFunnel([], ['a'], { windowDays: 0 })).toThrow(RangeError);
  });
});
