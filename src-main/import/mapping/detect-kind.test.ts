import { describe, it, expect } from 'vitest';
import { detectKind, rankKinds } from './detect-kind.js';
import { guessPlatform } from './guess-platform.js';
import { EXPORTS, SHOPIFY_ORDERS } from './export-headers.fixture.js';

const kindOf = (headers: string[]): string => {
  const d = detectKind(headers);
  return 'kind' in d ? d.kind : 'ambiguous' in d ? `ambiguous:${d.ambiguous.join(',')}` : 'none';
};

describe('detectKind', () => {
  it.each([
    [['日期', '渠道', '花费'], 'spend'],
    [SHOPIFY_ORDERS, 'orders'],
    [['user_id', 'timestamp', 'channel', 'event'], 'touchpoints'],
    [['path', 'conversions', 'value', 'nulls'], 'paths'],
    [['客户ID', '注册日期', '地区', '年龄', '性别'], 'customers'],
    [['评价内容', '评分', '日期'], 'reviews'],
    [['订单号', '买家昵称', '付款时间', '实付金额', '渠道'], 'orders'],
    [['visitor_id', 'visit_time', 'utm_source', 'utm_campaign'], 'touchpoints'],
  ])('%j → %s', (headers, expected) => {
    expect(kindOf(headers)).toBe(expected);
  });

  it('recognises the wide marketing-mix sheet by its spend columns (Robyn’s demo, a Chinese sheet), not a lone spend column', () => {
    const robyn = ['DATE', 'revenue', 'tv_S', 'ooh_S', 'print_S', 'facebook_I', 'search_clicks_P', 'search_S', 'competitor_sales_B', 'facebook_S', 'events', 'newsletter'];
    expect(kindOf(robyn)).toBe('weekly');
    expect(kindOf(['周', '销售额', '抖音消耗', '微信消耗', '小红书消耗', '促销'])).toBe('weekly');
    expect(kindOf(['日期', '销售额', '花费'])).not.toBe('weekly');
  });

  it('recognises every export of its kind, platform spend reports included (their channel is given as a constant)', () => {
    for (const e of EXPORTS) {
      if (e.missing?.some((role) => role !== 'channel')) continue;
      expect([e.name, kindOf(e.headers)]).toEqual([e.name, e.kind]);
    }
  });

  it('reports a score that is the evidence: required confidences plus half the optional ones', () => {
    // spend: date, channel, spend exact (3 × 1) + clicks exact (0.5 × 1).
    expect(detectKind(['日期', '渠道', '花费', '点击'])).toEqual({ kind: 'spend', score: 3.5 });
  });

  it('calls an order-or-touchpoint table ambiguous, best first', () => {
    // orders: customer_id, date, revenue exact (3) + channel (0.5) = 3.5;
    // touchpoints: customer_id 1 + timestamp via "date" 0.8 + channel 1 + value via "revenue" 0.9 × 0.5 = 3.25, within 10 %.
    // customers also fits (customer_id 1 + signup_date via "date" 0.6 × 0.5 = 1.3), far behind.
    expect(rankKinds(['customer_id', 'date', 'channel', 'revenue'])).toEqual([
      { kind: 'orders', score: 3.5 },
      { kind: 'touchpoints', score: 3.25 },
      { kind: 'customers', score: 1.3 },
    ]);
    expect(detectKind(['customer_id', 'date', 'channel', 'revenue'])).toEqual({ ambiguous: ['orders', 'touchpoints'] });
  });

  it('says none when no kind has its required columns', () => {
    expect(detectKind(['foo', 'bar', 'baz'])).toEqual({ none: true });
    expect(detectKind([])).toEqual({ none: true });
    // A store-traffic report has channels and sales but no spend: not a spend table.
    expect(detectKind(['统计日期', '流量来源', '访客数', '支付金额', '支付买家数'])).toEqual({ none: true });
  });
});

describe('guessPlatform', () => {
  it('names the platform of a spend report from its telltale headers', () => {
    const byName = Object.fromEntries(EXPORTS.map((e) => [e.name, guessPlatform(e.headers)]));
    expect(byName['Google Ads campaign report']).toBe('Google Ads');
    expect(byName['Meta Ads Manager']).toBe('Meta');
    expect(byName['巨量引擎 / Ocean Engine']).toBe('Douyin');
    expect(byName['微信广告 / 腾讯广告']).toBe('WeChat');
    expect(byName['淘宝直通车']).toBe('Taobao');
    expect(byName['generic Chinese spend sheet']).toBeNull();
    expect(byName['Shopify orders export']).toBeNull();
  });
});
