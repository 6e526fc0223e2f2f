import { describe, it, expect } from 'vitest';
import { KIND_ROLES } from '@shared/kinds.js';
import { autoMap, missingRequired } from './auto-map.js';
import { EXPORTS } from './export-headers.fixture.js';

describe('autoMap on real export headers', () => {
  it.each(EXPORTS.map((e) => [e.name, e] as const))('%s', (_name, e) => {
    const { mapping, confidence } = autoMap(e.kind, e.headers);
    expect(mapping).toEqual(e.expected);
    for (const role of Object.keys(mapping)) expect(confidence[role]).toBeGreaterThan(0);
    expect(missingRequired(e.kind, mapping)).toEqual(e.missing ?? []);
  });
});

describe('autoMap rules', () => {
  it('uses each header at most once and only headers that exist', () => {
    for (const e of EXPORTS) {
      for (const kind of Object.keys(KIND_ROLES) as (keyof typeof KIND_ROLES)[]) {
        const headers = Object.values(autoMap(kind, e.headers).mapping);
        expect(new Set(headers).size).toBe(headers.length);
        for (const h of headers) expect(e.headers).toContain(h);
      }
    }
  });

  it('gives exact names confidence 1 and partial names less', () => {
    const { mapping, confidence } = autoMap('spend', ['日期', '投放渠道名称', 'Total Spend (CNY)', 'Total Revenue']);
    expect(mapping).toEqual({ date: '日期', channel: '投放渠道名称', spend: 'Total Spend (CNY)', revenue: 'Total Revenue' });
    expect(confidence.date).toBe(1);
    expect(confidence.spend).toBe(0.95);
    expect(confidence.channel).toBeGreaterThanOrEqual(0.48);
    expect(confidence.channel).toBeLessThanOrEqual(0.6);
    expect(confidence.revenue).toBeLessThanOrEqual(0.6);
  });

  it('never maps ratios, unit costs or rates to the quantities they derive from', () => {
    const { mapping } = autoMap('spend', ['日期', '渠道', '点击率', '转化成本', 'Cost / conv.', '平均点击单价', '每次转化费用', '日预算']);
    expect(mapping).toEqual({ date: '日期', channel: '渠道' });
  });

  it('gives a required role the header before an optional role can take it', () => {
    // 'amount' is a weak name of spend (required) and a stronger one of revenue (optional).
    expect(autoMap('spend', ['date', 'channel', 'amount']).mapping.spend).toBe('amount');
    expect(autoMap('spend', ['date', 'channel', 'amount', 'cost']).mapping).toMatchObject({ spend: 'cost', revenue: 'amount' });
  });

  it('prefers the stronger of two names for one role', () => {
    expect(autoMap('orders', ['Subtotal', 'Total', 'Email', 'Paid at', 'Created at']).mapping).toMatchObject({ revenue: 'Total', date: 'Created at' });
    expect(autoMap('customers', ['Email', 'ID', 'City', 'Province']).mapping).toEqual({ customer_id: 'ID', region: 'Province' });
  });

  it('counts a repeated header once and skips blank ones', () => {
    expect(autoMap('spend', ['日期', '', '渠道', '花费', '花费']).mapping).toEqual({ date: '日期', channel: '渠道', spend: '花费' });
  });
});

describe('missingRequired', () => {
  it('lists required roles without a header, in role order', () => {
    expect(missingRequired('orders', { date: 'd' })).toEqual(['customer_id', 'revenue']);
    expect(missingRequired('orders', { customer_id: 'c', date: 'd', revenue: '' })).toEqual(['revenue']);
    expect(missingRequired('paths', { path: 'p', conversions: 'c' })).toEqual([]);
  });
});
