import { describe, expect, it } from 'vitest';
import { needsParam } from '../analyses/needs.js';
import { describeError } from './describe-error.js';

describe('describeError', () => {
  it('names the data an analysis lacks in the reader’s language, from the ids the error carries', () => {
    const info = { code: 'error.needsData' as const, params: { kinds: needsParam(['touchpoints', { kind: 'orders', role: 'channel' }]) } };
    expect(describeError('zh-CN', info)).toBe('这项分析需要项目中还没有的数据：客户触点或含“渠道”列的订单。请先导入。');
    expect(describeError('en', info)).toBe('This analysis needs data the project does not have yet: Touchpoints or Orders with a Channel column. Import it first.');
  });

  it('leaves a kinds text that is not a list of needs as it is', () => {
    expect(describeError('en', { code: 'error.needsData', params: { kinds: 'receipts' } })).toContain(': receipts.');
  });
});
