import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTable, previewTable } from './open-table.js';
import { fixtureDir, readAllRows } from './test-fixtures.js';

const fx = fixtureDir();
afterAll(() => fx.remove());

let bookPath = '';

/**
 * Sheet "Spend": header, three data rows, a blank row 4 that must be skipped, and cells of
 * every kind. Sheet "订单" second. Excel serial 45660 is 2025-01-03 (45292 = 2024-01-01,
 * plus 366 days of 2024, plus 2).
 */
beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const spend = workbook.addWorksheet('Spend');
  spend.addRow(['date', ' channel ', 'spend', 'clicks', 'at', 'note', '', 'ok']);
  spend.addRow([new Date(Date.UTC(2025, 0, 3)), 'WeChat', 12.5, 1234567, new Date(Date.UTC(2025, 0, 3, 10, 20, 30)), { richText: [{ text: 'rich ' }, { font: { bold: true }, text: 'text' }] }, 'x', true]);
  spend.addRow([{ formula: 'DATE(2025,1,3)', result: 45660 }, '  Baidu  ', { formula: 'C2*2', result: 25 }, 0.1 + 0.2, null, { error: '#N/A' }]);
  spend.getCell('A3').numFmt = 'yyyy-mm-dd';
  spend.getRow(5).values = ['2025-01-05', 'Meta', 7];
  const orders = workbook.addWorksheet('订单');
  orders.addRow(['订单号', '金额']);
  orders.addRow(['A001', 99]);
  await workbook.xlsx.writeFile((bookPath = fx.write('book.xlsx', '')));
});

describe('openTable on xlsx', () => {
  it('reads the first sheet with typed cells as text', async () => {
    const source = await openTable(bookPath);
    expect(source).toMatchObject({
      format: 'xlsx',
      encoding: 'xlsx',
      sheet: 'Spend',
      sheets: ['Spend', '订单'],
      headers: ['date', 'channel', 'spend', 'clicks', 'at', 'note', 'column 7', 'ok'],
      headerRow: 1,
    });
    expect(await readAllRows(source)).toEqual([
      { row: 2, cells: ['2025-01-03', 'WeChat', '12.5', '1234567', '2025-01-03T10:20:30', 'rich text', 'x', 'TRUE'] },
      { row: 3, cells: ['2025-01-03', 'Baidu', '25', '0.3', '', '#N/A', '', ''] },
      { row: 5, cells: ['2025-01-05', 'Meta', '7', '', '', '', '', ''] },
    ]);
    expect(source.bytesRead()).toBe(source.bytesTotal);
  });

  it('reads a sheet by name', async () => {
    const source = await openTable(bookPath, { sheet: '订单' });
    expect(source).toMatchObject({ sheet: '订单', headers: ['订单号', '金额'] });
    expect(await readAllRows(source)).toEqual([{ row: 2, cells: ['A001', '99'] }]);
  });

  it('lists the sheets when the named one is missing', async () => {
    await expect(openTable(bookPath, { sheet: 'Nope' })).rejects.toMatchObject({
      code: 'error.sheetNotFound',
      params: { file: 'book.xlsx', sheet: 'Nope', sheets: 'Spend, 订单' },
    });
  });

  it('previews, and reads a workbook saved under a .csv name', async () => {
    const preview = await previewTable(bookPath, { rows: 1 });
    expect(preview).toMatchObject({ format: 'xlsx', sheets: ['Spend', '订单'] });
    expect(preview.rows).toEqual([['2025-01-03', 'WeChat', '12.5', '1234567', '2025-01-03T10:20:30', 'rich text', 'x', 'TRUE']]);
    const renamed = fx.write('export.csv', readFileSync(bookPath));
    expect((await previewTable(renamed, { sheet: '订单' })).rows).toEqual([['A001', '99']]);
  });

  it('skips a hidden first sheet by default and refuses a header-only sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const hidden = workbook.addWorksheet('helper', { state: 'hidden' });
    hidden.addRow(['h']);
    hidden.addRow(['1']);
    workbook.addWorksheet('data').addRow(['a', 'b']);
    const path = fx.write('hidden.xlsx', '');
    await workbook.xlsx.writeFile(path);
    const source = await openTable(path);
    expect(source).toMatchObject({ sheet: 'data', headers: ['a', 'b'] });
    await expect(readAllRows(source)).rejects.toMatchObject({ code: 'error.headerOnly', params: { file: 'hidden.xlsx' } });
  });

  it('reads inline strings from a workbook without shared strings or styles', async () => {
    const path = fx.write('inline.xlsx', '');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
    const sheet = writer.addWorksheet('only');
    sheet.addRow(['渠道', '花费']).commit();
    sheet.addRow(['微信', 12.5]).commit();
    await writer.commit();
    const source = await openTable(path);
    expect(source).toMatchObject({ sheet: 'only', headers: ['渠道', '花费'] });
    expect(await readAllRows(source)).toEqual([{ row: 2, cells: ['微信', '12.5'] }]);
  });

  it('leaves no temp copies of skipped sheets behind', async () => {
    const before = new Set(readdirSync(tmpdir()));
    await readAllRows(await openTable(bookPath, { sheet: '订单' }));
    await readAllRows(await openTable(bookPath));
    await new Promise((resolve) => setTimeout(resolve, 200)); // exceljs' tmp library unlinks asynchronously
    const ours = `tmp-${process.pid}-`;
    expect(readdirSync(tmpdir()).filter((f) => !before.has(f) && f.startsWith(ours))).toEqual([]);
  });
});

