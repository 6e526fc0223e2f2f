/** The summary's rules on hand-made results: which fire, in which order, with which figures. */
import { describe, expect, it } from 'vitest';
import { makeFormatter } from '../../src-main/report/format.js';
import type { ReportContents } from '../../src-main/report/contents.js';
import { recommend } from '../../src-main/report/recommendations.js';

const segment = (segment: string, en: string, zh: string, customers: number, customerShare: number, revenueShare: number) => ({
  segment,
  label: { en, zh },
  customers,
  customerShare,
  revenueShare,
  actionText: { en: `Act on ${en}.`, zh: `处理${zh}。` },
});

const dataset = (kind: string, file: string, rowsRejected = 0) => ({ kind, file, rowsImported: 10, rowsRejected });

function model(parts: Partial<Record<'attribution' | 'segments' | 'ltv', unknown>>, datasets = ['spend', 'touchpoints', 'orders'].map((k) => dataset(k, `${k}.csv`))): ReportContents {
  return {
    datasets,
    goals: [],
    attribution: parts.attribution ? { params: { minConversions: 30 }, result: parts.attribution } : null,
    segments: parts.segments ? { params: {}, result: parts.segments } : null,
    ltv: parts.ltv ? { params: {}, result: parts.ltv } : null,
  } as unknown as ReportContents;
}

const advice = {
  model: 'markov',
  moved: 1000,
  totalSpend: 10000,
  expectedValueChange: 2500,
  rows: [
    { channel: 'Baidu', change: -600, currentSpend: 3000, uncertain: false },
    { channel: 'Meta', change: -400, currentSpend: 2000, uncertain: false },
    { channel: 'WeChat', change: 1000, currentSpend: 5000, uncertain: false },
  ],
};
const triangulation = [
  { channel: 'Douyin', flagged: true, spread: 23.8, shares: { first: 28.6, last: 4.8 }, maxModel: 'first', minModel: 'last' },
  { channel: 'Email', flagged: false, spread: 2, shares: { first: 3, last: 5 }, maxModel: 'last', minModel: 'first' },
];
const ltv = {
  bgnbd: { r: 1 },
  horizonWeeks: 52,
  highValueAtRiskCount: 3,
  highValueAtRisk: [{ clvIfAlive: 100 }, { clvIfAlive: 200 }, { clvIfAlive: 300 }],
  flags: [{ code: 'fewCustomers', params: { customers: 50, minimum: 100 } }],
};
const segments = {
  rfm: {
    segments: [
      segment('champions', 'Champions', '冠军客户', 10, 0.1, 0.4),
      segment('loyalCustomers', 'Loyal Customers', '忠诚客户', 20, 0.2, 0.3),
      segment('cantLoseThem', "Can't Lose Them", '不能失去', 5, 0.05, 0.12),
    ],
  },
};

describe('recommendations', () => {
  it('fire in order of weight, at most five, with the figures they rest on (en)', () => {
    const recs = recommend(model({ attribution: { advice, triangulation }, ltv, segments }, [dataset('spend', 'spend.csv'), dataset('orders', 'orders.csv', 3), dataset('touchpoints', 't.csv')]), makeFormatter('en'));
    expect(recs).toHaveLength(5);
    expect(recs[0]).toMatch(/^Move about ¥1,000 \(10% of ad spend\) from Baidu and Meta to WeChat\. At their current average returns this adds about ¥2,500 in attributed revenue \(Markov chain model\)/);
    expect(recs[1]).toMatch(/^3 high-value customers are probably lapsing .* worth about ¥600 in gross margin over the next 52 weeks/);
    expect(recs[2]).toBe('Nurture "Champions": 10 customers (10% of all) bring 40% of revenue. Act on Champions.');
    expect(recs[3]).toMatch(/^The attribution models disagree on Douyin: Douyin gets 28\.6% of the conversions under First touch but 4\.8% under Last touch\./);
    expect(recs[4]).toMatch(/^3 rows were rejected on import \(orders\.csv: 3\)/);
  });

  it('speak Chinese with Chinese channel names', () => {
    const recs = recommend(model({ attribution: { advice, triangulation } }), makeFormatter('zh-CN'));
    expect(recs[0]).toMatch(/^建议把约 ¥1,000（占广告花费的 10%）从百度、Meta 调到微信。.*约 ¥2,500 的归因销售额（马尔可夫链模型）/);
    expect(recs[1]).toMatch(/^各归因模型对抖音的判断不一致：抖音在首次触点模型下获得 28\.6% 的转化，在末次触点模型下只有 4\.8%/);
  });

  it('fall back on win-back segments, thin-data caveats and data to import', () => {
    const recs = recommend(model({ segments, ltv: { ...ltv, bgnbd: null, highValueAtRiskCount: 0, highValueAtRisk: [] } }, [dataset('orders', 'orders.csv')]), makeFormatter('en'));
    expect(recs).toEqual([
      'Win back "Can\'t Lose Them": 5 customers who brought 12% of revenue have not bought for a while. Act on Can\'t Lose Them.',
      'Nurture "Champions": 10 customers (10% of all) bring 40% of revenue. Act on Champions.',
      'Treat the lifetime values with care: Only 50 customers (at least 100 recommended).',
      'Import the ad-spend exports of your channels: without spend, ROI, ROAS and CAC cannot be computed.',
    ]);
    expect(recommend(model({}, []), makeFormatter('en'))).toEqual(['Import the ad-spend exports of your channels: without spend, ROI, ROAS and CAC cannot be computed.']);
  });
});
