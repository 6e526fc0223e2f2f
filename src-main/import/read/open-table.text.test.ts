import { afterAll, describe, expect, it } from 'vitest';
import { openTable, previewTable } from './open-table.js';
import { fixtureDir, readAllRows } from './test-fixtures.js';

const fx = fixtureDir();
afterAll(() => fx.remove());

/** GBK bytes, hand-written: 渠道 C7FE B5C0, 花费 BBA8 B7D1, 微信 CEA2 D0C5, 抖音 B6B6 D2F4. */
const GBK = {
  header: [0xc7, 0xfe, 0xb5, 0xc0, 0x2c, 0xbb, 0xa8, 0xb7, 0xd1, 0x0d, 0x0a],
  wechat: [0xce, 0xa2, 0xd0, 0xc5],
  douyin: [0xb6, 0xb6, 0xd2, 0xf4],
};
const ascii = (s: string): number[] => [...Buffer.from(s, 'latin1')];

describe('openTable on text files: encodings', () => {
  it('reads UTF-8', async () => {
    const source = await openTable(fx.write('u8.csv', '渠道,花费\n微信,12.5\n抖音,3\n'));
    expect(source).toMatchObject({ format: 'csv', encoding: 'UTF-8', delimiter: ',', headers: ['渠道', '花费'], headerRow: 1 });
    expect(await readAllRows(source)).toEqual([
      { row: 2, cells: ['微信', '12.5'] },
      { row: 3, cells: ['抖音', '3'] },
    ]);
  });

  it('reads UTF-8 with a BOM and drops it from the first header', async () => {
    const source = await openTable(fx.write('bom.csv', '\uFEFFdate,spend\n2025-01-01,3\n'));
    expect(source.encoding).toBe('UTF-8 BOM');
    expect(source.headers).toEqual(['date', 'spend']);
    expect(await readAllRows(source)).toEqual([{ row: 2, cells: ['2025-01-01', '3'] }]);
  });

  it('reads GBK as GB18030', async () => {
    const bytes = [...GBK.header, ...GBK.wechat, ...ascii(',12.5\r\n'), ...GBK.douyin, ...ascii(',3\r\n')];
    const source = await openTable(fx.write('gbk.csv', new Uint8Array(bytes)));
    expect(source.encoding).toBe('GB18030');
    expect(source.headers).toEqual(['渠道', '花费']);
    expect((await readAllRows(source)).map((r) => r.cells)).toEqual([
      ['微信', '12.5'],
      ['抖音', '3'],
    ]);
  });

  it('switches to GB18030 when GBK text first appears after a long ASCII start', async () => {
    const filler = 'id,name\n' + Array.from({ length: 8000 }, (_, i) => `${i},item${i}\n`).join('');
    expect(filler.length).toBeGreaterThan(64 * 1024);
    const bytes = [...ascii(filler), ...ascii('8000,'), ...GBK.wechat, 0x0a];
    const source = await openTable(fx.write('late-gbk.csv', new Uint8Array(bytes)));
    const rows = await readAllRows(source);
    expect(source.encoding).toBe('GB18030');
    expect(rows).toHaveLength(8001);
    expect(rows[8000]).toEqual({ row: 8002, cells: ['8000', '微信'] });
  });

  it('reads UTF-16 LE and BE with BOM', async () => {
    const text = '日期\t花费\r\n2025-01-01\t3\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    for (const [name, bytes, encoding] of [['le.txt', le, 'UTF-16LE'], ['be.txt', be, 'UTF-16BE']] as const) {
      const source = await openTable(fx.write(name, bytes));
      expect(source).toMatchObject({ format: 'tsv', encoding, headers: ['日期', '花费'] });
      expect(await readAllRows(source)).toEqual([{ row: 2, cells: ['2025-01-01', '3'] }]);
    }
  });

  it('keeps characters whole across chunk boundaries in every encoding', async () => {
    // Hand-checked GBK codes (see the header test) for the characters used below.
    const gbkOf: Record<string, number[]> = { 渠: [0xc7, 0xfe], 道: [0xb5, 0xc0], 花: [0xbb, 0xa8], 费: [0xb7, 0xd1], 微: [0xce, 0xa2], 信: [0xd0, 0xc5], 抖: [0xb6, 0xb6], 音: [0xd2, 0xf4] };
    const chars = Object.keys(gbkOf);
    const texts = Array.from({ length: 40000 }, (_, i) => Array.from({ length: (i % 9) + 1 }, (_, j) => chars[(i + j) % 8]).join(''));
    const csv = '序号,文本\n' + texts.map((t, i) => `${i},${t}\n`).join('');
    const gbk = [...csv].flatMap((c) => gbkOf[c] ?? (c === '序' || c === '号' || c === '文' || c === '本' ? [] : [c.charCodeAt(0)]));
    const files = {
      'utf8-big.csv': Buffer.from(csv),
      'utf16-big.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]),
      'gbk-big.csv': Buffer.from([...ascii('n,'), ...gbkOf['渠'], ...gbkOf['道'], 0x0a, ...gbk.slice(gbk.indexOf(0x0a) + 1)]),
    };
    for (const [name, bytes] of Object.entries(files)) {
      expect(bytes.length, name).toBeGreaterThan(2 * 256 * 1024);
      const rows = await readAllRows(await openTable(fx.write(name, bytes)));
      expect(rows.length, name).toBe(texts.length);
      const wrong = rows.findIndex((r, i) => r.row !== i + 2 || r.cells[0] !== String(i) || r.cells[1] !== texts[i]);
      expect(wrong, `${name}: first wrong row`).toBe(-1);
    }
  });

  it('refuses bytes that are invalid in the detected encoding later in the file', async () => {
    const bytes = [...Buffer.from('渠道,x\n'), ...ascii('a,b\n'.repeat(20000)), 0xc7, 0xfe, 0x0a];
    const path = fx.write('mixed.csv', new Uint8Array(bytes));
    await expect(openTable(path).then(readAllRows)).rejects.toMatchObject({ code: 'error.mixedEncoding', params: { file: 'mixed.csv', row: 20002, encoding: 'UTF-8' } });
  });
});

