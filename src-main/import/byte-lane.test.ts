/**
 * The byte lane (quote-free text typed from its UTF-8 bytes) must be invisible: the same
 * file parsed with it and without it yields the same rows, values, hashes and rejections,
 * row by row — across chunk boundaries (that cut Chinese characters in two), lane
 * switches (quoted cells with newlines), UTF-8 and GB18030, CRLF, blank and padded lines
 * (Unicode spaces too), characters beyond the BMP, ragged rows and every kind of bad cell.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { parsedTable } from '../../test/helpers/parsed-table.js';
import { parseTable } from './parse-table.js';
import type { FromParser } from './parse-protocol.js';
import { openTable } from './read/index.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-lane-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

const CELLS = {
  date: ['2025-01-03', '2025-1-3', '2025/01/04', ' 2025-01-05 ', '', 'N/A', 'not a date', '2025-02-30', '2025-03-01\t', '2025年1月3日', '\u30002025-01-06'],
  channel: ['Douyin', 'douyin ', 'WeChat', 'Baidu', '', 'Google Ads', 'xhs', '--', '抖音', '\u3000微信\u3000', '\u00a0小红书\u00a0', '百度 ', '快手😀'],
  campaign: ['c1', 'c2', '', 'spring sale', '  padded  ', 'x', '双十一-第1期', '计划\u3000', '\u2028新品', '𠮷野家', '\ufeff秋季'],
  spend: ['12.5', '-0', '0', '100', '1e3', '', '12.', '.5', 'N/A', '123456789012345678', '-7', '99.99', '¥1,234', '１２３', '1.2万', '\u3000'],
  impressions: ['1000', '', '12', '0.5', 'abc', '3000000', '3千'],
};

/** A spend export, partly Chinese, whose quote-free stretches are interrupted by quoted cells. */
function writeSpend(file: string, rows: number, seed: number, newline: string, encoding: 'utf8' | 'gb18030' = 'utf8'): void {
  const next = random(seed);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)];
  const lines = ['date,channel,campaign,spend,impressions'];
  for (let i = 0; i < rows; i++) {
    const r = next();
    const zone = Math.floor(i / 25_000) % 4; // zones 1 and 3 (~700 KB each) mix in the string-only features
    let line = [pick(CELLS.date), pick(CELLS.channel), pick(CELLS.campaign), pick(CELLS.spend), pick(CELLS.impressions)].join(',');
    if (zone === 1 && r < 0.05) line = `2025-01-0${1 + (i % 9)},抖音,计划${i % 7},${i % 50},7`;
    else if (zone === 3 && r < 0.03) line = `2025-01-02,"Bai,du","multi${newline}line",5,"1,234"`;
    else if (r < 0.01) line = '';
    else if (r < 0.013) line = ',,,,';
    else if (r < 0.015) line = '\u3000,\u00a0, ,,';
    else if (r < 0.02) line = `${line},`; // a trailing empty cell
    else if (r < 0.025) line = `${line},extra`; // ragged
    else if (r < 0.03) line = line.split(',').slice(0, 3).join(','); // short
    else if (r < 0.06 && i % 25_000 > 1000) line = lines[i - Math.floor(next() * 1000)]; // a copy of a recent line (same zone)
    lines.push(line);
  }
  const text = lines.join(newline) + newline;
  writeFileSync(file, encoding === 'utf8' ? text : iconv.encode(text, encoding));
}

/** How many batches of each kind the reader makes of `file`: the test must exercise both lanes. */
async function lanes(file: string): Promise<{ lines: number; strings: number }> {
  const source = await openTable(file, { byteLines: true });
  const count = { lines: 0, strings: 0 };
  for await (const batch of source.batches()) {
    if (batch.lines) count.lines++;
    else count.strings++;
  }
  expect(count.lines).toBeGreaterThan(1);
  expect(count.strings).toBeGreaterThan(1);
  return count;
}

