/**
 * A month's exports in one call (issue 16, item 2): every file is imported on its own,
 * in the order given; a bad one is named with its reason and the others still land; the
 * same file twice is refused the second time (no double counting); the exit code says
 * that not everything was imported.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';

const dir = tempDir('roi-import-many-');

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const spend = write('march-spend.csv', 'date,channel,spend\n2025-03-01,Douyin,300\n2025-03-02,WeChat,100\n');
const orders = write('march-orders.csv', 'order_id,customer_id,date,revenue\no1,c1,2025-03-01,120\no2,c2,2025-03-02,80\n');
const unknown = write('notes.csv', 'colour,shape\nred,round\n');

describe('import of several files', () => {
  it('imports the good ones, names the bad ones with their reason, and exits non-zero', () => {
    const project = join(dir, 'march.roi');
    const r = runCli(['import', spend, unknown, orders, spend, '--project', project, '--json']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as { datasets: { file: string; kind: string; rowsImported: number }[]; failed: { file: string; code: string; message: string }[] };
    expect(result.datasets.map((d) => [d.file, d.kind, d.rowsImported])).toEqual([
      ['march-spend.csv', 'spend', 2],
      ['march-orders.csv', 'orders', 2],
    ]);
    expect(result.failed.map((f) => [f.file, f.code])).toEqual([
      ['notes.csv', 'error.kindUndetected'],
      ['march-spend.csv', 'error.duplicateImport'],
    ]);
    expect(r.stderr).toContain('2 of 4 files were not imported (notes.csv, march-spend.csv)');
    const datasets = runJson<{ datasets: unknown[] }>(['datasets', '--project', project]);
    expect(datasets.datasets).toHaveLength(2);
  });

  it('says so per file in words, and exits 0 when all land', () => {
    const project = join(dir, 'words.roi');
    const r = runCli(['import', spend, orders, '--project', project, '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已导入 march-spend.csv：广告花费');
    expect(r.stdout).toContain('已导入 march-orders.csv：订单');
    expect(r.stdout).toContain('已导入 2 个文件中的 2 个。');
    // One file keeps the single-dataset JSON of before.
    expect(runJson<{ dataset: { kind: string } }>(['import', write('april.csv', 'date,channel,spend\n2025-04-01,Douyin,50\n'), '--project', project]).dataset.kind).toBe('spend');
  });
});

describe('a month of the same exports', () => {
  it('imports with the mapping confirmed last month, and says so; changed headers are mapped afresh', () => {
    const project = join(dir, 'monthly.roi');
    // March: the user maps spend to the net column.
    const march = write('m-03.csv', 'day,source,cost,net cost\n2025-03-01,Douyin,300,280\n');
    runJson(['import', march, '--project', project, '--as', 'spend', '--map', 'spend=net cost']);
    const april = write('m-04.csv', 'source,day,net cost,cost\nDouyin,2025-04-01,45,50\n');
    const may = write('m-05.csv', 'day,source,cost,net cost\n2025-05-01,Douyin,60,55\n');
    const r = runCli(['import', april, may, '--project', project]);
    expect(r.code).toBe(0);
    // Each month follows the latest import of the same source: April follows March, May April.
    expect(r.stdout.match(/Same headers as m-0[34]\.csv/g)).toEqual(['Same headers as m-03.csv', 'Same headers as m-04.csv']);
    const json = runJson<{ dataset: { remembered: { file: string } | null; quality: { columns: { role: string; sum?: number }[] } } }>([
      'import',
      write('m-06.csv', 'day,source,cost,net cost\n2025-06-01,Douyin,70,65\n'),
      '--project',
      project,
    ]);
    expect(json.dataset.remembered?.file).toBe('m-05.csv');
    expect(json.dataset.quality.columns.find((c) => c.role === 'spend')?.sum).toBe(65);
    // A column added: not the same source any more, mapped by its headers.
    const changed = runJson<{ dataset: { remembered: unknown } }>(['import', write('m-07.csv', 'day,source,cost,net cost,clicks\n2025-07-01,Douyin,80,75,4\n'), '--project', project]);
    expect(changed.dataset.remembered).toBeNull();
  });
});
