import { describe, expect, it } from 'vitest';
import { money, percent, signed, signedPercent, times } from './figures.js';

const en = (value: number, digits = 0): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

// The rules the screens, the report and the CLI share (each brings its own locale).
describe('figures', () => {
  it('shows undefined figures as a dash, never NaN or Infinity', () => {
    const n = en;
    expect(times(n, null)).toBe('—');
    expect(money(n, Number.POSITIVE_INFINITY)).toBe('—');
    expect(percent(n, Number.NaN)).toBe('—');
    expect(times(n, 6.019352)).toBe('6.02×');
    expect(money(n, 43.61657)).toBe('43.62');
    expect(money(n, 1234.5)).toBe('1,235');
    expect(money(n, 5)).toBe('5');
    expect(signed(n, -7099.73)).toBe('−7,100');
    expect(signed(n, 0.2)).toBe('0');
  });


  it('signs changes with a true minus sign and no sign on zero', () => {
    expect(signedPercent(en, 0.123)).toBe('+12.3%');
    expect(signedPercent(en, -0.04)).toBe('−4.0%');
    expect(signedPercent(en, 0)).toBe('0.0%');
    expect(signedPercent(en, null)).toBe('—');
  });
});
