import { describe, expect, it } from 'vitest';
import { dateFromSerial, isDateFormat, isoFromDate, plainNumber } from './xlsx-cell-text.js';

describe('isDateFormat', () => {
  it('sees date and time codes outside quotes and brackets', () => {
    for (const f of ['yyyy-mm-dd', 'm/d/yy', 'h:mm:ss', 'DD/MM/YYYY', '[$-804]yyyy"年"m"月"d"日"', 'yyyy-mm-dd hh:mm']) expect(isDateFormat(f), f).toBe(true);
    for (const f of ['General', '0.00', '#,##0.00 "元"', '[Red]0.00', '"day"0', '0.00E+00', '0%', '@', undefined]) expect(isDateFormat(f), String(f)).toBe(false);
  });
});

describe('dates', () => {
  it('turns serials into ISO text (45660 = 2025-01-03 in the 1900 system, 44198 in the 1904 one)', () => {
    expect(isoFromDate(dateFromSerial(45660, false))).toBe('2025-01-03');
    expect(isoFromDate(dateFromSerial(45660.5, false))).toBe('2025-01-03T12:00:00');
    expect(isoFromDate(dateFromSerial(44198, true))).toBe('2025-01-03');
    expect(isoFromDate(dateFromSerial(45660 + 0.25 + 1 / 86400, false))).toBe('2025-01-03T06:00:01');
  });

  it('rounds float noise to the second and shows pure times as times', () => {
    expect(isoFromDate(dateFromSerial(45660.99999999, false))).toBe('2025-01-04');
    expect(isoFromDate(dateFromSerial(0.75, false))).toBe('18:00:00');
    expect(isoFromDate(new Date(NaN))).toBe('');
  });
});

describe('plainNumber', () => {
  it('prints at Excel precision', () => {
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(1234567)).toBe('1234567');
    expect(plainNumber(-12.5)).toBe('-12.5');
    expect(plainNumber(1 / 3)).toBe('0.333333333333333');
    expect(plainNumber(NaN)).toBe('#ERROR');
  });
});
