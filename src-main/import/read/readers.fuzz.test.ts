/**
 * Property-based fuzzing of the readers (issue 10, deliver 7):
 * - any table written as CSV (quotes, embedded delimiters and line breaks, CJK, emoji,
 *   CRLF or LF, UTF-8 with or without BOM, GBK, UTF-16) reads back cell for cell, with the
 *   row numbers a spreadsheet shows, through the string tokenizer and the byte lane alike;
 * - any bytes at all, named .csv, and any damage to a real workbook, either read or are
 *   refused with an AppError of the catalogue — never another exception, never a hang.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors.js';
import { en } from '@shared/i18n/en.js';
import { fuzzRuns, fuzzSeed } from '../../../test/helpers/fuzz-runs.js';
import { openTable } from './open-table.js';
import { handMadeXlsx, inlineCell } from './hand-made-xlsx.js';
import { fixtureDir, readAllRows } from './test-fixtures.js';
import { linesAsRows } from './byte-lines.js';
import type { TableSource } from './types.js';

const fx = fixtureDir('roi-fuzz-');
afterAll(() => fx.remove());
const params = (sample: number) => ({ numRuns: fuzzRuns(sample), seed: fuzzSeed() });
let files = 0;

const ALPHABET = [...'abcxyz019 ,"\n.-¥%', '抖音', '微信', '小红书', '😀', 'é'];
/** GBK cannot write an emoji, é or ¥: the GBK case draws from the rest. */
const GBK_ALPHABET = ALPHABET.filter((c) => !['😀', 'é', '¥'].includes(c));

function csvCell(cell: string): string {
  return /[",\n\r]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

type Encoding = 'utf8' | 'utf8bom' | 'gbk' | 'utf16le';

function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'gbk') return iconv.encode(text, 'gbk');
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.concat([encoding === 'utf8bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

const table = (alphabet: string[]) =>
  fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.array(fc.array(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 8 }), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 40 }).map((rows) => ({ width, rows })),
  );

/** Every data row with its number, string rows and byte lines alike (as the import reads them). */
async function readRows(source: TableSource): Promise<{ row: number; cells: string[] }[]> {
  const out: { row: number; cells: string[] }[] = [];
  for await (const batch of source.batches()) {
    if (batch.lines) linesAsRows(batch.lines).forEach((cells, i) => out.push({ row: batch.lines!.rows[i], cells }));
    else batch.rows.forEach((cells, i) => out.push({ row: batch.firstRow + i, cells }));
  }
  return out;
}

describe('text readers under fuzzing', () => {
  it('read back any table written as CSV, cell for cell and row for row', async () => {
    const cases = fc.oneof(
      fc.record({ t: table(ALPHABET), encoding: fc.constantFrom<Encoding>('utf8', 'utf8bom', 'utf16le') }),
      fc.record({ t: table(GBK_ALPHABET), encoding: fc.constant<Encoding>('gbk') }),
    );
    await fc.assert(
      fc.asyncProperty(cases, fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), fc.nat({ max: 4 }), async ({ t, encoding }, eol, finalEol, byteLines, pad) => {
        const padded = pad === 0; // one case in five: they are slower
        const header = Array.from({ length: t.width }, (_, i) => `h${i}`);
        // Plain rows past the first 256 KB chunk: only then does the byte lane take over.
        const padding = padded ? Array.from({ length: Math.ceil(300_000 / (7 * t.width)) }, (_, i) => header.map((_, c) => `p${i % 97}x${c}`)) : [];
        const rows = [...padding, ...t.rows];
        const text = [header, ...rows].map((r) => r.map(csvCell).join(',')).join(eol) + (finalEol ? eol : '');
        const expected = rows.map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== ''));
        const path = fx.write(`t${files++}.csv`, encode(text, encoding));
        let read: { row: number; cells: string[] }[];
        try {
          const source = await openTable(path, { byteLines });
          expect(source.headers).toEqual(header);
          read = await readRows(source);
        } catch (e) {
          if (isAppError(e) && e.code === 'error.headerOnly' && expected.length === 0) return;
          throw e;
        }
        expect(read.length).toBe(expected.length);
        const cut = read.slice(padding.length).map((r) => ({ row: r.row, cells: r.cells.slice(0, t.width) }));
        expect(cut).toEqual(expected.slice(padding.length));
        if (padded) expect(read[padding.length - 1]).toEqual(expected[padding.length - 1]);
      }),
      params(60),
    );
  });

  it('read any bytes named .csv, or refuse them with a message of the catalogue', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...'a,b"\n\r;\t|1 抖音'.split('')), minLength: 1, maxLength: 300 }).map((s) => Buffer.from(s)),
      fc.tuple(fc.string({ maxLength: 100 }), fc.uint8Array({ maxLength: 20 })).map(([s, b]) => Buffer.concat([Buffer.from(`a,b\n${s}`), b])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.boolean(), async (data, byteLines) => {
        const path = fx.write(`b${files++}.csv`, data);
        try {
          await readAllRows(await openTable(path, { byteLines }));
        } catch (e) {
          if (!isAppError(e)) throw e;
          expect(Object.keys(en)).toContain(e.code);
          expect(e.code).not.toBe('error.unexpected');
        }
      }),
      params(200),
    );
  });
});

