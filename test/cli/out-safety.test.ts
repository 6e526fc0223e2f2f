/**
 * `--out` never destroys the user's data (issue 10, item 7): not the project (by any path),
 * not a file the project imported; a missing folder is a clear refusal; a good target is
 * written whole, with no partial file left.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { writeOrders } from '../helpers/orders-fixture.js';
import { projectState } from '../helpers/project-state.js';

const dir = tempDir();
const project = join(dir, 'p.roi');
const orders = join(dir, 'orders.csv');

beforeAll(() => {
  writeOrders(orders, 'o', 1, 60);
  runJson(['import', orders, '--project', project]);
});

/** Runs a command that must be refused; returns its stderr, after checking nothing changed. */
function refused(args: string[], lang = 'en'): string {
  const before = projectState(project);
  const sourceBefore = readFileSync(orders);
  const r = runCli([...args, '--lang', lang]);
  expect(r.code, r.stdout).not.toBe(0);
  expect(projectState(project)).toBe(before);
  expect(readFileSync(orders).equals(sourceBefore)).toBe(true);
  expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  return r.stderr;
}

describe('--out refuses to overwrite the project', () => {
  it('segments --out p.roi', () => {
    expect(refused(['segments', '--project', project, '--out', project])).toMatch(/p\.roi is a project database \(SQLite\)/);
  });

  it('through a symlink, another spelling of the path, and in Chinese', () => {
    symlinkSync(project, join(dir, 'link.csv'));
    expect(refused(['ltv', '--project', project, '--calibration-end', '2025-05-01', '--out', join(dir, 'link.csv')])).toMatch(/is a project database/);
    expect(refused(['segments', '--project', project, '--out', join(dir, '.', 'sub', '..', 'p.roi')])).toMatch(/is a project database/);
    expect(refused(['segments', '--project', project, '--out', project], 'zh-CN')).toMatch(/是项目数据库（SQLite）/);
  });

  it('any other SQLite file, e.g. another project', () => {
    const other = join(dir, 'other.roi');
    runJson(['import', orders, '--project', other]);
    const before = projectState(other);
    expect(refused(['segments', '--project', project, '--out', other])).toMatch(/other\.roi is a project database/);
    expect(projectState(other)).toBe(before);
  });
});

describe('--out refuses to overwrite a file the project imported', () => {
  it('by name: ltv --out orders.csv', () => {
    expect(refused(['ltv', '--project', project, '--calibration-end', '2025-05-01', '--out', orders])).toMatch(/orders\.csv is a file this project imported \(dataset 1, orders\.csv\)/);
  });

  it('by content under another name: report --out copy.xlsx', () => {
    const copy = join(dir, 'orders-copy.xlsx');
    copyFileSync(orders, copy);
    expect(refused(['report', '--project', project, '--out', copy])).toMatch(/is a file this project imported/);
    expect(readFileSync(copy).equals(readFileSync(orders))).toBe(true);
  });
});

describe('--out in a missing folder, and a good target', () => {
  it('says which folder is missing and what to do', () => {
    const stderr = refused(['segments', '--project', project, '--out', join(dir, 'nope', 'seg.csv')]);
    expect(stderr).toContain(`The folder ${join(dir, 'nope')} does not exist. Create it first`);
    expect(refused(['segments', '--project', project, '--out', join(dir, 'nope', 'seg.csv')], 'zh-CN')).toContain('不存在。请先创建它');
  });

  it('writes the CSV whole, with no partial file left', () => {
    const out = join(dir, 'segments.csv');
    runJson(['segments', '--project', project, '--out', out]);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(61);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });
});

describe('demo --export-dir never replaces the user\'s files', () => {
  it('refuses a folder that holds a file of one of its names, before writing or creating anything', () => {
    const folder = join(dir, 'client-exports');
    mkdirSync(folder);
    const mine = join(folder, 'spend.csv');
    writeFileSync(mine, 'date,channel,spend\n2025-03-01,Meta,120\n');
    const demoProject = join(dir, 'demo.roi');
    const r = runCli(['demo', '--project', demoProject, '--export-dir', folder, '--lang', 'en']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${mine} already exists`);
    expect(readFileSync(mine, 'utf8')).toBe('date,channel,spend\n2025-03-01,Meta,120\n');
    expect(readdirSync(folder)).toEqual(['spend.csv']);
    expect(existsSync(demoProject)).toBe(false);
    const zh = runCli(['demo', '--project', demoProject, '--export-dir', folder, '--lang', 'zh-CN']);
    expect(zh.stderr).toContain('已存在');
  });
});
