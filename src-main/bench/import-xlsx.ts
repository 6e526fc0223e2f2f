/**
 * Excel against CSV (issue 13 item 3): the same 200,000 spend rows (Chinese channel and
 * campaign names, real date cells) saved as .xlsx and as a UTF-8 CSV, each imported by the
 * job the app runs. The reference in the same run is the CSV import: a workbook is a zip
 * of XML, so reading it costs more, but at most twice the CSV's time.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsxSheet } from '../demo/xlsxWriter.js';
import type { XlsxCell } from '../demo/xlsxWriter.js';
import { runJob } from '../jobs/run-job.js';
import { resetPeakRss, round, timed } from './measure.js';
import type { Benchmark } from './benchmarks.js';

const ROWS = 200_000;
const CHANNELS = ['抖音', '微信朋友圈', '百度搜索', '小红书', '淘宝直通车', '京东快车', '快手', '微博'];
const DAY_MS = 86_400_000;
const DAY0 = Date.UTC(2023, 0, 1);

function* spendRows(): Generator<XlsxCell[]> {
  for (let i = 0; i < ROWS; i++) {
    yield [new Date(DAY0 + Math.floor(i / 80) * DAY_MS), CHANNELS[i % CHANNELS.length], `双十一大促-第${i % 97}期`, ((i * 7919) % 100000) / 100, (i * 104729) % 50000, (i * 31) % 900];
  }
}

const HEADERS = ['日期', '渠道', '广告系列', '花费', '展示', '点击'];

export const xlsxImportBenchmark: Benchmark = {
  name: 'import-xlsx-200k',
  scope: 'end-to-end',
  target: '200k-row spend .xlsx imported in <= 2x the time of the same rows as CSV (ratio <= 2.0)',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'roi-bench-'));
    try {
      const xlsx = join(dir, 'spend.xlsx');
      const csv = join(dir, 'spend.csv');
      await writeXlsxSheet(xlsx, '消耗', HEADERS.map((header, i) => ({ header, width: 14, numFmt: i === 0 ? 'yyyy-mm-dd' : undefined })), spendRows());
      const lines = [HEADERS.join(',')];
      for (const [date, ...rest] of spendRows()) lines.push([(date as Date).toISOString().slice(0, 10), ...rest].join(','));
      writeFileSync(csv, lines.join('\n') + '\n');
      const csvRun = await timed(() => runJob('import', { project: join(dir, 'csv.roi'), file: csv, kind: 'spend' }));
      resetPeakRss();
      const xlsxRun = await timed(() => runJob('import', { project: join(dir, 'xlsx.roi'), file: xlsx, kind: 'spend' }));
      if (xlsxRun.value.dataset.rowsImported !== csvRun.value.dataset.rowsImported) throw new Error('the workbook and the CSV imported different row counts');
      return {
        seconds: xlsxRun.seconds,
        referenceSeconds: csvRun.seconds,
        ratio: round(xlsxRun.seconds / csvRun.seconds, 2),
        rows: xlsxRun.value.dataset.rowsImported,
        xlsxMB: round(statSync(xlsx).size / 1048576, 1),
        reference: 'the same rows as a UTF-8 CSV, imported in the same run',
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
