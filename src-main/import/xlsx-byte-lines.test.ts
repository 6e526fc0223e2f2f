/**
 * An .xlsx typed from the byte lines its reader writes (xlsx-lines.ts) must type exactly as
 * the same rows typed as strings: the same values, hashes, rejections and row numbers,
 * row by row, for every kind of dataset — with shared strings (rich text, phonetic runs,
 * entities, CDATA, padding), inline and formula strings, booleans, errors, dates as
 * serials and as text, numbers Excel would print otherwise, empty and absent cells, cells
 * and rows without `r`, blank rows (which cut batches), ragged rows, and Chinese text and
 * characters beyond the BMP; over sheets long enough for several chunks and batches.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsedTable } from '../../test/helpers/parsed-table.js';
import type { DatasetKind } from '@shared/kinds.js';
import { openTable } from './read/index.js';
import { handMadeXlsx } from './read/hand-made-xlsx.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-xlsx-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letters = (n: number): string => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const SHARED = [
  ...['抖音', '微信朋友圈', 'Baidu', ' 百度 ', '\u3000小红书\u3000', 'a & b', '', 'Douyin', '2025/1/3', '2025-01-04', '03/01/2025', '2025年1月5日', 'N/A', '12.5', '¥1,234', '1.2万', '😀快手', 'TRUE', 'c-001', 'c-002', 'touch', 'conversion', '\u00a0padded\u00a0'].map(
    (s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`,
  ),
  '<si><r><t xml:space="preserve">双十一 </t></r><r><rPr><b/></rPr><t>大促</t></r><rPh sb="0" eb="1"><t>shuang</t></rPh></si>',
  '<si><r><t>Bai</t></r><r><t>du</t></r></si>',
  '<si><t><![CDATA[<raw> & cdata]]></t></si>',
  '<si><t>&#x1F600;&#65;</t></si>',
  '<si/>',
];
const TEXTS = ['抖音', ' WeChat ', '百度搜索', '微信\u3000', 'Meta', 'xhs', '--', '快手😀', '𠮷野家', 'a&b', '<x>', '\ufeff秋季', '', ' ', '双十一大促-第1期', 'line\nbreak', 'c-001'];
const NUMBERS = ['12.5', '0.30000000000000004', '1E-7', '-0', '007', ' 12 ', '1234567890123456789', '.5', '100', '0', '99.99', '-7', '1e3', '3.0', '12.'];
const SERIALS = ['45660', '45660.5', '45660.430902777778', '0.75', '1', '0', '44927', '60', '61', ' 45000 ', '2958465', '045000'];

type Cell = (next: () => number) => string; // a cell's XML after `<c` and its r
const pick = <T,>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];
const shared: Cell = (next) => ` t="s"><v>${Math.floor(next() * SHARED.length)}</v></c>`;
const inline = (s: string): string => ` t="inlineStr"><is><t xml:space="preserve">${esc(s)}</t></is></c>`;
const number = (s: string, style = 0): string => `${style ? ` s="${style}"` : ''}><v>${s}</v></c>`;

const textCell: Cell = (next) => {
  const r = next();
  if (r < 0.35) return shared(next);
  if (r < 0.55) return inline(pick(next, TEXTS));
  if (r < 0.7) return ` t="str"><f>A1</f><v>${esc(pick(next, TEXTS))}</v></c>`;
  if (r < 0.75) return ` t="inlineStr"><is><r><t>rich </t></r><r><t>${esc(pick(next, TEXTS))}</t></r><rPh><t>ph</t></rPh></is></c>`;
  if (r < 0.77) return ` t="str"><v><![CDATA[${pick(next, ['x>y', '抖音 ', ' & '])}]]></v></c>`;
  if (r < 0.8) return ` t="b"><v>${pick(next, ['1', '0', 'true'])}</v></c>`;
  if (r < 0.82) return ` t="e"><v>${pick(next, ['#N/A', '#DIV/0!'])}</v></c>`;
  if (r < 0.85) return number(pick(next, NUMBERS));
  if (r < 0.87) return ' t="inlineStr"><is><t>&#x4E2D;&#25991;&amp;&quot;</t></is></c>';
  return inline(pick(next, TEXTS.slice(0, 8)));
};
const numberCell: Cell = (next) => {
  const r = next();
  if (r < 0.75) return number(String(Math.floor(next() * 100000) / 100));
  if (r < 0.9) return number(pick(next, NUMBERS));
  if (r < 0.93) return shared(next);
  if (r < 0.96) return inline(pick(next, ['12', ' 7 ', '1,234', '¥5', 'N/A', '']));
  return ` t="str"><f>B2*2</f><v>${pick(next, NUMBERS)}</v></c>`;
};
const dateCell =
  (withTime: boolean): Cell =>
  (next) => {
    const r = next();
    const day = 45000 + Math.floor(next() * 400);
    if (r < 0.6) return number(withTime ? String(day + Math.floor(next() * 86400) / 86400) : String(day), 1);
    if (r < 0.75) return number(pick(next, SERIALS), 1);
    if (r < 0.8) return ` t="d"><v>${pick(next, ['2025-01-03T00:00:00Z', '2025-01-03T10:20:30.000', '2025-13-01', 'x'])}</v></c>`;
    if (r < 0.88) return shared(next);
    if (r < 0.95) return inline(pick(next, ['2025/1/3', '2025-01-03', '2025-01-03 10:20', '2025-01-03T10:20:30', '3/1/2025', '2025年1月3日', ' 2025-01-05 ', '']));
    return number(pick(next, ['45660', '12.5']));
  };

const SHEETS: Record<string, { headers: string[]; cells: Cell[] }> = {
  spend: { headers: ['date', 'channel', 'campaign', 'spend', 'impressions', 'clicks'], cells: [dateCell(false), textCell, textCell, numberCell, numberCell, numberCell] },
  orders: { headers: ['order_id', 'customer_id', 'date', 'revenue', 'quantity', 'product', 'channel'], cells: [textCell, textCell, dateCell(false), numberCell, numberCell, textCell, textCell] },
  customers: { headers: ['customer_id', 'signup_date', 'region', 'age', 'gender', 'vip', 'note'], cells: [textCell, dateCell(false), textCell, numberCell, textCell, textCell, textCell] },
  touchpoints: { headers: ['customer_id', 'timestamp', 'channel', 'campaign', 'event', 'value'], cells: [textCell, dateCell(true), textCell, textCell, textCell, numberCell] },
};

function sheetXml(headers: readonly string[], cells: readonly Cell[], rows: number, seed: number): string {
  const next = random(seed);
  let xml = `<row r="1">${headers.map((h, i) => `<c r="${letters(i + 1)}1"${inline(h)}`).join('')}</row>`;
  let r = 1;
  for (let i = 0; i < rows; i++) {
    r += next() < 0.003 ? 2 + Math.floor(next() * 3) : 1; // a few blank rows
    const rowRef = next() < 0.9;
    const width = next() < 0.01 ? cells.length + 1 : cells.length; // a few ragged rows
    let xmlCells = '';
    let omitted = false;
    for (let c = 0; c < width; c++) {
      if (next() < 0.04) {
        omitted = true; // an absent cell: the next one needs its reference
        continue;
      }
      const ref = omitted || next() < 0.8 ? ` r="${letters(c + 1)}${r}"` : '';
      xmlCells += `<c${ref}${(cells[c] ?? textCell)(next)}`;
      omitted = false;
    }
    if (next() < 0.01) xmlCells += `<c r="${letters(cells.length + 3)}${r}"/>`; // an empty cell past the header
    if (next() < 0.005) xmlCells += '<!-- a comment -->';
    xml += `<row${rowRef ? ` r="${r}"` : ''} spans="1:${width}">${xmlCells}</row>`;
  }
  return xml;
}

describe('an xlsx typed from its byte lines', () => {
  Object.entries(SHEETS).forEach(([kind, { headers, cells }], k) => {
    it(`types a ${kind} sheet exactly as its rows typed as strings`, async () => {
      const file = join(dir, `${kind}.xlsx`);
      writeFileSync(file, handMadeXlsx({ sheetData: sheetXml(headers, cells, 12_000, 11 + k), sharedStrings: { xml: `<sst xmlns="urn:s">${SHARED.join('')}</sst>` } }));
      let lineBatches = 0;
      for await (const batch of (await openTable(file, { byteLines: true })).batches()) if (batch.lines) lineBatches++;
      expect(lineBatches).toBeGreaterThan(3); // blank rows cut batches, as they did
      const bytes = await parsedTable(file, kind as DatasetKind, true);
      const strings = await parsedTable(file, kind as DatasetKind, false);
      expect(bytes.rows.length).toBeGreaterThan(3_000);
      expect(bytes.rejected.length).toBeGreaterThan(1_000);
      expect(bytes.rows).toEqual(strings.rows);
      expect(bytes.rejected).toEqual(strings.rejected);
      expect(bytes.end).toEqual(strings.end);
    });
  });
});
