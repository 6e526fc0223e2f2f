import { describe, it, expect } from 'vitest';
import { parseNumber, plainDecimalBytes, plainDecimalValue } from './number.js';
import { detectDecimalComma } from './decimal-comma.js';

describe('parseNumber', () => {
  it.each([
    ['1234.5', 1234.5],
    ['-3', -3],
    ['+7', 7],
    ['0', 0],
    ['-0', 0],
    ['.5', 0.5],
    ['1,234,567.89', 1234567.89],
    ['1,234', 1234],
    ['1 234', 1234],
    ['1 234 567', 1234567],
    ["1'234.5", 1234.5],
    ['1\u00a0234', 1234],
    ['¥1,200', 1200],
    ['￥1,200', 1200],
    ['$5.99', 5.99],
    ['-$5', -5],
    ['$-5', -5],
    ['€3', 3],
    ['£12.50', 12.5],
    ['US$ 10', 10],
    ['RMB 100', 100],
    ['100 RMB', 100],
    ['100元', 100],
    ['12.5%', 0.125],
    ['7%', 0.07],
    ['-3.5 %', -0.035],
    ['1.2万', 12000],
    ['0.07万', 700],
    ['1.2万元', 12000],
    ['¥3.5万', 35000],
    ['3亿', 300000000],
    ['2.5k', 2500],
    ['1.5w', 15000],
    ['(123)', -123],
    ['(¥1,200.50)', -1200.5],
    ['１２３', 123],
    ['１，２３４．５', 1234.5],
    ['−42', -42],
    ['1.2E+05', 120000],
    ['3e-2', 0.03],
    ['1.234,56', 1234.56],
    ['1.234.567,8', 1234567.8],
    ['1.234.567', 1234567],
    ['1 234,56', 1234.56],
  ])('%s → %d', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });

  it.each(['', '--', '-', 'N/A', '#N/A', 'null', 'NULL', '－－', 'abc', '12abc', '#DIV/0!', '1.2.3.4', '$', '()', '--5', '(-5)'])(
    '%j holds no number',
    (raw) => {
      expect(parseNumber(raw)).toBeNull();
    },
  );

  it.each(['1,2,3', '1,5', '12,34,567', '1, 2, 3', '1、2、3', '1;2', '1 2 3', '1.234,567'])('%j is ambiguous', (raw) => {
    expect(parseNumber(raw)).toBe('ambiguous');
  });

  it('reads the European convention when told the column uses a decimal comma', () => {
    expect(parseNumber('12,5', true)).toBe(12.5);
    expect(parseNumber('1.234', true)).toBe(1234);
    expect(parseNumber('1.234,56', true)).toBe(1234.56);
    expect(parseNumber('€ 1.234,5', true)).toBe(1234.5);
    expect(parseNumber('42', true)).toBe(42);
    expect(parseNumber('12,5%', true)).toBe(0.125);
    expect(parseNumber('3.5', true)).toBe('ambiguous');
    expect(parseNumber('1,2,3', true)).toBe('ambiguous');
  });
});

describe('detectDecimalComma', () => {
  it('finds a European column', () => {
    expect(detectDecimalComma(['12,50', '3', '1.234,56'])).toBe(true);
    expect(detectDecimalComma(['€ 7,5', '1.234.567'])).toBe(true);
  });
  it('keeps the decimal point when any sample proves it', () => {
    expect(detectDecimalComma(['12,50', '3.25'])).toBe(false);
    expect(detectDecimalComma(['1,234,567', '12,5'])).toBe(false);
  });
  it('needs evidence: grouped-looking values alone and lists do not switch', () => {
    expect(detectDecimalComma(['1,234', '1.234', '7'])).toBe(false);
    expect(detectDecimalComma(['1,2,3', '4,5'])).toBe(false);
    expect(detectDecimalComma([])).toBe(false);
    // One odd cell among thousands-grouped values does not flip the column.
    expect(detectDecimalComma(['12,5', '1,234', '5,678'])).toBe(false);
    expect(detectDecimalComma(['12,5', '1.234', '5,678'])).toBe(true);
  });
});

describe('plainDecimalValue', () => {
  const PLAIN = /^-?\d+(?:\.\d+)?$/;
  const digitCount = (s: string) => s.replace(/\D/g, '').length;

  it('is Number() exactly for every plain decimal of up to 15 digits, and NaN for anything else', () => {
    const alphabet = '0123456789-.,e+ 0123456789';
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let plainSeen = 0;
    for (let t = 0; t < 200_000; t++) {
      const length = Math.floor(random() * 19);
      let s = '';
      for (let k = 0; k < length; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      const value = plainDecimalValue(s);
      if (PLAIN.test(s) && digitCount(s) <= 15) {
        plainSeen++;
        expect(Object.is(value, Number(s)), s).toBe(true);
      } else {
        expect(value, s).toBeNaN();
      }
    }
    expect(plainSeen).toBeGreaterThan(1000);
  });

  it('is exact where a naive digit-by-digit loop rounds differently, and leaves 16+ digits to Number()', () => {
    for (const s of ['0.1', '0.3', '1.005', '123456789012.345', '-0', '99999999999999.9', '0.00000000000001']) {
      expect(Object.is(plainDecimalValue(s), Number(s)), s).toBe(true);
    }
    for (const s of ['9007199254740.991', '0.000000000000001', '1234567890123456']) expect(plainDecimalValue(s), s).toBeNaN();
  });

  it('reads only integers when the column uses a decimal comma', () => {
    expect(plainDecimalValue('1234', true)).toBe(1234);
    expect(plainDecimalValue('12.5', true)).toBeNaN();
  });
});

describe('plainDecimalBytes', () => {
  it('reads ASCII bytes exactly as plainDecimalValue reads the string', () => {
    const alphabet = '0123456789-.,e+ 0123456789';
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let t = 0; t < 100_000; t++) {
      let s = '';
      const length = Math.floor(random() * 19);
      for (let k = 0; k < length; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      const bytes = Buffer.from(`xx${s}yy`, 'latin1');
      for (const integersOnly of [false, true]) {
        expect(Object.is(plainDecimalBytes(bytes, 2, 2 + s.length, integersOnly), plainDecimalValue(s, integersOnly)), s).toBe(true);
      }
    }
  });
});
