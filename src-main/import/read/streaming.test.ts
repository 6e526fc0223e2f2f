import { closeSync, openSync, writeSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openTable } from './open-table.js';
import { fixtureDir } from './test-fixtures.js';

const fx = fixtureDir();
afterAll(() => fx.remove());

const MB = 1024 * 1024;

describe('streaming', () => {
  it('reads a ~100 MB CSV with flat memory', { timeout: 180_000 }, async () => {
    // One ~1 MB block of 20,000 rows written 100 times; every 10th row has a quoted cell.
    const blockRows = 20_000;
    const lines: string[] = [];
    for (let i = 0; i < blockRows; i++) {
      const note = i % 10 === 0 ? `"note, with comma ${i}"` : `note ${i}`;
      lines.push(`2025-01-${String((i % 28) + 1).padStart(2, '0')},channel${i % 7},${note},${(i * 1.37).toFixed(2)}`);
    }
    const block = Buffer.from(lines.join('\n') + '\n');
    const repeats = Math.ceil((100 * MB) / block.length);
    const path = fx.write('big.csv', 'date,channel,note,spend\n');
    const fd = openSync(path, 'a');
    for (let k = 0; k < repeats; k++) writeSync(fd, block);
    closeSync(fd);

    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const source = await openTable(path);
    expect(source.bytesTotal).toBeGreaterThanOrEqual(100 * MB);
    let rows = 0;
    let lastRow = 0;
    let lastCells: string[] = [];
    for await (const batch of source.batches()) {
      rows += batch.rows.length;
      lastRow = batch.firstRow + batch.rows.length - 1;
      lastCells = batch.rows[batch.rows.length - 1];
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    // Last row i = 19,999: day 19,999 mod 28 + 1 = 8, channel 19,999 mod 7 = 0 (7 × 2,857).
    expect(rows).toBe(repeats * blockRows);
    expect(lastRow).toBe(repeats * blockRows + 1);
    expect(lastCells).toEqual(['2025-01-08', 'channel0', 'note 19999', (19999 * 1.37).toFixed(2)]);
    expect(source.bytesRead()).toBe(source.bytesTotal);
    expect(peak - baseline).toBeLessThan(150 * MB);
    console.log(`100 MB CSV: peak RSS growth ${((peak - baseline) / MB).toFixed(0)} MB`);
  });
});
