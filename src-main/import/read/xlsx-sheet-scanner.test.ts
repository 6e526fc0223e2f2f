import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { SheetScanner, SheetXmlError } from './xlsx-sheet-scanner.js';
import type { SheetContext } from './xlsx-sheet-scanner.js';
import { readSharedStrings, SharedStrings } from './xlsx-shared-strings.js';
import { linesAsStringRows, XlsxLines } from './xlsx-lines.js';
import { dateStylesOf } from './xlsx-styles.js';
import { XmlDamageError, XmlTokenizer } from './xml-bytes.js';
import { Readable } from 'node:stream';

const context = (sharedStrings: string[], dateStyles: boolean[] = [], date1904 = false): SheetContext => ({ sharedStrings: SharedStrings.of(sharedStrings), dateStyles, date1904 });
const NO_CONTEXT = context([]);

/** Every row the scanner writes (no header taken), as strings. */
function rowsOf(lines: XlsxLines): { row: number; cells: string[] }[] {
  return lines.take(true).flatMap(linesAsStringRows);
}

/** The rows of `sheetData` (text, or bytes as they are) fed to the scanner `chunk` bytes at a time. */
function scan(sheetData: string | Buffer, sheet: SheetContext = NO_CONTEXT, chunk = 1 << 16): { row: number; cells: string[] }[] {
  const lines = new XlsxLines(false);
  const scanner = new SheetScanner(sheet, lines);
  const bytes = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'),
    typeof sheetData === 'string' ? Buffer.from(sheetData) : sheetData,
    Buffer.from('</sheetData></worksheet>'),
  ]);
  for (let at = 0; at < bytes.length; at += chunk) scanner.write(bytes.subarray(at, at + chunk));
  scanner.end();
  return rowsOf(lines);
}

const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;

