import { describe, expect, it } from 'vitest';
import { columnName, uniqueHeaders } from './headers.js';
import { declaredDelimiter, sniffDelimiter } from './sniff-delimiter.js';

describe('sniffDelimiter', () => {
  it('finds comma, tab, semicolon and pipe from the content', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n4,5,6\n', '\n', true)).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n', '\n', true)).toBe('\t');
    expect(sniffDelimiter('a;b;c\n1;2;3\n', '\n', true)).toBe(';');
    expect(sniffDelimiter('a|b|c\n1|2|3\n', '\n', true)).toBe('|');
  });

  it('prefers the consistent delimiter over one that only appears in values', () => {
    // European Excel: `;` between fields, `,` as the decimal mark in some values only.
    expect(sniffDelimiter('日期;花费;点击\n2025-01-01;1,5;3\n2025-01-02;2;4\n2025-01-03;7,25;1\n', '\n', true)).toBe(';');
    // Tab-separated with commas inside text cells.
    expect(sniffDelimiter('id\ttext\n1\tgood, cheap\n2\tslow\n3\tok, fine, nice\n', '\n', true)).toBe('\t');
    // Comma CSV with a path column that uses `|` between channels.
    expect(sniffDelimiter('path,conversions\nA|B|C,5\nA|B,3\nC,1\n', '\n', true)).toBe(',');
  });

  it('ignores delimiters inside quoted fields, even across lines', () => {
    const text = 'a;b\n"x,y,z";1\n"p,\nq,r";2\n';
    expect(sniffDelimiter(text, '\n', true)).toBe(';');
  });

  it('falls back to comma for a one-column file', () => {
    expect(sniffDelimiter('text\nhello\nworld\n', '\n', true)).toBe(',');
  });

  it('copes with a sample that ends inside a quoted field', () => {
    expect(sniffDelimiter('a\tb\n1\t"open', '\n', false)).toBe('\t');
  });
});

describe('declaredDelimiter', () => {
  it("reads Excel's sep= line", () => {
    expect(declaredDelimiter('sep=;\r\na;b\r\n')).toBe(';');
    expect(declaredDelimiter('SEP=\t\na\tb\n')).toBe('\t');
    expect(declaredDelimiter('sep=,')).toBe(',');
    expect(declaredDelimiter('separator,x\n')).toBeNull();
    expect(declaredDelimiter('a,b\nsep=;\n')).toBeNull();
  });
});

describe('uniqueHeaders', () => {
  it('names empty headers by position and numbers repeats', () => {
    expect(uniqueHeaders([' 渠道 ', '', '备注', '备注', '备注', ''])).toEqual(['渠道', 'column 2', '备注', '备注 (2)', '备注 (3)', 'column 6']);
  });

  it('never produces a name that is already taken', () => {
    expect(uniqueHeaders(['a', 'a (2)', 'a'])).toEqual(['a', 'a (2)', 'a (3)']);
  });

  it('names cells past the header end by position', () => {
    expect(columnName(['x', 'y'], 1)).toBe('y');
    expect(columnName(['x', 'y'], 4)).toBe('column 5');
  });
});
