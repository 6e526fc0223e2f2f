import { describe, expect, it } from 'vitest';
import { exportPayload, filterRows, sortRows } from './data-table.js';
import { sampleColumns, sampleRows } from './sample-columns.js';

const headers = ['渠道', '花费', '日期', '渠道'];
const rows = [
  ['抖音', '¥1,200', '2025/3/2', 'a'],
  ['微信', '80', '2025/3/10', 'b'],
  ['百度', '', '2025/3/1', 'c'],
  ['淘宝', '1.2万', '2025/3/3', 'd'],
];

describe('the import preview as a table', () => {
  const columns = sampleColumns(headers, rows);
  const samples = sampleRows(rows);

  it('keeps a column per header even when a header repeats', () => {
    expect(columns.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(columns.map((c) => c.label)).toEqual(headers);
  });

  it('sorts money as written in spreadsheets by its amount, empty last, and text as text', () => {
    expect(sortRows(samples, columns[1], true, 'zh-CN').map((r) => r.cells[0])).toEqual(['淘宝', '抖音', '微信', '百度']);
    expect(columns[1].alignRight).toBe(true);
    expect(columns[2].alignRight).toBe(false);
  });

  it('searches and exports the cells as the file writes them', () => {
    expect(filterRows(samples, columns, '1,200').map((r) => r.index)).toEqual([0]);
    expect(exportPayload('sample', columns, samples).rows[3]).toEqual(['淘宝', '1.2万', '2025/3/3', 'd']);
  });
});
