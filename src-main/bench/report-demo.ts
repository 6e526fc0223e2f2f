/**
 * The `report-demo` benchmark (issue 6): both reports of the demo project, as the app
 * makes them — a PDF, then an Excel workbook, each a `report` job in a worker. The first
 * runs the missing analyses (attribution, segments, LTV) like a consultant's first export;
 * the second reuses them. Reference measured in the same run: Chromium launched, printing a
 * blank page and closed — the floor of any report printed by a browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../jobs/run-job.js';
import { round, timed } from './measure.js';
import { launchChromiumPrinter } from '../report/chromium-printer.js';

export const reportDemoBenchmark = {
  name: 'report-demo',
  target: 'PDF + XLSX report of the demo project (analyses included): seconds <= 10',
  async run(): Promise<Record<string, unknown>> {
    const dir = mkdtempSync(join(tmpdir(), 'roi-bench-'));
    try {
      const project = join(dir, 'demo.roi');
      await runJob('demo', { project });
      const reference = await timed(async () => {
        const printer = await launchChromiumPrinter();
        await printer.print('<!DOCTYPE html><html><body></body></html>');
        await printer.close();
      });
      const pdf = await timed(() => runJob('report', { project, lang: 'zh-CN', format: 'pdf', outFile: join(dir, 'report.pdf') }));
      const xlsx = await timed(() => runJob('report', { project, lang: 'zh-CN', format: 'xlsx', outFile: join(dir, 'report.xlsx') }));
      const seconds = round(pdf.seconds + xlsx.seconds);
      return {
        seconds,
        pdfSeconds: pdf.seconds,
        xlsxSeconds: xlsx.seconds,
        pdfKB: Math.round(pdf.value.bytes / 1024),
        xlsxKB: Math.round(xlsx.value.bytes / 1024),
        referenceSeconds: reference.seconds,
        ratio: round(seconds / reference.seconds, 2),
        reference: 'Chromium launch + blank page printed to PDF + close (playwright-core)',
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