describe('the byte lane', () => {
  for (const [name, newline, encoding] of [
    ['UTF-8 LF', '\n', 'utf8'],
    ['UTF-8 CRLF', '\r\n', 'utf8'],
    ['GB18030 CRLF', '\r\n', 'gb18030'],
  ] as const) {
    it(`parses a ${name} file exactly like the string tokenizer does`, async () => {
      const file = join(dir, `spend-${name.replace(' ', '-')}.csv`);
      writeSpend(file, 100_000, newline === '\n' ? 3 : 5, newline, encoding); // ~3 MB: a dozen chunks, both lanes
      const bytes = await parsedTable(file, 'spend', true);
      const strings = await parsedTable(file, 'spend', false);
      expect(await lanes(file)).toMatchObject({ lines: expect.any(Number), strings: expect.any(Number) });
      expect(bytes.rows.length).toBeGreaterThan(5_000);
      expect(bytes.rejected.length).toBeGreaterThan(1_000);
      expect(bytes.rows).toEqual(strings.rows);
      expect(bytes.rejected).toEqual(strings.rejected);
      expect(bytes.end).toEqual(strings.end);
      if (encoding === 'gb18030') {
        // Converted from GB18030 to UTF-8 by the lane's own converter: the same as the very
        // same text saved as UTF-8 (decoded by TextDecoder), row by row.
        const same = join(dir, `spend-${name.replace(' ', '-')}-as-utf8.csv`);
        writeSpend(same, 100_000, 5, newline, 'utf8');
        const utf8 = await parsedTable(same, 'spend', true);
        expect(bytes.rows).toEqual(utf8.rows);
        expect(bytes.rejected).toEqual(utf8.rejected);
      }
    });
  }

  it('expects about as many rows as a GBK file holds, from its own bytes per row', async () => {
    const file = join(dir, 'spend-gbk-rows.csv');
    const lines = ['日期,渠道,广告系列,花费'];
    for (let i = 0; i < 40_000; i++) lines.push(`2025-01-0${1 + (i % 9)},微信朋友圈,双十一大促-华东-第${i % 97}期,${i % 500}`);
    writeFileSync(file, iconv.encode(lines.join('\n') + '\n', 'gbk'));
    let expected = 0;
    await parseTable({ file, kind: 'spend' }, async (m: FromParser) => {
      if (m.type === 'batch') expected ||= m.rowsExpected;
    });
    expect(expected / 40_000).toBeGreaterThanOrEqual(1);
    expect(expected / 40_000).toBeLessThan(1.1);
  });

  it('reads a quote-free GBK file as one batch per chunk, the partial lines joined to the next chunk', async () => {
    const file = join(dir, 'spend-gbk-batches.csv');
    const lines = ['日期,渠道,广告系列,花费'];
    for (let i = 0; i < 60_000; i++) lines.push(`2025-01-0${1 + (i % 9)},微信朋友圈,双十一大促-华东-第${i % 97}期,${i % 500}`);
    writeFileSync(file, iconv.encode(lines.join('\n') + '\n', 'gbk'));
    const source = await openTable(file, { byteLines: true });
    const sizes = { lines: [] as number[], strings: [] as number[] };
    for await (const batch of source.batches()) (batch.lines ? sizes.lines : sizes.strings).push(batch.lines ? batch.lines.count : batch.rows.length);
    // The first chunk (the header's) is tokenized as strings; every later one is a byte batch
    // of its whole lines, with no one-row string batch for the line a chunk boundary cut.
    expect(sizes.lines.length).toBeGreaterThan(5);
    expect(sizes.strings.every((n) => n > 1)).toBe(true);
    expect(sizes.strings.length).toBeLessThanOrEqual(2);
    expect([...sizes.lines, ...sizes.strings].reduce((a, b) => a + b)).toBe(60_000);
    const bytes = await parsedTable(file, 'spend', true);
    expect(bytes.rows).toEqual((await parsedTable(file, 'spend', false)).rows);
  });

  describe('GB18030 lines typed from their own bytes', () => {
    /** Characters whose second GBK byte is ASCII (@ \\ | ~ among them), and what trimming or the table cannot take. */
    const odd = [0x8140, 0x815c, 0x817c, 0x817e, 0xa140, 0xfe7e, 0xfe40]
      .map((code) => new TextDecoder('gb18030').decode(Uint8Array.of(code >> 8, code & 0xff)))
      // iconv-lite, which writes the files, maps a few codes to other characters (FE7E).
      .filter((c) => new TextDecoder('gb18030').decode(iconv.encode(c, 'gb18030')) === c);
    const cells = {
      channel: ['抖音', ' 微信 ', '\t百度', '小红书\u3000', '\u3000快手', `渠道${odd[0]}`, `${odd[2]}x`, odd[3], '\u00a0微博', '😀', 'Baidu'],
      campaign: ['双十一大促-第1期', `计划${odd[1]}`, `${odd[4]}${odd[5]}`, '𠮷野家', '\u30002025', '¥促销', 'a\u3000b', ''],
      // (odd holds at least six characters: checked below)
    };

    function writeGbk(file: string, rows: number, delimiter: string, seed: number): string {
      const next = random(seed);
      const pick = (list: string[]) => list[Math.floor(next() * list.length)];
      const lines = [['date', 'channel', 'campaign', 'spend'].join(delimiter)];
      for (let i = 0; i < rows; i++) {
        const r = next();
        if (r < 0.01) lines.push(['\u3000', '', ' '].join(delimiter));
        else if (r < 0.015) lines.push('');
        else if (r < 0.02) lines.push(['2025-01-02', '抖音'].join(delimiter)); // ragged
        else lines.push([`2025-01-0${1 + (i % 9)}`, pick(cells.channel), pick(cells.campaign), `${i % 500}.5`].join(delimiter));
      }
      const text = lines.join('\n') + '\n';
      writeFileSync(file, iconv.encode(text, 'gb18030'));
      return text;
    }

    for (const [name, delimiter] of [
      ['comma', ','],
      ['tab', '\t'],
      ['pipe (a byte GBK characters hold: decoded first)', '|'],
    ] as const) {
      it(`gives the rows the same text as UTF-8 gives: ${name}`, async () => {
        const file = join(dir, `gbk-odd-${name.slice(0, 4)}.csv`);
        expect(odd.length).toBeGreaterThanOrEqual(6);
        const text = writeGbk(file, 40_000, delimiter, 9); // ~1.2 MB: several chunks
        const same = join(dir, `gbk-odd-${name.slice(0, 4)}-utf8.csv`);
        writeFileSync(same, text);
        const gbk = await parsedTable(file, 'spend', true);
        const utf8 = await parsedTable(same, 'spend', true);
        expect(gbk.rows.length).toBeGreaterThan(30_000);
        expect(gbk.rows).toEqual(utf8.rows);
        expect(gbk.rejected).toEqual(utf8.rejected);
        expect(gbk.rows).toEqual((await parsedTable(file, 'spend', false)).rows);
        const lanes = await (async () => {
          const source = await openTable(file, { byteLines: true });
          let n = 0;
          for await (const batch of source.batches()) if (batch.lines?.gbk) n++;
          return n;
        })();
        if (delimiter === '|') expect(lanes).toBe(0);
        else expect(lanes).toBeGreaterThan(2);
      });
    }

    it('refuses bytes that are not GB18030 anywhere in the file, as decoding refused them', async () => {
      let refused = 0;
      for (const bad of [
        [0x81, 0x20],
        [0xff, 0x41],
        [0x80],
        [0x81, 0x30, 0x20, 0x30],
        [0xb6],
      ]) {
        const file = join(dir, `gbk-bad-${bad.join('-')}.csv`);
        const head = iconv.encode(Array.from({ length: 20_000 }, (_, i) => `2025-01-0${1 + (i % 9)},抖音,双十一大促-第${i}期,${i}`).join('\n') + '\n', 'gb18030');
        const line = Buffer.concat([iconv.encode('2025-01-03,微信', 'gb18030'), Buffer.from(bad), iconv.encode(',计划,5\n2025-01-04,微博,计划,6\n', 'gb18030')]);
        writeFileSync(file, Buffer.concat([iconv.encode('日期,渠道,广告系列,花费\n', 'gb18030'), head, line, head]));
        const decoded = (() => {
          try {
            new TextDecoder('gb18030', { fatal: true }).decode(line);
            return true;
          } catch {
            return false;
          }
        })();
        if (decoded) continue; // a byte sequence GB18030 happens to accept: not this test's case
        await expect(parsedTable(file, 'spend', true), `bytes ${bad}`).rejects.toMatchObject({ code: 'error.undecodable' });
        await expect(parsedTable(file, 'spend', false)).rejects.toMatchObject({ code: 'error.undecodable' });
        refused++;
      }
      expect(refused).toBeGreaterThanOrEqual(4);
    });
  });

  it('types customers (with their extra columns) the same way too', async () => {
    const file = join(dir, 'customers.csv');
    const lines = ['customer_id,signup_date,region,age,vip,note'];
    for (let i = 0; i < 12_000; i++) lines.push(`u${i % 9000},2024-0${1 + (i % 9)}-1${i % 10},r${i % 4},${i % 3 === 0 ? '' : 20 + (i % 50)},${i % 2 ? 'yes' : ''},${i % 5 === 0 ? 'n' : ''}`);
    writeFileSync(file, lines.join('\n') + '\n');
    const bytes = await parsedTable(file, 'customers', true);
    expect(bytes).toEqual(await parsedTable(file, 'customers', false));
  });
});