describe('openTable on broken or protected workbooks', () => {
  it('calls random bytes and truncated zips corrupt', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    await expect(openTable(fx.write('random.xlsx', random))).rejects.toMatchObject({
      code: 'error.xlsxCorrupt',
      params: { file: 'random.xlsx', detail: 'not a zip archive' },
    });
    const whole = readFileSync(bookPath);
    await expect(openTable(fx.write('cut.xlsx', whole.subarray(0, whole.length >> 1)))).rejects.toMatchObject({ code: 'error.xlsxCorrupt' });
  });

  it('calls damaged compressed sheet data corrupt instead of hanging', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRow(['a', 'b']);
    for (let i = 0; i < 3000; i++) sheet.addRow([`v${i}`, i * 1.5]);
    const path = fx.write('damaged.xlsx', '');
    await workbook.xlsx.writeFile(path);
    const bytes = readFileSync(path);
    const local = bytes.indexOf('xl/worksheets/sheet1.xml') - 30; // first mention: the local header
    expect(bytes.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    for (let i = dataStart + 20; i < dataStart + 400; i++) bytes[i] = (i * 31) & 0xff;
    const damaged = fx.write('damaged.xlsx', bytes);
    await expect(openTable(damaged).then(readAllRows)).rejects.toMatchObject({ code: 'error.xlsxPartDamaged', params: { file: 'damaged.xlsx', part: 'xl/worksheets/sheet1.xml' } });
  });

  it('calls a zip without a workbook corrupt, and not a table when named .csv', async () => {
    // A stored (uncompressed) zip of one file, "a.txt" = "hi", assembled by hand (APPNOTE 4.3).
    const name = Buffer.from('a.txt');
    const data = Buffer.from('hi');
    const crc = 0xd8932aac; // CRC-32 of "hi"
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(2, 18);
    local.writeUInt32LE(2, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(2, 20);
    central.writeUInt32LE(2, 24);
    central.writeUInt16LE(name.length, 28);
    const directoryOffset = 30 + name.length + data.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(directoryOffset, 16);
    const zip = Buffer.concat([local, name, data, central, name, end]);
    await expect(openTable(fx.write('notbook.xlsx', zip))).rejects.toMatchObject({ code: 'error.xlsxCorrupt', params: { file: 'notbook.xlsx' } });
    await expect(openTable(fx.write('zipped.csv', zip))).rejects.toMatchObject({ code: 'error.binaryFile' });
  });

  it('recognises a password-protected workbook (a compound file with EncryptionInfo)', async () => {
    const cfb = Buffer.alloc(8192);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 4100); // straddles nothing, but is past the header
    await expect(openTable(fx.write('locked.xlsx', cfb))).rejects.toMatchObject({ code: 'error.xlsxEncrypted', params: { file: 'locked.xlsx' } });
  });

  it('is cancelled while the workbook is being opened', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    for (let i = 0; i < 5000; i++) sheet.addRow([`row ${i}`, i, i * 2, 'text']);
    const path = fx.write('slow.xlsx', '');
    await workbook.xlsx.writeFile(path);
    const controller = new AbortController();
    const opening = openTable(path, { signal: controller.signal });
    controller.abort();
    // Rejected as cancelled, not opened: had the abort been ignored the workbook would open.
    await expect(opening).rejects.toMatchObject({ code: 'error.cancelled' });
  });

  it('is cancelled between rows', async () => {
    const controller = new AbortController();
    const source = await openTable(bookPath, { signal: controller.signal });
    controller.abort();
    await expect(readAllRows(source)).rejects.toMatchObject({ code: 'error.cancelled' });
  });
});
