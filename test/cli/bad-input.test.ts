/** Bad input: each case gets a clear message naming the file (and row/column), exit 1, nothing written. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { projectState } from '../helpers/project-state.js';

const dir = tempDir();
const project = join(dir, 'p.roi');

// A project with one good dataset: every failed import below must leave it exactly so.
writeFileSync(join(dir, 'good.csv'), 'date,channel,spend\n2025-01-01,Douyin,100\n');
runJson(['import', join(dir, 'good.csv'), '--project', project]);
const before = projectState(project);

function expectRefused(name: string, content: string | Buffer, message: RegExp, args: string[] = []): void {
  const file = join(dir, name);
  writeFileSync(file, content);
  const r = runCli(['import', file, '--project', project, ...args]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(projectState(project)).toBe(before);
  const fresh = join(dir, `fresh-${name}.roi`);
  expect(runCli(['import', file, '--project', fresh, ...args]).code).toBe(1);
  expect(existsSync(fresh)).toBe(false);
}

describe('bad input', () => {
  it('an empty file', () => expectRefused('empty.csv', '', /empty\.csv is empty/));
  it('a header only', () => expectRefused('header.csv', 'date,channel,spend\n', /header\.csv has a header row but no data rows/));
  it('a binary file', () => expectRefused('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0]), /image\.csv does not look like a spreadsheet/));
  it('unbalanced quotes', () =>
    expectRefused('quotes.csv', 'date,channel,spend\n2025-01-01,Douyin,100\n2025-01-02,"WeChat,50\n2025-01-03,Baidu,70\n', /quotes\.csv, row 3: a quote .* never closed.*channel/));
  it('an .xls file', () => expectRefused('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /old\.xls is an old Excel \.xls file.*save it as \.xlsx/));
  it('a corrupt .xlsx', () => expectRefused('broken.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]), /broken\.xlsx is not a readable \.xlsx workbook/));
  it('a password-protected .xlsx', () => {
    // Encrypted OOXML is an OLE2 compound file holding an "EncryptionInfo" stream.
    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 1024);
    expectRefused('secret.xlsx', cfb, /secret\.xlsx is password-protected/);
  });
  it('a missing required column lists what was found and what is needed', () =>
    expectRefused('nospend.csv', 'date,channel,clicks\n2025-01-01,Douyin,3\n', /needs the column\(s\) "spend"\. Found: "date", "channel", "clicks"/, ['--as', 'spend']));
  it('an undetectable kind names the kinds to choose from', () =>
    expectRefused('what.csv', 'foo,bar\n1,2\n', /cannot tell what kind of data.*"foo", "bar".*spend, touchpoints, paths, orders, customers, reviews/));
  it('headers that fit several kinds name the candidates', () =>
    expectRefused('both.csv', 'customer_id,date,channel,revenue\nc1,2025-01-01,Douyin,10\n', /both\.csv: the headers fit several kinds \(orders, touchpoints\)\. Say which with --as/));
  it('numbers that are lists, in every row', () =>
    expectRefused('lists.csv', 'date,channel,spend\n2025-01-01,Douyin,"1,2,3"\n2025-01-02,WeChat,"4,5,6"\n', /none of the 2 rows could be imported.*row 2, column spend: "1,2,3" is not a single number/));
  it('unparseable dates, in every row', () =>
    expectRefused('dates.csv', 'date,channel,spend\nsoon,Douyin,1\n32/13/2025,WeChat,2\n', /none of the 2 rows.*row 2, column date: "soon" is not a date/));
  it('a file that does not exist', () => {
    const r = runCli(['import', join(dir, 'nope.csv'), '--project', project]);
    expect(r.stderr).toMatch(/File not found: .*nope\.csv/);
    expect(projectState(project)).toBe(before);
  });
  it('a project file that is not a project', () => {
    const notProject = join(dir, 'notes.roi');
    writeFileSync(notProject, 'hello');
    const r = runCli(['import', join(dir, 'good.csv'), '--project', notProject]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/notes\.roi is not a ROI Studio project/);
  });
  it('an unknown kind or flag', () => {
    expect(runCli(['import', join(dir, 'good.csv'), '--project', project, '--as', 'sales']).stderr).toMatch(/Unknown dataset kind "sales"/);
    expect(runCli(['import', join(dir, 'good.csv'), '--project', project, '--bogus']).stderr).toMatch(/There is no option --bogus here\. Usage: roi-studio import/);
  });
});
