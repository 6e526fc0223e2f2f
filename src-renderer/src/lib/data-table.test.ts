import { describe, expect, it } from 'vitest';
import { exportPayload, filterRows, nextSort, rowWindow, sortRows } from './data-table.js';
import type { TableColumn } from './data-table.js';

interface Row {
  name: string;
  spend: number | null;
}
const rows: Row[] = [
  { name: 'b10', spend: 5 },
  { name: 'a', spend: null },
  { name: 'b9', spend: 20 },
  { name: 'B9', spend: 5 },
  { name: '抖音', spend: 3 },
];
const name: TableColumn<Row> = { id: 'name', label: 'Channel', value: (r) => r.name, text: (r) => (r.name === '抖音' ? 'Douyin' : r.name) };
const spend: TableColumn<Row> = { id: 'spend', label: 'Spend', value: (r) => r.spend, text: (r) => (r.spend === null ? '—' : `¥${r.spend}`), kind: 'money' };

describe('on-screen tables', () => {
  it('sorts numbers as numbers, stably, with empty cells last in both directions', () => {
    expect(sortRows(rows, spend, false, 'en').map((r) => r.name)).toEqual(['抖音', 'b10', 'B9', 'b9', 'a']);
    expect(sortRows(rows, spend, true, 'en').map((r) => r.name)).toEqual(['b9', 'b10', 'B9', '抖音', 'a']);
  });

  it('sorts text in the reader’s order, digits by value (b9 before b10)', () => {
    expect(sortRows(rows, name, false, 'en').map((r) => r.name).slice(0, 4)).toEqual(['a', 'b9', 'B9', 'b10']);
  });

  it('searches the text shown and the raw value, every word, any case', () => {
    expect(filterRows(rows, [name, spend], 'douyin').map((r) => r.name)).toEqual(['抖音']);
    expect(filterRows(rows, [name, spend], '抖音').map((r) => r.name)).toEqual(['抖音']);
    expect(filterRows(rows, [name, spend], 'B ¥5').map((r) => r.name)).toEqual(['b10', 'B9']);
    expect(filterRows(rows, [name, spend], '  ')).toHaveLength(5);
  });

  it('cycles a header through ascending, descending and unsorted', () => {
    const a = nextSort(null, 'spend');
    expect(a).toEqual({ column: 'spend', descending: false });
    expect(nextSort(a, 'spend')).toEqual({ column: 'spend', descending: true });
    expect(nextSort({ column: 'spend', descending: true }, 'spend')).toBeNull();
    expect(nextSort(a, 'name')).toEqual({ column: 'name', descending: false });
  });

  it('exports figures as numbers and text as shown, without the columns of buttons', () => {
    const actions = { id: 'actions', label: 'Actions', value: () => 'Delete', exported: false };
    const payload = exportPayload('Spend', [name, spend, actions], rows.slice(0, 2));
    expect(payload.columns).toEqual([
      { label: 'Channel', kind: 'text' },
      { label: 'Spend', kind: 'money' },
    ]);
    expect(payload.rows).toEqual([
      ['b10', 5],
      ['a', null],
    ]);
  });
});

describe('row window of a long table', () => {
  it('draws the rows in view and a margin either side', () => {
    // 10,000 rows of 30 px, 600 px box scrolled to row 1,000.
    expect(rowWindow(10_000, 30_000, 600, 30, 30)).toEqual({ first: 970, end: 1050 });
  });

  it('stays inside the table at both ends', () => {
    expect(rowWindow(10_000, 0, 600, 30, 30)).toEqual({ first: 0, end: 50 });
    expect(rowWindow(600, 17_400, 600, 30, 30)).toEqual({ first: 550, end: 600 });
    expect(rowWindow(0, 0, 600, 30)).toEqual({ first: 0, end: 0 });
  });
});
