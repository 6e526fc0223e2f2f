/**
 * Files that mix encodings are refused at their first odd row instead of being stored
 * garbled (issue 10, item 6: a UTF-8 file with one GBK row imported as GB18030, storing
 * 抖音 as 鎶栭煶); a character cut by the end of the file is named as such, not "binary
 * data" (item 9). Pure GBK and pure UTF-8 files still import.
 */
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n/index.js';
import { openTable } from './open-table.js';
import { fixtureDir, readAllRows } from './test-fixtures.js';
import { looksLikeUtf8Cjk } from './utf8Scan.js';

const fx = fixtureDir();
afterAll(() => fx.remove());

const gbk = (s: string): Buffer => iconv.encode(s, 'gbk');
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

async function read(file: string, byteLines: boolean) {
  try {
    const source = await openTable(file, { byteLines });
    const rows = await readAllRows(source);
    return { encoding: source.encoding, rows: rows.map((r) => r.cells) };
  } catch (e) {
    return { error: e as { code: string; params: Record<string, string | number> } };
  }
}

/** What reading the file gives, the same with the byte lane (as the import reads) and without. */
async function outcome(name: string, bytes: Buffer) {
  const file = fx.write(name, bytes);
  const strings = await read(file, false);
  expect(await read(file, true)).toEqual(strings);
  return strings;
}

describe('mixed encodings', () => {
  it('refuse a UTF-8 file with one GBK row, naming the row, in both languages', async () => {
    const bytes = Buffer.concat([utf8('日期,渠道,花费\n2025-01-01,抖音,10\n2025-01-02,微信,20\n'), gbk('2025-01-03,抖音,30\n'), utf8('2025-01-04,百度,40\n')]);
    const { error } = await outcome('mixed.csv', bytes);
    expect(error).toMatchObject({ code: 'error.mixedEncoding', params: { file: 'mixed.csv', row: 4, encoding: 'UTF-8' } });
    expect(translate('en', 'error.mixedEncoding', error!.params)).toContain('mixed.csv, row 4');
    expect(translate('zh-CN', 'error.mixedEncoding', error!.params)).toContain('mixed.csv 第 4 行');
  });

  it('find the GBK row far into a UTF-8 file', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `2025-01-01,抖音,${i}\n`).join('');
    const bytes = Buffer.concat([utf8(`日期,渠道,花费\n${lines}`), gbk('2025-01-03,小红书,30\n')]);
    expect((await outcome('far.csv', bytes)).error).toMatchObject({ code: 'error.mixedEncoding', params: { row: 5002 } });
  });

  it('refuse a GBK file with a UTF-8 row, which GB18030 would read as gibberish', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `2025-01-01,抖音,${i}\n`).join('');
    const bytes = Buffer.concat([gbk(`日期,渠道,花费\n${lines}`), utf8('2025-01-03,小红书,30\n'), gbk('2025-01-04,微信,1\n')]);
    expect((await outcome('gbk-utf8.csv', bytes)).error).toMatchObject({ code: 'error.mixedEncoding', params: { row: 52, encoding: 'GB18030 (GBK)' } });
  });

  it('refuse UTF-8 rows after ASCII rows and a GBK row', async () => {
    const ascii = Array.from({ length: 4000 }, (_, i) => `2025-01-01,Meta,${i}\n`).join(''); // more than the 64 KB head
    const bytes = Buffer.concat([utf8(`date,channel,spend\n${ascii}`), gbk('2025-01-02,抖音,1\n'), utf8('2025-01-03,小红书,2\n')]);
    expect((await outcome('ascii-gbk-utf8.csv', bytes)).error).toMatchObject({ code: 'error.mixedEncoding', params: { row: 4003 } });
  });

  it('refuse a GBK row among ASCII rows after UTF-8 Chinese rows, all far past the first chunks', async () => {
    // Each stretch is ~380 KB: the UTF-8 rows are read in chunks of their own, and so is the GBK row.
    const rows = (from: number, channel: string) => Array.from({ length: 20_000 }, (_, i) => `2025-01-01,${channel},${from + i}\n`).join('');
    const bytes = Buffer.concat([utf8(`date,channel,spend\n${rows(0, 'Meta')}${rows(1, '抖音')}${rows(2, 'Meta')}`), gbk('2025-01-03,小红书,1\n'), utf8(rows(3, 'Meta'))]);
    const { error } = await outcome('ascii-utf8-gbk.csv', bytes);
    expect(error).toMatchObject({ code: 'error.mixedEncoding', params: { row: 60_002, encoding: 'UTF-8' } });
  });

  it('still import pure GBK and pure UTF-8 files, and GBK after ASCII', async () => {
    const text = '日期,渠道,花费\n2025-01-01,抖音,10\n2025-01-02,女,20\n';
    const rows = [
      ['2025-01-01', '抖音', '10'],
      ['2025-01-02', '女', '20'],
    ];
    expect(await outcome('gbk.csv', gbk(text))).toEqual({ encoding: 'GB18030', rows });
    expect(await outcome('utf8.csv', utf8(text))).toEqual({ encoding: 'UTF-8', rows });
    const ascii = Array.from({ length: 4000 }, () => '2025-01-01,Meta,1\n').join('');
    const late = await outcome('late-gbk.csv', Buffer.concat([utf8(`date,channel,spend\n${ascii}`), gbk('2025-01-02,抖音,1\n')]));
    expect(late).toMatchObject({ encoding: 'GB18030' });
    expect(late.rows?.at(-1)).toEqual(['2025-01-02', '抖音', '1']);
  });

  it('never take a line of common GBK characters for UTF-8 Chinese', () => {
    // Every GB2312 level-1 character (0xB0A1–0xD7F9), in lines of two and of three.
    const chars: number[][] = [];
    for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) chars.push([hi, lo]);
    for (const width of [2, 3]) {
      for (let i = 0; i + width <= chars.length; i++) {
        const line = Buffer.from([0x61, 0x2c, ...chars.slice(i, i + width).flat(), 0x2c, 0x31]);
        if (looksLikeUtf8Cjk(line, 0, line.length)) throw new Error(`GBK line ${line.toString('hex')} taken for UTF-8`);
      }
    }
  });
});

describe('a character cut by the end of the file', () => {
  it('is named precisely, with its row, in 50 files cut one byte or two into their last character', async () => {
    for (let i = 0; i < 50; i++) {
      const full = utf8(`客户,地区\nc${i},${'上海北京深圳广州'.slice(0, 1 + (i % 7))}\n`.trimEnd());
      const cut = full.subarray(0, full.length - 1 - (i % 2));
      const { error } = await outcome(`cut-${i}.csv`, cut);
      expect(error).toMatchObject({ code: 'error.truncatedCharacter', params: { file: `cut-${i}.csv`, row: 2 } });
    }
  });
});

describe('a two-line file', () => {
  it('with a UTF-8 header and a GBK row is refused too', async () => {
    const bytes = Buffer.concat([utf8('日期,渠道,花费\n'), gbk('2025-01-02,抖音,5\n')]);
    expect((await outcome('two.csv', bytes)).error).toMatchObject({ code: 'error.mixedEncoding', params: { row: 1 } });
  });
});
