/**
 * The review table through the services as the page calls them (issue 16, item 3): sorted
 * in the project by an allowed column only, and saved whole — every review that matches
 * the filter, in the table's order, the whole text, the user's corrected labels, headers
 * in the user's language, formula-like text neutralised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testServices } from '../../test/helpers/services.js';
import { insertDataset } from '../store/datasets.js';
import { openProject } from '../store/project.js';
import { encodeAspects, replaceReviewItems } from '../store/review-items.js';

const { dir, services, call } = testServices('roi-review-export-');
const project = join(dir, 'shop.roi');
const LONG = `${'物流很慢，'.repeat(150)}end`;

/** Five reviews as a run leaves them: text in `reviews`, scores and labels in the run's table (latest first). */
function storeReviews(): void {
  const db = openProject(project, { create: true });
  const dataset = insertDataset(db, { kind: 'reviews', file: 'r.csv', sha256: 'r', format: 'csv', encoding: 'UTF-8', sheet: null, mapping: {} });
  const reviews: [number, string, string | null, number | null, 'positive' | 'neutral' | 'negative' | null][] = [
    [2, '=HYPERLINK("http://x")', '2025-03-04', 0.1, 'neutral'],
    [3, LONG, '2025-03-03', -0.8, 'negative'],
    [4, 'Great value', '2025-03-02', 0.9, 'positive'],
    [5, '还行', null, null, null],
    [6, 'Love it', '2025-03-01', 0.9, 'positive'],
  ];
  const insert = db.prepare('INSERT INTO reviews (dataset_id, row, text, date, product) VALUES (?, ?, ?, ?, ?)');
  for (const [row, text, date] of reviews) insert.run(dataset, row, text, date, 'P1');
  replaceReviewItems(
    db,
    reviews.map(([row, , , score, label]) => ({
      dataset,
      row,
      language: 'zh',
      score,
      label,
      drivers: '',
      aspects: encodeAspects(row === 3 ? [{ aspect: 'delivery', label: 'negative' }] : []),
      copies: 1,
      corrected: false,
    })),
  );
  db.close();
}

describe('the review table sorted and exported by the services', () => {
  storeReviews();

  it('sorts by score in the project, empty last, ties in table order; refuses a column off the list', async () => {
    const rows = async (descending: boolean) => (await call('sentiment.reviews', { project, filter: {}, sort: { column: 'score', descending }, after: null, limit: 10 })).items.map((i) => i.row);
    expect(await rows(false)).toEqual([3, 2, 4, 6, 5]);
    expect(await rows(true)).toEqual([4, 6, 2, 3, 5]);
    // A page boundary inside a tie: the next page starts after the row shown last.
    const first = await call('sentiment.reviews', { project, filter: {}, sort: { column: 'score', descending: true }, after: null, limit: 1 });
    const second = await call('sentiment.reviews', { project, filter: {}, sort: { column: 'score', descending: true }, after: first.next, limit: 1 });
    expect([first.items[0].row, second.items[0].row]).toEqual([4, 6]);
    const refused = await services.call('sentiment.reviews', { project, filter: {}, sort: { column: 'text; DROP TABLE reviews' as 'date', descending: false }, after: null, limit: 10 });
    expect(refused.ok).toBe(false);
  });

  it('saves every matching review in the table order, the whole text, formula-safe, in the user’s language', async () => {
    await call('sentiment.correct', { project, text: 'Great value', label: 'neutral' });
    const csv = await call('sentiment.exportReviews', { project, filter: {}, sort: { column: 'date', descending: false }, format: 'csv', lang: 'zh-CN' });
    const text = readFileSync(csv.file, 'utf8');
    expect(text.startsWith('\uFEFF评价,日期,情感得分,标签,方面,商品,平台,客户')).toBe(true);
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    // Dates ascending, the undated review last.
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['Love it', 'Great value', LONG, `"'=HYPERLINK(""http://x"")"`, '还行']);
    // The user's correction since the run (positive → neutral) is the label saved.
    expect(lines[2]).toBe('Great value,2025-03-02,0.9,中评,,P1,,');
    expect(lines[3]).toContain(',-0.8,差评,物流配送: 差评,P1,,');
    expect(lines[5]).toBe('还行,,,未打分,,P1,,');

    const xlsx = await call('sentiment.exportReviews', { project, filter: { label: 'negative' }, format: 'xlsx', lang: 'en' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.file);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'Review', 'Date', 'Sentiment score', 'Label', 'Aspects', 'Product', 'Platform', 'Customer']);
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(LONG);
    expect(sheet.getRow(2).getCell(3).value).toBe(-0.8);
    expect(sheet.getRow(2).getCell(5).value).toBe('Delivery: Negative');
  });
});
