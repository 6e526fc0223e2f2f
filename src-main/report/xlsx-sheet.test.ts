import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeTable } from './xlsx-sheet.js';

describe('Excel cells from data', () => {
  it('writes formula-like text (= + - @ | tab CR) as text with an apostrophe, never as a formula', async () => {
    const evil = ['=1+1', '+1', '-2+3', '@SUM(A1)', "|calc'!A0", '|cmd /c calc', '\t=1', '\r=1'];
    const book = new ExcelJS.Workbook();
    writeTable(book.addWorksheet('t'), {
      id: 't',
      title: 't',
      columns: [{ label: '|header', kind: 'text' }, { label: 'n', kind: 'int' }],
      rows: [...evil.map((text, i) => [text, -i]), ['Google | Meta', 1]],
    });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await book.xlsx.writeBuffer());
    const sheet = back.getWorksheet('t')!;
    const texts: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === 'string') texts.push(cell.value);
    }));
    // XML reads a stored CR back as LF; what matters is the apostrophe in front.
    expect(texts.map((t) => String(t).replace(/\r/g, '\n'))).toEqual(["'|header", 'n', "'=1+1", "'+1", "'-2+3", "'@SUM(A1)", "'|calc'!A0", "'|cmd /c calc", "'\t=1", "'\n=1", 'Google | Meta']);
    expect(sheet.getCell('B3').value).toBe(-1);
  });
});