describe('the sheet scanner: what each kind of cell means', () => {
  it('numbers at Excel precision, dates by their style, the 1904 system', () => {
    const dates = context([], [false, true]);
    const xml = row(1, '<c r="A1"><v>12.5</v></c><c r="B1"><v>0.30000000000000004</v></c><c r="C1" s="1"><v>45660</v></c><c r="D1" s="1"><v>45660.430902777778</v></c><c r="E1" s="1"><v>0.75</v></c><c r="F1"><v>1E-7</v></c><c r="G1"><v>-0</v></c><c r="H1"><v>007</v></c><c r="I1"><v>1234567890123456789</v></c>');
    expect(scan(xml, dates)).toEqual([{ row: 1, cells: ['12.5', '0.3', '2025-01-03', '2025-01-03T10:20:30', '18:00:00', '1e-7', '0', '7', '1234567890123456800'] }]);
    expect(scan(row(1, '<c s="1"><v>44198</v></c>'), context([], [false, true], true))).toEqual([{ row: 1, cells: ['2025-01-03'] }]);
  });

  it('shared, inline and formula strings; rich text joined without its phonetic guide; entities and CDATA decoded', () => {
    const strings = context(['抖音', 'a & b']);
    const xml = row(
      1,
      '<c t="s"><v>0</v></c><c t="s"><v> 1 </v></c>' +
        '<c t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh sb="0" eb="1"><t>ピン</t></rPh></is></c>' +
        '<c t="str"><f>A1&amp;"x"</f><v>&lt;微信&gt; &#x1F600;&#65;</v></c>' +
        '<c t="inlineStr"><is><t><![CDATA[<raw> & text]]></t></is></c>',
    );
    expect(scan(xml, strings)).toEqual([{ row: 1, cells: ['抖音', 'a & b', 'rich text', '<微信> 😀A', '<raw> & text'] }]);
  });

  it('formula results, booleans, errors and ISO date cells', () => {
    const dates = context([], [false, true]);
    const xml = row(
      1,
      '<c s="1"><f>DATE(2025,1,3)</f><v>45660</v></c><c><f>C2*2</f><v>25</v></c><c t="b"><v>1</v></c><c t="b"><f>A1&gt;1</f><v>0</v></c>' +
        '<c t="e"><v>#N/A</v></c><c t="e"><f>1/0</f><v>#DIV/0!</v></c><c t="d"><v>2025-01-03T00:00:00Z</v></c><c t="d"><v>2025-01-03T10:20:30.000</v></c><c><f>A1</f></c><c t="str"><v>  padded  </v></c>',
    );
    expect(scan(xml, dates)).toEqual([{ row: 1, cells: ['2025-01-03', '25', 'TRUE', 'FALSE', '#N/A', '#DIV/0!', '2025-01-03', '2025-01-03T10:20:30', '', 'padded'] }]);
  });

  it('reads the same rows whatever the chunk boundaries (one byte at a time included)', () => {
    const sheet = context(['渠道', '微信朋友圈'], [false, true]);
    const xml =
      row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>花费 &amp; 点击</t></is></c>') +
      '<!-- a comment with <tags> inside -->' +
      row(2, '<c r="A2" t="s"><v>1</v></c><c r="C2" s="1"><v>45660</v></c>') +
      '<row r="3" spans="1:3"/>' +
      row(5, '<c t="inlineStr"><is><t>😀</t></is></c>') +
      '<?pi with a > inside?>' +
      row(6, '<c t="str"><v><![CDATA[x>y<z]]></v></c>');
    const whole = scan(xml, sheet);
    expect(whole).toEqual([
      { row: 1, cells: ['渠道', '花费 & 点击'] },
      { row: 2, cells: ['微信朋友圈', '', '2025-01-03'] },
      { row: 5, cells: ['😀'] },
      { row: 6, cells: ['x>y<z'] },
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), (chunk) => {
        expect(scan(xml, sheet, chunk)).toEqual(whole);
      }),
    );
  });

  it('writes every kind of cell as the string reader did, in its fast lane and through the tokenizer alike', () => {
    // Expected: what the reader made of these cells when it made a string of each (before
    // the byte lines), but for the lone surrogate reference, now U+FFFD (see decodeEntities).
    const sheet = context(['抖音', ' a & b ', '', '\u3000微信\u3000', 'rich text'], [false, true]);
    const utf8 = (text: string): Buffer => Buffer.from(text);
    const xml = Buffer.concat([
      utf8('<row r="1"><c r="A1" t="inlineStr"><is><t>header</t></is></c></row>'),
      utf8('<row r="2" spans="1:20"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c t="s"><v> 3 </v></c>'),
      utf8('<c r="F2" t="inlineStr"><is><t xml:space="preserve">  抖音&amp;&lt;x&gt;  </t></is></c><c t="str"><f>A1</f><v>\u3000快手😀\u3000</v></c>'),
      utf8('<c t="str"><v>&#xD83D;&#xDE00;&#xD800;x</v></c><c t="str"><v>'),
      Buffer.from([0xff, 0xfe]), // not UTF-8
      utf8('ab</v></c><c><v>'),
      Buffer.from([0xc3, 0xa9]), // é in a number cell: read as written (latin1), as it was
      utf8('</v></c><c><v>1E-7</v></c><c><v>-0</v></c><c><v>007</v></c><c><v> 12 </v></c><c><v>.5</v></c>'),
      utf8('<c s="1"><v>45660</v></c><c s="1"><v>045660</v></c><c s="1"><v>45660.5</v></c><c s="1"><v>0</v></c><c t="b"><v>true</v></c><c t="e"><v> #N/A </v></c><c t="d"><v>2025-01-03T00:00:00Z</v></c>'),
      utf8('<c t="str"><v>x</v></c><c t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r><rPh><t>x</t></rPh></is></c><c r="AB2"><v>3</v></c><c t="str"><v>\t\n</v></c></row>'),
      utf8('<row><c><v>1</v></c></row><row r="5"/><row r="7"><c r="C7" t="s"><v>4</v></c></row>'),
      utf8('<row r="8"><c t="str"><v><![CDATA[ <raw> ]]></v></c></row>'),
    ]);
    const expected = [
      { row: 1, cells: ['header'] },
      {
        row: 2,
        cells: ['抖音', 'a & b', '', '微信', '', '抖音&<x>', '快手😀', '😀\ufffdx', '\ufffd\ufffdab', 'Ã©', '1e-7', '0', '7', '12', '.5', '2025-01-03', '2025-01-03', '2025-01-03T12:00:00', '00:00:00', 'TRUE', '#N/A', '2025-01-03', 'x', 'ab', '', '', '', '3'],
      },
      { row: 3, cells: ['1'] },
      { row: 7, cells: ['', '', 'rich text'] },
      { row: 8, cells: ['<raw>'] },
    ];
    // Whole, the rows after the first are read by the fast lane (but the CDATA one): the
    // tokenizer is given far fewer bytes than the sheet has.
    const given = vi.spyOn(XmlTokenizer.prototype, 'write');
    expect(scan(xml, sheet)).toEqual(expected);
    const tokenized = given.mock.calls.reduce((sum, [chunk]) => sum + chunk.length, 0);
    given.mockRestore();
    expect(tokenized).toBeLessThan(xml.length / 2);
    // Byte by byte no row is ever whole in a chunk: the tokenizer reads them all.
    for (const chunk of [1, 2, 3, 7, 64, 300]) expect(scan(xml, sheet, chunk)).toEqual(expected);
  });

  it('accepts namespace prefixes and a byte order mark', () => {
    const lines = new XlsxLines(false);
    const scanner = new SheetScanner(NO_CONTEXT, lines);
    scanner.write(Buffer.from('\ufeff<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>'));
    scanner.end();
    expect(rowsOf(lines)).toEqual([{ row: 1, cells: ['ok'] }]);
  });
});

