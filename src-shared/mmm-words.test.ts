import { describe, expect, it } from 'vitest';
import { translate } from './i18n/index.js';
import type { MessageKey } from './i18n/index.js';
import { mmmKpiText, mmmNotSeparableNote, mmmReasonText, mmmReasonTexts } from './mmm-words.js';

const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const zh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);

describe('the marketing-mix gate in words', () => {
  it('formats each reason’s numbers for reading, in both languages', () => {
    const reason = { code: 'noDetectableEffect', channel: 'Email', roasLow: -0.0004, roasHigh: 4.4012 };
    expect(mmmReasonText(reason, en)).toBe('Email: no detectable effect (ROAS interval -0.00 to 4.40 includes zero).');
    expect(mmmReasonText(reason, zh)).toBe('Email：未检测到效果（ROAS 区间 -0.00 至 4.40 包含 0）。');
    expect(mmmReasonText({ code: 'atSearchBound', channel: 'Tv', parameter: 'decay', value: 0.8 }, en)).toBe('Tv: its carry-over sits at the edge of the range searched; the data does not pin it down.');
    const lowest = { code: 'lowestUnclear', channel: 'Baidu', share: 0.454, other: 'Meta', otherShare: 0.3 };
    expect(mmmReasonText(lowest, en, (name) => (name === 'Baidu' ? '百度' : name))).toBe(
      'Which channel earns least is not clear: 百度 in 45 % of the model’s draws, Meta in 30 %. Test one of them (a lift test, or a few weeks with its budget moved alone) before cutting either.',
    );
    // Chinese writes a share without the SI space, as the screens' own "90%" does.
    expect(mmmReasonText(lowest, zh)).toBe('哪个渠道回报最低并不明确：在模型的抽样中 Baidu 占 45%，Meta 占 30%。削减任何一个之前，先测试其中一个（增量实验，或单独调整它的预算几周）。');
  });

  it('says one sentence per group of channels that move together, not one per pair', () => {
    const pair = (channel: string, other: string, correlation: number) => ({ code: 'correlatedSpend', channel, other, correlation });
    const texts = mmmReasonTexts([pair('A', 'B', 0.91), pair('B', 'C', 0.97), pair('A', 'C', 0.93), pair('D', 'E', 0.85), { code: 'lessThanAYear', weeks: 40 }], en);
    expect(texts).toEqual([
      'A, B, C rise and fall together (correlations 0.91 to 0.97): the model cannot split the credit among them, only their total is well measured. Moving some of them without the others for a few weeks would help.',
      'D and E rise and fall together (correlation 0.85): the model cannot split the credit between them. Moving one without the other for a few weeks would help.',
      'Less than a year (40 weeks): seasons cannot be told apart from marketing. A full year would help.',
    ]);
  });

  it('adds what a group returns together to its sentence, in both languages', () => {
    const pair = (channel: string, other: string, correlation: number) => ({ code: 'correlatedSpend', channel, other, correlation });
    const reasons = [pair('A', 'B', 0.91), pair('B', 'C', 0.97), { code: 'measuredTogether', channel: 'A', roas: 0.951, roasLow: 0.83, roasHigh: 1.18 }];
    expect(mmmReasonTexts(reasons, en)).toEqual([
      'A, B, C rise and fall together (correlations 0.91 to 0.97): the model cannot split the credit among them, only their total is well measured. Moving some of them without the others for a few weeks would help. Together they return ROAS 0.95 (90 % interval 0.83 to 1.18): that much is measured; each one’s own interval only says how the total could split.',
    ]);
    expect(mmmReasonTexts(reasons, zh, '、')[0]).toMatch(/会有帮助。它们合计的 ROAS 为 0\.95（90% 区间 0\.83 至 1\.18）/);
  });

  it('warns a budget split about the channels it cannot tell apart, and only then', () => {
    const channels = [
      { channel: 'Douyin', verdict: 'notSeparable' },
      { channel: 'Email', verdict: 'effect' },
      { channel: 'WeChat', verdict: 'notSeparable' },
    ];
    expect(mmmNotSeparableNote(channels, en)).toBe(
      'Douyin, WeChat cannot be told apart (their spends move together): how this split moves money among them follows the model’s guess, not a measurement. Move them together, or test one of them first.',
    );
    expect(mmmNotSeparableNote(channels, zh, '、', (x) => (x === 'Douyin' ? '抖音' : x === 'WeChat' ? '微信' : x))).toMatch(/^抖音、微信无法区分/);
    expect(mmmNotSeparableNote([{ channel: 'Email', verdict: 'effect' }], en)).toBeNull();
  });
});

describe('what the model explains, in words', () => {
  it('names revenue or orders counted from the orders as the wizard does, and keeps a sheet’s own header', () => {
    expect(mmmKpiText({ source: 'orders', kpiName: 'revenue' }, zh)).toBe('收入');
    expect(mmmKpiText({ source: 'orders', kpiName: 'orders' }, zh)).toBe('订单数');
    expect(mmmKpiText({ source: 'orders', kpiName: 'revenue' }, en)).toBe('revenue');
    expect(mmmKpiText({ source: 'sheet', kpiName: 'revenue' }, zh)).toBe('revenue');
    expect(mmmKpiText({ source: 'sheet', kpiName: '品牌收入' }, en)).toBe('品牌收入');
  });
});