describe('openTable on text files: delimiters and structure', () => {
  it('sniffs the delimiter whatever the extension', async () => {
    const cases = [
      ['tab.csv', 'a\tb\n1\t2\n', 'tsv', '\t'],
      ['semi.csv', 'a;b\n1,5;2\n', 'semicolon', ';'],
      ['pipe.txt', 'a|b\n1|2\n', 'pipe', '|'],
      ['comma.tsv', 'a,b\n1,2\n', 'csv', ','],
    ] as const;
    for (const [name, text, format, delimiter] of cases) {
      const source = await openTable(fx.write(name, text));
      expect(source, name).toMatchObject({ format, delimiter, headers: ['a', 'b'] });
      expect((await readAllRows(source))[0].cells).toEqual(delimiter === ';' ? ['1,5', '2'] : ['1', '2']);
    }
  });

  it('reads quoted fields, keeps true row numbers and skips blank rows', async () => {
    const text = '\n"name","note",amount\r\n"Li, Wei","said ""ok""\r\nthen left",10\r\n\r\n,,\r\nZhang,"",20';
    const source = await openTable(fx.write('quoted.csv', text));
    expect(source.headers).toEqual(['name', 'note', 'amount']);
    expect(source.headerRow).toBe(2);
    expect(await readAllRows(source)).toEqual([
      { row: 3, cells: ['Li, Wei', 'said "ok"\r\nthen left', '10'] },
      { row: 6, cells: ['Zhang', '', '20'] },
    ]);
  });

  it("follows Excel's sep= line and numbers the header as row 1", async () => {
    const source = await openTable(fx.write('sep.csv', 'sep=;\r\ndate;note\r\n2025-01-01;a,b\r\n'));
    expect(source).toMatchObject({ format: 'semicolon', headers: ['date', 'note'], headerRow: 1 });
    expect(await readAllRows(source)).toEqual([{ row: 2, cells: ['2025-01-01', 'a,b'] }]);
  });

  it('names blank and repeated headers', async () => {
    const source = await openTable(fx.write('heads.csv', 'a,,a\n1,2,3\n'));
    expect(source.headers).toEqual(['a', 'column 2', 'a (2)']);
    await source.close();
    await source.close(); // twice is harmless
  });

  it('keeps rows right across many chunks with multi-line cells on the boundaries', async () => {
    // Synthetic truth: data row i (spreadsheet row i + 2) holds i; every 7th has a 3-line cell.
    const lines = ['n,text,pad'];
    for (let i = 0; i < 80000; i++) lines.push(i % 7 === 0 ? `${i},"a${i}\nb,""${i}""\nc",${'x'.repeat(i % 40)}` : `${i},t${i},${'y'.repeat(i % 30)}`);
    const source = await openTable(fx.write('big.csv', lines.join('\n') + '\n'));
    const rows = await readAllRows(source);
    expect(source.bytesRead()).toBe(source.bytesTotal);
    expect(source.bytesTotal).toBeGreaterThan(2 * 1024 * 1024);
    expect(rows).toHaveLength(80000);
    rows.forEach((r, i) => {
      if (r.row !== i + 2 || r.cells[0] !== String(i)) throw new Error(`row ${i}: ${JSON.stringify(r)}`);
      const text = i % 7 === 0 ? `a${i}\nb,"${i}"\nc` : `t${i}`;
      if (r.cells[1] !== text) throw new Error(`row ${i} text: ${r.cells[1]}`);
    });
  });

  it('passes ragged rows through unpadded and uncut', async () => {
    const source = await openTable(fx.write('ragged.csv', 'a,b,c\n1,2\n1,2,3,4\n'));
    expect((await readAllRows(source)).map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('previews the first rows, and header-only files with no rows', async () => {
    const many = 'k,v\n' + Array.from({ length: 100 }, (_, i) => `${i},${i * 2}\n`).join('');
    const preview = await previewTable(fx.write('many.csv', many), { rows: 5 });
    expect(preview).toMatchObject({ format: 'csv', encoding: 'UTF-8', headers: ['k', 'v'] });
    expect(preview.rows).toEqual([0, 1, 2, 3, 4].map((i) => [String(i), String(i * 2)]));
    expect((await previewTable(fx.write('many2.csv', many))).rows).toHaveLength(20);
    expect(await previewTable(fx.write('head-only.csv', 'a,b\n\n'))).toMatchObject({ headers: ['a', 'b'], rows: [] });
  });
});

describe('openTable on text files: errors', () => {
  const code = async (path: string, drain = true): Promise<unknown> => {
    try {
      const source = await openTable(path);
      if (drain) await readAllRows(source);
      return 'no error';
    } catch (e) {
      return e;
    }
  };

  it('names the problem with the file name', async () => {
    expect(await code(`${fx.dir}/missing.csv`)).toMatchObject({ code: 'error.fileNotFound', params: { file: 'missing.csv' } });
    expect(await code(fx.write('empty.csv', ''))).toMatchObject({ code: 'error.fileEmpty', params: { file: 'empty.csv' } });
    expect(await code(fx.write('blank.csv', '\uFEFF\r\n  \r\n'))).toMatchObject({ code: 'error.fileEmpty' });
    expect(await code(fx.write('only.csv', 'a,b\r\n'))).toMatchObject({ code: 'error.headerOnly', params: { file: 'only.csv' } });
    expect(await code(fx.write('data.json', '{}'))).toMatchObject({ code: 'error.unsupportedFormat', params: { file: 'data.json', ext: '.json' } });
    expect(await code(fx.write('README', 'x'))).toMatchObject({ code: 'error.unsupportedFormat', params: { ext: '(none)' } });
  });

  it('refuses binary data behind a text extension', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await code(fx.write('image.csv', png))).toMatchObject({ code: 'error.binaryFile', params: { file: 'image.csv' } });
  });

  it('reports an unbalanced quote at the row where it opened, by column name', async () => {
    const text = 'channel,note,spend\nwechat,ok,1\nbaidu,"never closed,2\nmeta,x,3\n';
    expect(await code(fx.write('quote.csv', text))).toMatchObject({
      code: 'error.unbalancedQuote',
      params: { file: 'quote.csv', row: 3, column: 'note' },
    });
  });

  it('refuses .xls, binary or not, with advice', async () => {
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await code(fx.write('old.xls', ole2))).toMatchObject({ code: 'error.xlsNotSupported', params: { file: 'old.xls' } });
    expect(await code(fx.write('old-renamed.xlsx', ole2))).toMatchObject({ code: 'error.xlsNotSupported' });
    expect(await code(fx.write('html.xls', '<table><tr><td>1</td></tr></table>'))).toMatchObject({ code: 'error.xlsNotSupported' });
  });
});

describe('openTable on text files: cancellation', () => {
  it('stops between batches with error.cancelled', async () => {
    const text = 'n\n' + Array.from({ length: 50000 }, (_, i) => `${i}\n`).join('');
    const path = fx.write('cancel.csv', text);
    const controller = new AbortController();
    const source = await openTable(path, { signal: controller.signal });
    let seen = 0;
    const run = async (): Promise<void> => {
      for await (const batch of source.batches()) {
        seen += batch.rows.length;
        controller.abort();
      }
    };
    await expect(run()).rejects.toMatchObject({ code: 'error.cancelled' });
    expect(seen).toBeLessThan(50000);
    await expect(openTable(path, { signal: controller.signal })).rejects.toMatchObject({ code: 'error.cancelled' });
  });
});
