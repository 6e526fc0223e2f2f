import { describe, it, expect } from 'vitest';
import { containsWords, headerForm } from './header-form.js';

describe('headerForm', () => {
  it('ignores case, width, spacing, punctuation and camelCase', () => {
    const forms = ['Campaign name', 'campaign_name', 'campaignName', 'ＣＡＭＰＡＩＧＮ　ＮＡＭＥ', ' Campaign-Name. '].map((h) => headerForm(h).compact);
    expect(new Set(forms)).toEqual(new Set(['campaignname']));
  });

  it('drops bracketed notes in the bare form and the words', () => {
    expect(headerForm('Amount spent (USD)')).toMatchObject({ compact: 'amountspentusd', bare: 'amountspent', tokens: ['amount', 'spent'] });
    expect(headerForm('消耗（元）').bare).toBe('消耗');
    expect(headerForm('【必填】订单号').bare).toBe('订单号');
    expect(headerForm('Impr.').compact).toBe('impr');
  });

  it('finds whole-word runs only', () => {
    expect(containsWords(['total', 'revenue', 'usd'], ['revenue', 'usd'])).toBe(true);
    expect(containsWords(['updated', 'at'], ['date'])).toBe(false);
    expect(containsWords(['revenue'], ['total', 'revenue'])).toBe(false);
  });
});
