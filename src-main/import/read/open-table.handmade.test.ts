/**
 * Workbooks as other programs write them, made by hand (issue 10, item 9): each one either
 * reads correctly or is refused with a message that says what is wrong and where — never
 * a parser's internals ("Invalid Address: ANaN", "reading 'styles'", a UNIQUE constraint).
 */
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openTable } from './open-table.js';
import { handMadeXlsx, inlineCell, numberCell, zipParts } from './hand-made-xlsx.js';
import { fixtureDir, readAllRows } from './test-fixtures.js';
import { MAX_SHARED_STRINGS_BYTES } from '../limits.js';

const fx = fixtureDir();
afterAll(() => fx.remove());

const rowsXml = (rows: string[][]): string => rows.map((r) => `<row>${r.join('')}</row>`).join('');

async function read(name: string, xlsx: Buffer) {
  const source = await openTable(fx.write(name, xlsx));
  return { headers: source.headers, rows: await readAllRows(source) };
}

describe('hand-made workbooks', () => {
  it('read rows and cells that omit their optional r reference', async () => {
    const xlsx = handMadeXlsx({ sheetData: rowsXml([[inlineCell('customer_id'), inlineCell('age')], [inlineCell('c1'), numberCell(30)], [inlineCell('c2'), numberCell(40.5)]]) });
    expect(await read('no-r.xlsx', xlsx)).toEqual({
      headers: ['customer_id', 'age'],
      rows: [
        { row: 2, cells: ['c1', '30'] },
        { row: 3, cells: ['c2', '40.5'] },
      ],
    });
  });

  it('number rows and cells without r after the previous ones, shared strings included', async () => {
    const sheetData =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c t="s"><v>1</v></c></row>' + // B1 follows A1
      '<row r="4"><c r="B4"><v>7</v></c><c t="s"><v>2</v></c></row>' + // C4 follows B4
      '<row><c r="A5" t="s"><v>2</v></c></row>'; // row 5 follows row 4
    const xlsx = handMadeXlsx({ sharedStrings: ['a', 'b', '抖音'], sheetData });
    expect((await read('mixed-r.xlsx', xlsx)).rows).toEqual([
      { row: 4, cells: ['', '7', '抖音'] },
      { row: 5, cells: ['抖音', ''] },
    ]);
  });

  it('refuse a repeated row number, naming it', async () => {
    const sheetData = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>';
    await expect(read('repeated.xlsx', handMadeXlsx({ sheetData }))).rejects.toMatchObject({ code: 'error.xlsxRowOrder', params: { file: 'repeated.xlsx', row: 2, previous: 2 } });
  });

  it('refuse a cell that appears twice in a row', async () => {
    const sheetData = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="A1"><v>1</v></c></row>';
    await expect(read('twice.xlsx', handMadeXlsx({ sheetData }))).rejects.toMatchObject({ code: 'error.xlsxCellOrder', params: { row: 1, column: 'A' } });
  });

  it('read a workbook without a styles part, or whose styles miss the cell formats they are asked for', async () => {
    const sheetData = rowsXml([[inlineCell('id'), inlineCell('n')], ['<c t="inlineStr" s="3"><is><t>x</t></is></c>', '<c s="5"><v>2</v></c>']]);
    expect((await read('no-styles.xlsx', handMadeXlsx({ sheetData, noStyles: true }))).rows).toEqual([{ row: 2, cells: ['x', '2'] }]);
    const emptyStyles = zipPartsReplacing(handMadeXlsx({ sheetData }), 'xl/styles.xml', '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    expect((await read('empty-styles.xlsx', emptyStyles)).rows).toEqual([{ row: 2, cells: ['x', '2'] }]);
    const blankStyles = zipPartsReplacing(handMadeXlsx({ sheetData }), 'xl/styles.xml', '');
    expect((await read('blank-styles.xlsx', blankStyles)).rows).toEqual([{ row: 2, cells: ['x', '2'] }]);
  });

  it('name the damaged part instead of the parser error', async () => {
    const broken = zipPartsReplacing(handMadeXlsx({ sheetData: rowsXml([[inlineCell('id')], [numberCell(1)]]) }), 'xl/styles.xml', 'not xml <');
    const error = await read('broken-styles.xlsx', broken).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'error.xlsxPartDamaged', params: { file: 'broken-styles.xlsx', part: 'xl/styles.xml' } });
  });

  it('refuse an unclosed tag or an endless cell with its row and column, without holding it in memory', async () => {
    const unclosed = handMadeXlsx({ sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${'x'.repeat(400_000)}` });
    await expect(read('endless.xlsx', unclosed)).rejects.toMatchObject({ code: 'error.cellTooLong', params: { row: 2, column: 'A' } });
    const tag = handMadeXlsx({ sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="B2" ${'a'.repeat(400_000)}` });
    await expect(read('tag.xlsx', tag)).rejects.toMatchObject({ code: 'error.cellTooLong', params: { row: 2, column: 'A' } });
  });

  it('refuse a workbook whose bytes were damaged yet still parse (a changed digit, a renamed tag)', async () => {
    const sheetData = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>age</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>c1</t></is></c><c r="B2"><v>30</v></c></row>';
    const book = handMadeXlsx({ sheetData, stored: true });
    const digit = Buffer.from(book);
    digit[digit.indexOf('<v>30</v>') + 4] = 0x31; // 30 → 31, the zip's checksum now disagrees
    await expect(read('digit.xlsx', digit)).rejects.toMatchObject({ code: 'error.xlsxCorrupt', params: { file: 'digit.xlsx', detail: 'xl/worksheets/sheet1.xml is damaged (its checksum does not match)' } });
    const tag = Buffer.from(book);
    tag[tag.indexOf('<row r="2"') + 3] = 0x76; // <row → <rov: its cells would be dropped
    await expect(read('tag.xlsx', tag)).rejects.toMatchObject({ params: { file: 'tag.xlsx' } });
    // Deflated parts are checked by zlib as they inflate (a gzip frame around them): a
    // checksum in the directory that is not the sheet's is refused the same way.
    const deflated = handMadeXlsx({ sheetData });
    const central = deflated.lastIndexOf('xl/worksheets/sheet1.xml') - 46;
    deflated.writeUInt32LE((deflated.readUInt32LE(central + 16) + 1) >>> 0, central + 16);
    await expect(read('crc.xlsx', deflated)).rejects.toMatchObject({ code: 'error.xlsxCorrupt', params: { file: 'crc.xlsx', detail: 'xl/worksheets/sheet1.xml is damaged (its checksum does not match)' } });
  });

  it('refuse shared strings that inflate past their limit', async () => {
    const huge = Buffer.alloc(MAX_SHARED_STRINGS_BYTES + 1024, 'a');
    const xml = Buffer.concat([Buffer.from('<sst><si><t>'), huge, Buffer.from('</t></si></sst>')]);
    const xlsx = handMadeXlsx({ sharedStrings: { xml }, sheetData: rowsXml([['<c t="s"><v>0</v></c>']]) });
    expect(xlsx.length).toBeLessThan(MAX_SHARED_STRINGS_BYTES / 100); // a small file that inflates a lot
    await expect(read('bomb.xlsx', xlsx)).rejects.toMatchObject({ code: 'error.xlsxPartTooLarge', params: { part: 'xl/sharedStrings.xml' } });
  });
});

/** The same workbook with one part's content replaced. */
function zipPartsReplacing(xlsx: Buffer, name: string, data: string): Buffer {
  const parts = unzipParts(xlsx).map((p) => (p.name === name ? { name, data } : p));
  return zipParts(parts);
}

/** The parts of a zip written by zipParts (deflated entries, no data descriptors). */
function unzipParts(zip: Buffer): { name: string; data: Buffer }[] {
  const parts: { name: string; data: Buffer }[] = [];
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const name = zip.toString('utf8', at + 30, at + 30 + nameLength);
    const data = zip.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
    parts.push({ name, data: method === 8 ? inflateRawSync(data) : data });
    at += 30 + nameLength + size;
  }
  return parts;
}
