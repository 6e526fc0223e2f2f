import { describe, expect, it } from 'vitest';
import { translate } from './i18n/index.js';
import type { MessageKey } from './i18n/index.js';
import { mmmSplitOutcome, mmmSplitSummary } from './mmm-split-words.js';

const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const zh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const money = (v: number) => Math.round(v).toLocaleString('en-US');
const signed = (v: number) => `${v >= 0 ? '+' : '−'}${money(Math.abs(v))}`;

// The demo's split: every channel's marginal ROAS is below 1, so the optimiser keeps 9,060 a week back.
const demo = { expectedRevenue: 22_575, expectedRevenueInterval: { low: 19_995, high: 28_128 }, uplift: -4_427, upliftInterval: { low: -4_913, high: -3_987 }, spend: 21_140, spendNow: 30_200 };

describe('the optimiser’s split against today’s, in words', () => {
  it('says that spending less loses less revenue than it saves, not "−4,427 against now"', () => {
    expect(mmmSplitOutcome(demo)).toBe('spendLess');
    expect(mmmSplitSummary(demo, en, money, signed)).toBe(
      'This split spends 9,060 a week less (21,140 a week). The channels bring 4,427 a week less revenue (90 % interval 3,987 to 4,913) — less than the money saved, so revenue minus spend improves by 4,633 a week.',
    );
    expect(mmmSplitSummary(demo, zh, money, signed)).toBe('这个分配每周少花 9,060（每周花费 21,140）。渠道每周少带来 4,427 收入（90% 区间 3,987 至 4,913），少于省下的钱，所以收入减花费每周提高 4,633。');
  });

  it('says today’s split is already as good as the model can tell when no move brings more revenue', () => {
    const same = { ...demo, uplift: -12, upliftInterval: { low: -300, high: 250 }, spend: 30_200 };
    expect(mmmSplitOutcome(same)).toBe('keepToday');
    expect(mmmSplitSummary(same, en, money, signed)).toBe(
      'Today’s split is already as good as the model can tell: moving money between the channels would not bring more revenue (the best move found: −12 a week, 90 % interval −300 to +250).',
    );
    expect(mmmSplitSummary(same, zh, money, signed)).toMatch(/^就模型所能判断，现在的分配已经是最好的：在渠道之间挪钱不会带来更多收入/);
    // Spending less and losing more than is saved is no gain either.
    expect(mmmSplitOutcome({ ...demo, uplift: -9_500 })).toBe('keepToday');
  });

  it('gives the figures as before when the split brings more', () => {
    const gain = { ...demo, uplift: 1_250, upliftInterval: { low: 400, high: 2_100 }, spend: 30_200 };
    expect(mmmSplitOutcome(gain)).toBe('gain');
    expect(mmmSplitSummary(gain, en, money, signed)).toBe(
      'At this split the channels bring 22,575 a week (90 % interval 19,995 to 28,128), +1,250 against now (+400 to +2,100), for 30,200 a week of spend (+0 against now).',
    );
  });
});
