/**
 * Text rows past MAX_ROW_CHARS are refused with their row (issue 10, item 8: a 200 MB
 * single line took 1.8 GB), by the byte lane and by the string tokenizer alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ROW_CHARS } from '../limits.js';
import { openTable } from './open-table.js';
import { fixtureDir, readAllRows } from './test-fixtures.js';

const fx = fixtureDir();
afterAll(() => fx.remove());

const refusal = async (name: string, text: string, byteLines = false) => {
  const error = await openTable(fx.write(name, text), { byteLines })
    .then(readAllRows)
    .catch((e: unknown) => e);
  return error;
};

describe('rows past the length limit', () => {
  // Twice the limit: a row is refused while the reader waits for its end, before it is whole in memory.
  const long = 'x'.repeat(2 * MAX_ROW_CHARS);

  for (const byteLines of [false, true]) {
    it(`are refused with their row when the line is plain ASCII (byte lane ${byteLines ? 'on' : 'off'})`, async () => {
      expect(await refusal('ascii.csv', `date,channel,spend\n2025-01-01,a,1\n2025-01-02,${long},2\n`, byteLines)).toMatchObject({
        code: 'error.rowTooLong',
        params: { file: 'ascii.csv', row: 3, limit: MAX_ROW_CHARS },
      });
    });
  }

  it('are refused with their row when the line has other characters', async () => {
    expect(await refusal('cjk.csv', `日期,渠道,花费\n2025-01-01,抖音,1\n2025-01-02,抖音${long},2\n`)).toMatchObject({ code: 'error.rowTooLong', params: { row: 3 } });
  });

  it('leave rows under the limit alone', async () => {
    const wide = 'y'.repeat(100_000);
    const rows = await openTable(fx.write('wide.csv', `a,b\n${wide},1\n`)).then(readAllRows);
    expect(rows).toEqual([{ row: 2, cells: [wide, '1'] }]);
  });
});
