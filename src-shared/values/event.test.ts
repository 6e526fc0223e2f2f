import { describe, it, expect } from 'vitest';
import { parseEvent } from './event.js';

describe('parseEvent', () => {
  it.each(['touch', 'Click', 'IMPRESSION', 'visit', 'view', 'page_view', 'Page View', '曝光', '点击', '访问', '浏览', '触点', 'ｃｌｉｃｋ', 'add_to_cart', '加购'])(
    '%s is a touch',
    (raw) => {
      expect(parseEvent(raw)).toBe('touch');
    },
  );

  it.each(['conversion', 'Purchase', 'ORDER', 'convert', 'sale', '成交', '转化', '购买', '下单', '支付'])('%s is a conversion', (raw) => {
    expect(parseEvent(raw)).toBe('conversion');
  });

  it.each(['', 'refund', 'unsubscribe', '退款', 'clicked twice'])('%j is neither', (raw) => {
    expect(parseEvent(raw)).toBeNull();
  });
});