describe('the workbook reader under fuzzing', () => {
  it('reads back any hand-made sheet, with or without r references, shared or inline strings', async () => {
    const letters = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
    const sheet = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.record({
        width: fc.constant(width),
        rows: fc.array(
          fc.record({
            gap: fc.nat({ max: 2 }),
            rowRef: fc.boolean(),
            cells: fc.array(fc.record({ text: fc.string({ unit: fc.constantFrom(...'ab1 <&>"\'', '抖音', '😀'), maxLength: 6 }), ref: fc.boolean(), shared: fc.boolean() }), { minLength: width, maxLength: width }),
          }),
          { maxLength: 15 },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(sheet, async ({ width, rows }) => {
        const shared: string[] = [];
        const cellXml = (text: string, column: number, row: number, ref: boolean, isShared: boolean): string => {
          const r = ref ? ` r="${letters(column)}${row}"` : '';
          if (!isShared) return inlineCell(text).replace('<c', `<c${r}`);
          shared.push(text);
          return `<c${r} t="s"><v>${shared.length - 1}</v></c>`;
        };
        const header = Array.from({ length: width }, (_, i) => `h${i}`);
        let xml = `<row>${header.map((h) => inlineCell(h)).join('')}</row>`;
        const expected: { row: number; cells: string[] }[] = [];
        let number = 1;
        for (const r of rows) {
          number += 1 + (r.rowRef ? r.gap : 0);
          let cells = '';
          let omitted = false;
          r.cells.forEach((c, i) => {
            if (c.text === '') {
              omitted = true; // an empty cell is not written: the next one needs its reference
              return;
            }
            cells += cellXml(c.text, i + 1, number, c.ref || omitted, c.shared);
            omitted = false;
          });
          xml += `<row${r.rowRef ? ` r="${number}"` : ''}>${cells}</row>`;
          const values = r.cells.map((c) => c.text.trim());
          if (values.some((v) => v !== '')) expected.push({ row: number, cells: values });
        }
        const path = fx.write(`h${files++}.xlsx`, handMadeXlsx({ sheetData: xml, sharedStrings: shared }));
        let read: { row: number; cells: string[] }[] = [];
        try {
          read = await readAllRows(await openTable(path));
        } catch (e) {
          if (isAppError(e) && e.code === 'error.headerOnly' && expected.length === 0) return;
          throw e;
        }
        expect(read).toEqual(expected);
      }),
      params(80),
    );
  });

  let book: Buffer;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Spend');
    sheet.addRow(['date', 'channel', 'spend']);
    for (let i = 0; i < 30; i++) sheet.addRow([new Date(Date.UTC(2025, 0, 1 + i)), i % 2 ? '抖音' : 'Meta', i * 1.5]);
    book = Buffer.from(await workbook.xlsx.writeBuffer());
  });

  it('reads a damaged workbook or refuses it with a message of the catalogue', async () => {
    const damage = fc.oneof(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => (b: Buffer) => {
        const copy = Buffer.from(b);
        for (const [at, value] of edits) copy[at % copy.length] = value;
        return copy;
      }),
      fc.nat().map((cut) => (b: Buffer) => b.subarray(0, cut % b.length)),
      fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([at, length]) => (b: Buffer) => Buffer.concat([b.subarray(0, at % b.length), b.subarray((at % b.length) + length)])),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (damaged) => {
        const path = fx.write(`w${files++}.xlsx`, damaged(book));
        try {
          await readAllRows(await openTable(path));
        } catch (e) {
          if (!isAppError(e)) throw e;
          expect(Object.keys(en)).toContain(e.code);
          expect(e.code).not.toBe('error.unexpected');
        }
      }),
      params(80),
    );
  });
});
