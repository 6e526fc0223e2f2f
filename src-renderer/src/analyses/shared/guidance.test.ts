import { describe, expect, it } from 'vitest';
import { channelName } from '@shared/i18n/channels.js';
import { translate, type Lang } from '@shared/i18n/index.js';
import { formatNumber } from '../../lib/format.js';
import type { AttributionAnalysis, FunnelAnalysis } from '../attribution/attribution-types.js';
import type { CohortsAnalysis, SegmentsAnalysis } from './customer-types.js';
import { attributionGuidance, cohortsGuidance, funnelGuidance, segmentsGuidance, type GuidanceWords } from './guidance.js';

const words = (lang: Lang): GuidanceWords => ({
  lang,
  t: (key, params) => translate(lang, key, params),
  number: (value, digits) => formatNumber(lang, value, digits),
  channel: (name) => channelName(lang, name),
});
const en = words('en');
const ok = { verdict: 'ok' } as const;

const row = (channel: string, spend: number | null, value: number) => ({ channel, spend, value, conversions: 10, cpa: null, roas: spend ? value / spend : null, roi: null });
function attribution(rows: ReturnType<typeof row>[], verdict = 'ok', moved = true): AttributionAnalysis {
  return {
    conversions: 30,
    value: rows.reduce((s, r) => s + r.value, 0),
    channels: rows.map((r) => r.channel),
    reliability: { verdict },
    models: { markov: rows },
    advice: { model: 'markov', rows: rows.map((r) => ({ channel: r.channel, change: moved ? 100 : 0 })) },
  } as unknown as AttributionAnalysis;
}

describe('attribution guidance', () => {
  it('names the best channel and every channel below break-even, and sends the user to Optimise', () => {
    const g = attributionGuidance(attribution([row('Douyin', 1000, 3000), row('Baidu', 1000, 800), row('Email', 500, 400), row('Organic', null, 900)]), en)!;
    expect(g.meaning[0]).toBe('By Markov chain, Douyin returns the most: 3.00× its spend (3,000 from 1,000).');
    expect(g.meaning[1]).toBe('2 of 3 channels with spend bring back less than they cost: Baidu, Email.');
    expect(g.next?.step).toBe('optimise');
  });

  it('says every channel pays, and proposes a goal when no move is advised', () => {
    const g = attributionGuidance(attribution([row('Douyin', 1000, 3000), row('Baidu', 1000, 1200)], 'ok', false), words('zh-CN'))!;
    expect(g.meaning[1]).toBe('每个有花费的渠道带回的钱都多于花费。');
    expect(g.meaning[0]).toContain('抖音');
    expect(g.next?.step).toBe('goal');
  });

  it('proposes a rebalance, not a rescue, when every channel pays and the advice still moves money', () => {
    const g = attributionGuidance(attribution([row('Douyin', 1000, 3000), row('Baidu', 1000, 1200)]), en)!;
    expect(g.meaning[1]).toBe('Every channel with spend brings back more than it costs.');
    expect(g.next).toEqual({ text: expect.stringMatching(/^Every channel pays, but some pay more/), step: 'optimise' });
  });

  it('names the basis, not a model, when each order names its source channel', () => {
    const g = attributionGuidance({ ...attribution([row('Douyin', 1000, 3000)]), source: 'orders' }, en)!;
    expect(g.meaning[0]).toMatch(/^By Source of the order, Douyin/);
  });

  it('asks for spend when no channel has any, and says nothing on data it does not trust', () => {
    const g = attributionGuidance(attribution([row('Douyin', null, 3000)]), en)!;
    expect(g.meaning[0]).toContain('Without spend per channel');
    expect(g.next?.step).toBe('data');
    expect(attributionGuidance(attribution([row('Douyin', 1000, 3000)], 'notReliable'), en)).toBeNull();
  });
});

const step = (name: string, users: number, previous: number | null, first: number) => ({
  step: name,
  users,
  stepConversion: previous ? users / previous : null,
  overallConversion: users / first,
  dropOff: previous ? previous - users : 0,
});

describe('funnel guidance', () => {
  it('finds the step that loses the largest share, not the largest count', () => {
    // view → cart keeps 60 % (400 lost); cart → buy keeps 25 % (450 lost, 75 %).
    const steps = [step('view', 1000, null, 1000), step('cart', 600, 1000, 1000), step('buy', 150, 600, 1000)];
    const g = funnelGuidance({ steps, byFirstChannel: [], reliability: ok } as unknown as FunnelAnalysis, en)!;
    expect(g.meaning).toEqual(['15.0% of the 1,000 customers who start at “view” reach “buy”.', 'The biggest loss is from “cart” to “buy”: 450 customers (75.0%) stop there.']);
  });
});

describe('cohorts guidance', () => {
  it('weights each cohort’s retention by its size and leaves out months a cohort has not reached', () => {
    const cohorts = [
      { cohort: '2025-01', customers: 100, retention: [1, 0.3, 0.2, 0.1] },
      { cohort: '2025-02', customers: 300, retention: [1, 0.1, 0.05, null] },
      { cohort: '2025-03', customers: 50, retention: [1, null, null, null] },
    ];
    const g = cohortsGuidance({ cohorts, reliability: ok } as unknown as CohortsAnalysis, en)!;
    // Month two: (30 + 30) / 400 = 15 %; month four: only January has reached it.
    expect(g.meaning).toEqual(['On average, 15.0% of new customers buy again in their second month.', '10.0% are still buying in their fourth month.']);
  });
});

describe('segments guidance', () => {
  it('names the group with the largest revenue share and adds up the groups that have gone quiet', () => {
    const seg = (segment: string, customers: number, revenueShare: number) => ({ segment, label: { en: segment, zh: segment }, customers, customerShare: customers / 100, revenueShare });
    const segments = [seg('champions', 20, 0.5), seg('atRisk', 10, 0.2), seg('cantLoseThem', 5, 0.1), seg('lost', 65, 0.2)];
    const g = segmentsGuidance({ customers: 100, rfm: { segments, segmentsZh: [] } } as unknown as SegmentsAnalysis, en)!;
    expect(g.meaning[0]).toBe('“champions” is your most valuable group: 20 customers (20.0% of all) bring 50.0% of revenue.');
    expect(g.meaning[1]).toBe('15 customers who used to buy well have gone quiet (atRisk, cantLoseThem); they brought 30.0% of revenue.');
  });
});
