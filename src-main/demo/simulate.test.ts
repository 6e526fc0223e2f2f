import { describe, expect, it } from 'vitest';
import { TRUE_START, TRUE_TRANSITIONS } from './chain.js';
import { simulateDemo } from './simulate.js';
import { TRUE_BGNBD } from './purchases.js';
import { expectedRepeatsFunction } from './testkit.js';

// The one full-size run of the suite; everything else uses small populations.
const started = performance.now();
const demo = simulateDemo();
const fullRunMs = performance.now() - started;
const { truth } = demo;
const K = truth.channels.length;
const DAY = 86_400_000;

describe('simulateDemo (full size: 20,000 customers, 12 months)', () => {
  it('runs in well under 3 seconds', () => {
    expect(fullRunMs).toBeLessThan(3000);
  });

  it('is determined by its seed', () => {
    const a = simulateDemo({ seed: 7, customers: 1500 });
    const b = simulateDemo({ seed: 7, customers: 1500 });
    const c = simulateDemo({ seed: 8, customers: 1500 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c.touchpoints)).not.toBe(JSON.stringify(a.touchpoints));
  });

  it('has at least 6 channels (Chinese platforms included) and one spend row per day and channel', () => {
    expect(K).toBeGreaterThanOrEqual(6);
    expect(truth.channels.map((c) => c.label)).toEqual(expect.arrayContaining(['抖音', '微信', '小红书', '百度', '淘宝']));
    expect(truth.days).toBe(365);
    expect(demo.spend).toHaveLength(365 * K);
    const keys = new Set(demo.spend.map((r) => `${r.date}|${r.channel}`));
    expect(keys.size).toBe(365 * K);
    expect(demo.spend[0].date).toBe('2025-01-01');
    expect(demo.spend[demo.spend.length - 1].date).toBe('2025-12-31');
    expect(demo.spend.every((r) => r.spend > 0 && r.impressions > r.clicks && r.clicks > 0)).toBe(true);
  });

  it('has ~20k customers, 60–80k touchpoint rows, thousands of orders and 2–3k reviews', () => {
    expect(demo.customers).toHaveLength(20_000);
    expect(demo.journeys).toHaveLength(20_000);
    expect(demo.touchpoints.length).toBeGreaterThan(60_000);
    expect(demo.touchpoints.length).toBeLessThan(80_000);
    expect(truth.counts.orders).toBeGreaterThan(truth.counts.convertingCustomers);
    expect(demo.reviews.length).toBeGreaterThan(2000);
    expect(demo.reviews.length).toBeLessThan(3000);
  });

  it('uses one customer id per person across touchpoints, orders, customers and reviews', () => {
    const ids = new Set(demo.customers.map((c) => c.customerId));
    expect(ids.size).toBe(20_000);
    expect([...ids].every((id) => /^c\d{5}@demo\.cn$/.test(id))).toBe(true);
    for (const rows of [demo.touchpoints, demo.orders, demo.reviews]) expect(rows.every((r) => ids.has(r.customerId))).toBe(true);
  });

  it('recovers the true transition matrix from the journeys’ transition frequencies', () => {
    const counts = Array.from({ length: K }, () => new Array<number>(K + 2).fill(0));
    const starts = new Array<number>(K).fill(0);
    for (const j of demo.journeys) {
      starts[j.channels[0]]++;
      for (let i = 1; i < j.channels.length; i++) counts[j.channels[i - 1]][j.channels[i]]++;
      counts[j.channels[j.channels.length - 1]][j.converted ? K : K + 1]++;
    }
    const close = (observed: number, n: number, p: number): boolean => Math.abs(observed / n - p) <= 4.5 * Math.sqrt((p * (1 - p)) / n) + 0.002;
    TRUE_START.forEach((p, k) => expect(close(starts[k], 20_000, p)).toBe(true));
    counts.forEach((row, i) => {
      const n = row.reduce((a, b) => a + b, 0);
      row.forEach((c, j) => expect(close(c, n, TRUE_TRANSITIONS[i][j]), `${i}→${j}: ${c}/${n}`).toBe(true));
    });
    expect(truth.counts.convertingCustomers / 20_000).toBeCloseTo(truth.markov.conversionProbability, 1);
  });

  it('logs every journey touch once, converting ones with a 转化 row after the last touch, within 28 days', () => {
    const byCustomer = new Map<string, { channel: string; time: number; event: string }[]>();
    for (const t of demo.touchpoints) {
      const list = byCustomer.get(t.customerId) ?? [];
      list.push(t);
      byCustomer.set(t.customerId, list);
    }
    const start = Date.UTC(2025, 0, 1);
    const end = Date.UTC(2026, 0, 1);
    const wrong: string[] = [];
    for (const j of demo.journeys) {
      const rows = byCustomer.get(j.customerId) ?? [];
      const touches = rows.filter((r) => r.event !== 'conversion');
      const conversions = rows.filter((r) => r.event === 'conversion');
      const first = touches[0]?.time ?? NaN;
      const lastTouch = touches[touches.length - 1]?.time ?? NaN;
      const last = conversions[0]?.time ?? lastTouch;
      const ok =
        touches.map((r) => r.channel).join('>') === j.channels.map((k) => truth.channels[k].label).join('>') &&
        conversions.length === (j.converted ? 1 : 0) &&
        last >= lastTouch &&
        last - first < 28 * DAY &&
        first >= start &&
        last < end;
      if (!ok) wrong.push(j.customerId);
    }
    expect(wrong).toEqual([]);
  });

  it('has repeat purchases as frequent as the true BG/NBD model expects', () => {
    const orderIds = new Map<string, Set<string>>();
    const firstTime = new Map<string, number>();
    for (const o of demo.orders) {
      const set = orderIds.get(o.customerId) ?? new Set<string>();
      set.add(o.orderId);
      orderIds.set(o.customerId, set);
      firstTime.set(o.customerId, Math.min(firstTime.get(o.customerId) ?? Infinity, o.time));
    }
    const conversions = new Map(demo.journeys.filter((j) => j.converted).map((j) => [j.customerId, j.conversionTime]));
    expect(orderIds.size).toBe(conversions.size);
    for (const [id, t] of firstTime) expect(t).toBe(conversions.get(id));
    const end = Date.UTC(2026, 0, 1);
    const expectedFor = expectedRepeatsFunction(TRUE_BGNBD);
    let repeats = 0;
    let expected = 0;
    let squares = 0;
    for (const [id, ids] of orderIds) {
      const x = ids.size - 1;
      const e = expectedFor((end - (firstTime.get(id) ?? end)) / (7 * DAY));
      repeats += x;
      expected += e;
      squares += (x - e) ** 2;
    }
    // The mean is within a few per cent, and within 4 standard errors of the sum of
    // independent per-customer deviations (a z-test that does not depend on luck).
    expect(Math.abs(repeats / expected - 1)).toBeLessThan(0.06);
    expect(Math.abs(repeats - expected)).toBeLessThan(4 * Math.sqrt(squares));
    expect(truth.counts.repeatOrders).toBe(repeats);
  });

  it('has order lines that add up to the revenue, with first orders worth the journey values', () => {
    const cents = (x: number): number => Math.round(x * 100);
    const total = demo.orders.reduce((s, o) => s + cents(o.revenue), 0);
    expect(total).toBe(cents(truth.revenue.total));
    const journeyValue = demo.journeys.reduce((s, j) => s + cents(j.value), 0);
    expect(journeyValue).toBe(cents(truth.revenue.firstOrders));
    expect(demo.orders.every((o) => o.revenue > 0 && o.quantity >= 1 && /^#\d+$/.test(o.orderId))).toBe(true);
    expect(new Set(demo.orders.map((o) => o.orderId)).size).toBe(truth.counts.orders);
  });

  it('designs in the ROI ordering: credited value / spend ranks channels as the truth says', () => {
    const byRoas = [...truth.channels].sort((a, b) => b.roas - a.roas).map((c) => c.en);
    expect(byRoas).toEqual(truth.roiOrdering);
    expect(truth.roiOrdering.slice(0, 2)).toEqual(['Email', 'WeChat']);
    expect(truth.roiOrdering[truth.roiOrdering.length - 1]).toBe('Baidu');
    for (const c of truth.channels) {
      const spend = demo.spend.filter((r) => r.channel === c.label).reduce((s, r) => s + r.spend, 0);
      expect(c.spend).toBeCloseTo(spend, 1);
      expect(c.roas / c.targetRoas).toBeCloseTo(truth.channels[0].roas / truth.channels[0].targetRoas, 2);
    }
    expect(JSON.parse(JSON.stringify(truth))).toEqual(truth);
  });

  it('shows weekly seasonality and the 618 and Double 11 spikes in spend', () => {
    const daily = new Map<string, number>();
    for (const r of demo.spend) daily.set(r.date, (daily.get(r.date) ?? 0) + r.spend);
    const values = [...daily.values()].sort((a, b) => a - b);
    const median = values[Math.floor(values.length / 2)];
    expect(daily.get('2025-06-18')).toBeGreaterThan(2.5 * median);
    expect(daily.get('2025-11-11')).toBeGreaterThan(3 * median);
    const meanOn = (weekday: number): number => {
      const days = [...daily].filter(([d]) => new Date(`${d}T00:00:00Z`).getUTCDay() === weekday && !/-(0[56]|1[01])-/.test(d));
      return days.reduce((s, [, v]) => s + v, 0) / days.length;
    };
    expect(meanOn(6)).toBeGreaterThan(1.1 * meanOn(1));
    expect(truth.promos.map((p) => p.name)).toEqual(expect.arrayContaining(['618', '双11']));
  });

  it('ties review sentiment to rating, in Chinese and (on Amazon) English', () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const r of demo.reviews) {
      expect(r.sentiment).toBe(r.rating >= 4 ? 'positive' : r.rating === 3 ? 'neutral' : 'negative');
      expect(cjk.test(r.text)).toBe(r.language === 'zh');
      expect(r.language === 'en').toBe(r.platform === 'Amazon');
    }
    const shares = truth.reviews.sentimentShares;
    expect(shares.positive + shares.neutral + shares.negative).toBeCloseTo(1, 3);
    expect(truth.reviews.languageShares.en).toBeGreaterThan(0.1);
    const negativeShare = (product: string): number => {
      const rows = demo.reviews.filter((r) => r.product === product);
      return rows.filter((r) => r.sentiment === 'negative').length / rows.length;
    };
    expect(negativeShare(truth.reviews.problemProduct)).toBeGreaterThan(1.8 * shares.negative);
  });

  it('refuses options it cannot honour', () => {
    expect(() => simulateDemo({ customers: 0 })).toThrow(RangeError);
    expect(() => simulateDemo({ months: 1 })).toThrow(RangeError);
    expect(() => simulateDemo({ start: '2025-02-30' })).toThrow(RangeError);
    expect(() => simulateDemo({ seed: 1.5 })).toThrow(RangeError);
  });
});
