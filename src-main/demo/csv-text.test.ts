import { describe, expect, it } from 'vitest';
import { csvField, csvLine, moneyWithSeparators } from './csv-text.js';

describe('CSV text', () => {
  it('quotes only fields that need it, doubling inner quotes (RFC 4180)', () => {
    expect(csvField('抖音')).toBe('抖音');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField('1,234.50')).toBe('"1,234.50"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvLine(['a', 'b,c', 3], '\r\n')).toBe('a,"b,c",3\r\n');
  });

  it('writes money with thousands separators and two decimals', () => {
    expect(moneyWithSeparators(0)).toBe('0.00');
    expect(moneyWithSeparators(999.999)).toBe('1,000.00');
    expect(moneyWithSeparators(1234567.5)).toBe('1,234,567.50');
    expect(moneyWithSeparators(674.32)).toBe('674.32');
  });
});
