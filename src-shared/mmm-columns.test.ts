import { describe, expect, it } from 'vitest';
import { classifyMmmColumn, resolveMmmColumns } from './mmm-columns.js';

describe('marketing-mix sheet columns', () => {
  it.each([
    ['tv_S', 'spend', 'tv'],
    ['Search_spend', 'spend', 'Search'],
    ['facebook spend', 'spend', 'facebook'],
    ['抖音消耗', 'spend', '抖音'],
    ['微信花费(元)', 'spend', '微信'],
    ['facebook_I', 'exposure', 'facebook'],
    ['search_clicks_P', 'exposure', 'search_clicks'],
    ['小红书曝光', 'exposure', '小红书'],
    ['competitor_sales_B', 'control', ''],
    ['events', 'control', ''],
    ['newsletter', 'control', ''],
    ['promo', 'control', ''],
    ['week', 'ignore', ''],
  ])('%s → %s (%s)', (header, role, channel) => {
    expect(classifyMmmColumn(header)).toEqual({ header, role, channel });
  });

  it('keeps the user’s choice over the suggestion, naming the channel by the header', () => {
    expect(resolveMmmColumns(['tv_S', 'newsletter'], { newsletter: 'spend', tv_S: 'ignore' })).toEqual([
      { header: 'tv_S', role: 'ignore', channel: 'tv_S' },
      { header: 'newsletter', role: 'spend', channel: 'newsletter' },
    ]);
  });
});
