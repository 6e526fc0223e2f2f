/**
 * The batch_rows extension and the JavaScript writer store the same project from the same
 * file, rejected rows included (issue 10, item 1: a rejected row made the extension refuse
 * the whole batch when no column was left over for customers' `extra`).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchRowsPath } from '../../src-main/store/batch/native.js';
import { tempDir } from '../helpers/cli.js';
import { importWith } from '../helpers/stored-project.js';

const dir = tempDir('roi-writer-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(batchRowsPath()))('a customers file with one bad value', () => {
  it('imports its good rows and rejects the bad one with its reason, with either writer', async () => {
    const file = join(dir, 'customers.csv');
    writeFileSync(file, 'customer_id,age\nc1,844\nc2,x\n');
    const native = await importWith('native', dir, { file });
    expect(native.error).toBeNull();
    expect(native.rows.customers).toEqual([expect.objectContaining({ row: 2, customer_id: 'c1', age: 844, extra: null })]);
    expect(native.rejected).toEqual([{ dataset_id: 1, row: 3, cells: '["c2","x"]' }]);
    expect(native.issues).toEqual([{ dataset_id: 1, row: 3, column_name: 'age', code: 'issue.notANumber', value: 'x' }]);
    expect(native).toEqual(await importWith('javascript', dir, { file }));
  });

  it('does the same when the rejected row comes first and a text column has no value yet', async () => {
    const file = join(dir, 'customers-first-bad.csv');
    writeFileSync(file, 'customer_id,region,age\nc0,,x\nc1,,30\nc2,north,y\n');
    const native = await importWith('native', dir, { file });
    expect(native.rows.customers).toHaveLength(1);
    expect(native.rejected).toHaveLength(2);
    expect(native).toEqual(await importWith('javascript', dir, { file }));
  });

  it('reject spends past 10^15 with their row and column, so totals stay finite (item 11)', async () => {
    const file = join(dir, 'spend-huge.csv');
    writeFileSync(file, 'date,channel,spend\n2025-01-01,Meta,1e308\n2025-01-01,Meta,1e308\n2025-01-02,Meta,12.5\n');
    const native = await importWith('native', dir, { file });
    expect(native.rows.spend).toEqual([expect.objectContaining({ row: 4, channel: 'Meta', spend: 12.5 })]);
    expect(native.issues).toEqual([2, 3].map((row) => ({ dataset_id: 1, row, column_name: 'spend', code: 'issue.tooLarge', value: '1e308' })));
    expect(native).toEqual(await importWith('javascript', dir, { file }));
  });
});
