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

  it('puts a param that is a message key into words: what was thrown where the language is not known', () => {
    const info = { code: 'error.mmmKpiAllZero' as const, params: { source: 'ui.mmm.sourceName.spendAndOrders', kpi: 'ui.mmm.kpiNoun.revenue', from: '2025-01-06', to: '2025-06-30' } };
    expect(describeError('zh-CN', info)).toBe('广告花费与订单：指标「收入」在 2025-01-06 至 2025-06-30 的每一周都是 0，花费没有可解释的对象。');
    expect(describeError('en', info)).toMatch(/^Spend and orders: the KPI “revenue” is zero in every week/);
    // A row issue inside a file-level error, with the error's value, as before.
    expect(describeError('en', { code: 'error.allRowsRejected', params: { file: 'a.csv', rows: 2, row: 2, column: 'date', reason: 'issue.notADate', value: 'soon' } })).toContain('"soon" is not a date');
  });
});
