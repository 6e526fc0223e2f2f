import { describe, it, expect } from 'vitest';
import { detectDateOrder, inspectDateOrder } from './date-order.js';

describe('detectDateOrder', () => {
  it('is day-first when a first number exceeds 12', () => {
    expect(detectDateOrder(['03/01/2025', '04/01/2025', '13/01/2025'])).toBe('dmy');
    expect(detectDateOrder(['1.2.2025', '25.12.2024'])).toBe('dmy');
  });

  it('is month-first when a second number exceeds 12', () => {
    expect(detectDateOrder(['1/3/2025', '1/13/2025 2:05 PM', '12/31/24'])).toBe('mdy');
  });

  it('follows the majority when cells disagree', () => {
    expect(detectDateOrder(['1/13/2025', '1/14/2025', '13/1/2025'])).toBe('mdy');
  });

  it("is 'ymd' when nothing needs an order (ISO, year-first, serials, month names)", () => {
    expect(detectDateOrder(['2025-01-03', '2025/1/3', '2025年1月3日', '45658', 'Jan 3, 2025'])).toBe('ymd');
    expect(detectDateOrder([])).toBe('ymd');
  });

  it('assumes day-first when a/b/y cells never decide, and says it assumed', () => {
    const evidence = inspectDateOrder(['03/01/2025', '04/01/2025', '2025-01-05']);
    expect(evidence).toEqual({ order: 'dmy', dayFirstVotes: 0, monthFirstVotes: 0, shapedCells: 2, decided: false });
    expect(inspectDateOrder(['13/01/2025']).decided).toBe(true);
  });

  it('reads full-width digits', () => {
    expect(detectDateOrder(['１/１３/２０２５'])).toBe('mdy');
  });
});
