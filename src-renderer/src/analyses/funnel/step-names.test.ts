import { describe, expect, it } from 'vitest';
import { stepNamesInTypicalOrder } from './step-names.js';

describe('funnel step names', () => {
  it('orders known events by the funnel vocabulary even when the sample says otherwise (issue 14 finding 12)', () => {
    // The first rows of a big file: every customer clicks before the impression is logged.
    const page = {
      columns: ['customer_id', 'timestamp', 'channel', 'event'],
      rows: [
        ['a', '2025-01-01T09:00:00', 'Douyin', '点击'],
        ['a', '2025-01-01T10:00:00', 'Douyin', '曝光'],
        ['a', '2025-01-02T09:00:00', 'Douyin', '转化'],
        ['b', '2025-01-03T09:00:00', 'Baidu', 'Click'],
        ['b', '2025-01-03T10:00:00', 'Baidu', 'Impression'],
        ['b', '2025-01-04T09:00:00', 'Baidu', 'Purchase'],
      ],
    };
    expect(stepNamesInTypicalOrder([page])).toEqual(['impression', '曝光', 'click', '点击', 'purchase', '转化']);
  });
});