describe('the sheet scanner: damage', () => {
  const damage = (sheetData: string, chunk?: number): unknown => {
    try {
      scan(sheetData, NO_CONTEXT, chunk);
    } catch (e) {
      return e;
    }
    return null;
  };

  it('calls cells outside rows, unopened rows, missing shared strings and truncation damage', () => {
    expect(damage('<rov r="1"><c t="inlineStr"><is><t>x</t></is></c></rov>')).toBeInstanceOf(XmlDamageError);
    expect(damage('<row r="1"></row></row>')).toBeInstanceOf(XmlDamageError);
    expect(damage('<row r="1"><c t="s"><v>3</v></c></row>')).toBeInstanceOf(XmlDamageError);
    expect(damage('<row r="1"><row r="2"></row></row>')).toBeInstanceOf(XmlDamageError);
    const scanner = new SheetScanner(NO_CONTEXT, new XlsxLines(false));
    scanner.write(Buffer.from('<worksheet><sheetData><row r="1"><c><v>1</v></c>'));
    expect(() => scanner.end()).toThrow(XmlDamageError);
    const cut = new SheetScanner(NO_CONTEXT, new XlsxLines(false));
    cut.write(Buffer.from('<worksheet><sheetData><row r="1"><c><v>1</v'));
    expect(() => cut.end()).toThrow(XmlDamageError);
  });

  it('refuses rows and cells out of order with their row and column', () => {
    expect(damage('<row r="3"></row><row r="2"></row>')).toMatchObject({ problem: { kind: 'rowOrder', row: 2, previous: 3 } });
    expect(damage('<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>1</v></c></row>')).toMatchObject({ problem: { kind: 'cellOrder', row: 1, column: 'B' } });
  });

  it('refuses a cell text past the limit even when it arrives whole', () => {
    const e = damage(`<row r="7"><c r="D7" t="inlineStr"><is><t>${'x'.repeat(300_000)}</t></is></c></row>`, 1 << 20);
    expect(e).toBeInstanceOf(SheetXmlError);
    expect(e).toMatchObject({ problem: { kind: 'tooLong', row: 7, column: 'D' } });
  });
});

describe('shared strings and styles', () => {
  it('reads every si as its plain text, empty ones included', async () => {
    const xml = '<?xml version="1.0"?><sst xmlns="urn:s"><si><t>抖音</t></si><si/><si><r><t xml:space="preserve">a </t></r><r><t>&amp; b</t></r><rPh><t>ph</t></rPh></si><si><t></t></si></sst>';
    const bytes = Buffer.from(xml);
    const pieces = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1)); // one byte at a time
    const table = await readSharedStrings(Readable.from(pieces), () => new Error('too large'));
    expect(Array.from({ length: table.count + 1 }, (_, i) => table.text(i))).toEqual(['抖音', '', 'a & b', '', undefined]);
  });

  it('knows date styles from built-in and custom formats, East Asian ones included', () => {
    const styles = Buffer.from(
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="#,##0.00 &quot;元&quot;"/></numFmts>' +
        '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
        '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment horizontal="left"/></xf><xf numFmtId="165"/><xf numFmtId="31"/><xf numFmtId="4"/></cellXfs></styleSheet>',
    );
    expect(dateStylesOf(styles)).toEqual([false, true, true, false, true, false]);
    expect(dateStylesOf(Buffer.from('  \n'))).toEqual([]);
    expect(() => dateStylesOf(Buffer.from('not xml <'))).toThrow(XmlDamageError);
  });
});
