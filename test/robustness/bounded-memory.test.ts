/**
 * Hostile files stay within bounded memory (issue 10, items 8 and deliver 5: ≤ 500 MB RSS for
 * any import): a 200 MB single CSV line, a 7 MB workbook whose shared strings inflate to
 * gigabytes, shared strings just under their limit, an unclosed tag in a sheet. Each is
 * imported by the real CLI, whose peak RSS (threads included) is reported at exit.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../helpers/cli.js';
import { handMadeXlsx } from '../../src-main/import/read/hand-made-xlsx.js';

const MAX_RSS_KB = 500 * 1024;
const dir = tempDir('roi-memory-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORT_RSS = 'data:text/javascript,process.on("exit",()=>process.stderr.write("MAXRSS "+process.resourceUsage().maxRSS+"\\n"))';

/**
 * Runs the CLI import and reads its peak RSS. Linux counts a forked child's memory from
 * before its exec in its peak, so the CLI is started by a small go-between process, not
 * by this test worker (which holds the big fixtures).
 */
function importMeasured(file: string): { code: number | null; stderr: string; rssKb: number } {
  const args = ['--import', REPORT_RSS, CLI, 'import', file, '--project', join(dir, `${Date.now()}-${Math.random()}.roi`)];
  const goBetween = `const r = require('node:child_process').spawnSync(process.execPath, ${JSON.stringify(args)}, { stdio: 'inherit' }); process.exit(r.status ?? 1);`;
  const r = spawnSync(process.execPath, ['-e', goBetween], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  const rss = /MAXRSS (\d+)/.exec(r.stderr);
  return { code: r.status, stderr: r.stderr, rssKb: rss ? Number(rss[1]) : Infinity };
}

/** Shared strings of `count` short entries, deflated in pieces so the test itself stays small. */
function sharedStringsXml(count: number): Buffer {
  const parts = [Buffer.from('<sst>')];
  const block = Buffer.from('<si><t>ab</t></si>'.repeat(1000));
  for (let i = 0; i < count / 1000; i++) parts.push(block);
  parts.push(Buffer.from('</sst>'));
  return Buffer.concat(parts);
}

const SHEET = '<row><c t="inlineStr"><is><t>customer_id</t></is></c></row><row><c t="s"><v>0</v></c></row>';

describe('memory stays bounded', () => {
  it('for a 200 MB single CSV line', () => {
    const file = join(dir, 'line.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, 'date,channel,spend\n2025-01-01,');
    const block = Buffer.alloc(1 << 20, 'x');
    for (let i = 0; i < 200; i++) writeSync(fd, block);
    writeSync(fd, ',1\n');
    closeSync(fd);
    const r = importMeasured(file);
    expect(r.stderr).toMatch(/line\.csv, row 2: the row is longer than/);
    expect(r.rssKb).toBeLessThan(MAX_RSS_KB);
  });

  it('for a small workbook whose shared strings inflate to gigabytes', () => {
    // ≈ 1.08 GB of XML in a 2.6 MB workbook (the report's 3 GB case takes minutes just to deflate).
    const xml = sharedStringsXml(60_000_000);
    expect(deflateRawSync(xml.subarray(0, 1 << 20)).length).toBeLessThan(1 << 16);
    const file = join(dir, 'bomb.xlsx');
    writeFileSync(file, handMadeXlsx({ sharedStrings: { xml }, sheetData: SHEET }));
    const r = importMeasured(file);
    expect(r.stderr).toMatch(/sharedStrings\.xml inflates past 64 MB/);
    expect(r.rssKb).toBeLessThan(MAX_RSS_KB);
  });

  it('for shared strings just under their limit (all held in memory)', () => {
    const file = join(dir, 'under.xlsx');
    writeFileSync(file, handMadeXlsx({ sharedStrings: { xml: sharedStringsXml(3_500_000) }, sheetData: SHEET }));
    const r = importMeasured(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.rssKb).toBeLessThan(MAX_RSS_KB);
  });

  it('for a sheet whose last tag never closes', () => {
    const file = join(dir, 'unclosed.xlsx');
    writeFileSync(file, handMadeXlsx({ sheetData: `${SHEET.replace('<c t="s"><v>0</v></c>', '')}<row><c t="inlineStr"><is><t>${'z'.repeat(50_000_000)}` }));
    const r = importMeasured(file);
    expect(r.stderr).toMatch(/unclosed\.xlsx, row 3, column A: the cell is longer than/);
    expect(r.rssKb).toBeLessThan(MAX_RSS_KB);
  });

  it('for a 200,000-row workbook: memory does not grow with the rows (it took 508 MB)', async () => {
    const file = join(dir, 'rows.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const sheet = writer.addWorksheet('S');
    sheet.addRow(['date', 'channel', 'campaign', 'spend', 'clicks']).commit();
    for (let i = 0; i < 200_000; i++) sheet.addRow([`2025-01-${String(1 + (i % 28)).padStart(2, '0')}`, `ch${i % 9}`, `camp${i % 50}`, i * 1.5, i % 1000]).commit();
    await sheet.commit();
    await writer.commit();
    const r = importMeasured(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.rssKb).toBeLessThan(300 * 1024);
  });
});
