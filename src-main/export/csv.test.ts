import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { isFormulaLike, neutraliseFormula } from '@shared/formula-safe.js';

describe('formula injection', () => {
  it('neutralises text that a spreadsheet would evaluate', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', "|calc'!A0", '|cmd /c calc']) {
      expect(isFormulaLike(evil)).toBe(true);
      expect(neutraliseFormula(evil)).toBe(`'${evil}`);
    }
    for (const fine of ['Douyin', '抖音', '1+1', 'a=b', 'Google | Meta', '']) expect(neutraliseFormula(fine)).toBe(fine);
  });

  it('writes CSV with BOM, quoting and safe cells; numbers stay numbers', () => {
    const csv = toCsv([
      ['name', 'note', 'n'],
      ['a,b', 'say "hi"', -5],
      ['=cmd|" /C calc"!A0', null, 1.5],
      ["|calc'!A0", 'x', 2],
    ]);
    expect(csv).toBe('\uFEFFname,note,n\r\n"a,b","say ""hi""",-5\r\n"\'=cmd|"" /C calc""!A0",,1.5\r\n\'|calc\'!A0,x,2\r\n');
  });
});
