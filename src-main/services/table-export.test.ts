/**
 * Tables the user works with (issue 16, item 3) through the services as the page calls
 * them: the rows view searches and sorts in the store, and tables export as CSV and XLSX
 * with their labels, numbers kept as numbers and formula-like text neutralised.
 * Needs the built parse worker (`npm test` builds first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { importFile } from '../import/pipeline.js';
import { testServices } from '../../test/helpers/services.js';

const { dir, services, call } = testServices('roi-table-export-');
const project = `${dir}/p.roi`;
const csvLines = (file: string): string[] => readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');

async function ordersDataset(): Promise<number> {
  const file = `${dir}/orders.csv`;
  writeFileSync(file, 'order_id,customer_id,date,revenue,quantity\nA-1,c_100%,2025-01-03,30,3\nA-2,=HYPERLINK("x"),2025-01-04,5,1\nA-3,c_2,2025-01-05,120,12\nA-4,c_3,2025-01-05,9,\nA-5,c2,2025-01-06,7,2\n');
  await importFile({ project, file, kind: 'orders' });
  return (await call('project.open', { file: project })).datasets[0].id;
}

describe('the rows view and table exports', () => {
  it('searches every column literally and sorts by one, empty cells last, ties in file order', async () => {
    const datasetId = await ordersDataset();
    const all = await call('dataset.rows', { project, datasetId, limit: 50 });
    expect(all.total).toBe(5);
    // `_` and `%` are literal: c_2 matches, c2 does not; the total counts the matches.
    const found = await call('dataset.rows', { project, datasetId, search: 'c_2', limit: 50 });
    expect(found.total).toBe(1);
    expect(found.rows.map((r) => r[found.columns.indexOf('order_id')])).toEqual(['A-3']);
    expect((await call('dataset.rows', { project, datasetId, search: '100%', limit: 50 })).total).toBe(1);
    const byQuantity = await call('dataset.rows', { project, datasetId, sort: { column: 'quantity', descending: true }, limit: 50 });
    expect(byQuantity.rows.map((r) => r[byQuantity.columns.indexOf('quantity')])).toEqual([12, 3, 2, 1, null]);
    const byDate = await call('dataset.rows', { project, datasetId, sort: { column: 'date', descending: false }, limit: 50 });
    expect(byDate.rows.map((r) => r[byDate.columns.indexOf('order_id')])).toEqual(['A-1', 'A-2', 'A-3', 'A-4', 'A-5']);
    // A column name that is not the dataset's never reaches the SQL.
    const refused = await services.call('dataset.rows', { project, datasetId, sort: { column: 'revenue; DROP TABLE orders', descending: false } });
    expect(refused.ok).toBe(false);

    const csv = await call('dataset.export', { project, datasetId, search: 'A-', sort: { column: 'revenue', descending: true }, format: 'csv', lang: 'zh-CN' });
    const lines = csvLines(csv.file);
    expect(lines[0].split(',').slice(0, 2)).toEqual(['行号', '订单号']);
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain('A-3');
    expect(lines.find((l) => l.includes('A-2'))).toContain(`"'=HYPERLINK(""x"")"`);
    const xlsx = await call('dataset.export', { project, datasetId, search: 'c_', format: 'xlsx', lang: 'en' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.file);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('Order ID');
    expect(sheet.rowCount).toBe(4);
  });

  it('exports a table the page shows, formula-safe, numbers as numbers with their format', async () => {
    const table = {
      title: 'ROI per channel: Markov',
      columns: [
        { label: '渠道', kind: 'text' as const },
        { label: 'Spend', kind: 'money' as const },
        { label: 'ROI', kind: 'percent' as const },
      ],
      rows: [
        ['-cmd', 1200.5, -0.25],
        ['抖音', 300, null],
      ],
    };
    const csv = await call('table.export', { ...table, format: 'csv' });
    expect(csv.file).toMatch(/ROI-per-channel-Markov-.*\.csv$/);
    expect(csvLines(csv.file)).toEqual(['渠道,Spend,ROI', "'-cmd,1200.5,-0.25", '抖音,300,']);
    const xlsx = await call('table.export', { ...table, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.file);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('ROI per channel  Markov');
    expect(sheet.getCell('A2').value).toBe("'-cmd");
    expect(sheet.getCell('B2').value).toBe(1200.5);
    expect(sheet.getCell('C2').numFmt).toBe('0.0%');
    // A row that does not fit the columns is refused at the boundary.
    const ragged = await services.call('table.export', { ...table, rows: [['x']], format: 'csv' });
    expect(ragged.ok).toBe(false);
  });
});
