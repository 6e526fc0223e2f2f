import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n/index.js';
import { emptyAdviceText } from './advice.js';

describe('what the Optimise step says before there is advice', () => {
  it('names what the default run will use: Markov advice from journeys, the source channel from orders alone', () => {
    expect(translate('en', emptyAdviceText(false, 'touchpoints'))).toContain('advice from the Markov model');
    expect(translate('en', emptyAdviceText(false, 'paths'))).toMatch(/conversion paths export.*advice from the Markov model/);
    expect(translate('en', emptyAdviceText(false, 'paths'))).not.toContain('lookback');
    const orders = translate('zh-CN', emptyAdviceText(false, 'orders'));
    expect(orders).toContain('每笔订单计入它的来源渠道');
    expect(orders).not.toContain('马尔可夫');
  });

  it('says the saved run gave no advice, or which data to import', () => {
    expect(emptyAdviceText(true, 'orders')).toBe('ui.optimise.noAdvice');
    expect(emptyAdviceText(false, null)).toBe('ui.optimise.emptyNoData');
  });
});
