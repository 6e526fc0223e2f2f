/**
 * A workbook read in a thread of its own (thread-table.ts) is the same table as one read
 * in the import's thread: the same head, the same batches, the same errors; and it stops
 * when cancelled. (The reader thread is the build's: `npm run build` first.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { handMadeXlsx, inlineCell, numberCell } from './hand-made-xlsx.js';
import { linesAsStringRows } from './xlsx-lines.js';
import { openTable } from './open-table.js';
import { fixtureDir } from './test-fixtures.js';
import type { TableSource } from './types.js';

const fx = fixtureDir();
afterAll(() => fx.remove());

const rowXml = (cells: string[]): string => `<row>${cells.join('')}</row>`;

function workbook(rows: number): Buffer {
  let sheetData = rowXml([inlineCell('date'), inlineCell('channel'), inlineCell('spend')]);
  for (let i = 0; i < rows; i++) {
    // A blank row now and then: batches end there.
    if (i % 5000 === 4999) sheetData += '<row/>';
    sheetData += rowXml(['<c s="1"><v>45660</v></c>', '<c t="s"><v>' + (i % 3) + '</v></c>', numberCell(i / 4)]);
  }
  return handMadeXlsx({ sheetData, sharedStrings: ['抖音', ' 微信 ', 'Baidu'] });
}

async function drain(source: TableSource): Promise<{ head: unknown; batches: unknown[] }> {
  const batches: unknown[] = [];
  for await (const batch of source.batches()) batches.push({ firstRow: batch.firstRow, rows: batch.lines ? linesAsStringRows(batch.lines) : batch.rows });
  const { format, encoding, sheet, sheets, headers, headerRow, bytesTotal } = source;
  return { head: { format, encoding, sheet, sheets, headers, headerRow, bytesTotal, bytesRead: source.bytesRead() }, batches };
}

describe('a workbook read in a thread of its own', () => {
  it('is the same table as one read in this thread', async () => {
    const path = fx.write('spend.xlsx', workbook(20_000));
    const here = await drain(await openTable(path, { byteLines: true }));
    const there = await drain(await openTable(path, { byteLines: true, readerThread: true }));
    expect(there).toEqual(here);
    expect(here.batches.length).toBeGreaterThan(4);
  });

  it('fails as one read in this thread fails, when opened and while read', async () => {
    const path = fx.write('book.xlsx', workbook(10));
    await expect(openTable(path, { sheet: 'Nope', byteLines: true, readerThread: true })).rejects.toMatchObject({
      code: 'error.sheetNotFound',
      params: { file: 'book.xlsx', sheet: 'Nope', sheets: 'Sheet1' },
    });
    // A row number going backwards far down the sheet: found while the batches are read.
    let sheetData = rowXml([inlineCell('id')]);
    for (let i = 2; i < 30_000; i++) sheetData += `<row r="${i}">${numberCell(i)}</row>`;
    const backwards = fx.write('backwards.xlsx', handMadeXlsx({ sheetData: sheetData + `<row r="20">${numberCell(1)}</row>` }));
    const source = await openTable(backwards, { byteLines: true, readerThread: true });
    await expect(drain(source)).rejects.toMatchObject({ code: 'error.xlsxRowOrder', params: { file: 'backwards.xlsx', row: 20, previous: 29_999 } });
    const headerOnly = fx.write('header.xlsx', handMadeXlsx({ sheetData: rowXml([inlineCell('id')]) }));
    await expect(drain(await openTable(headerOnly, { byteLines: true, readerThread: true }))).rejects.toMatchObject({ code: 'error.headerOnly' });
  });

  it('stops when cancelled', async () => {
    const path = fx.write('long.xlsx', workbook(50_000));
    const controller = new AbortController();
    const source = await openTable(path, { byteLines: true, readerThread: true, signal: controller.signal });
    let batches = 0;
    const reading = (async () => {
      for await (const batch of source.batches()) {
        expect(batch.lines).toBeDefined();
        if (++batches === 2) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ code: 'error.cancelled' });
    expect(batches).toBe(2);
    await source.close(); // already closed: safe
  });
});
