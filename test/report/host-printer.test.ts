/**
 * A report job prints with the host's printer when the host lends one (the Electron
 * window's Chromium), across the worker boundary. Here the "host printer" is the system
 * Chromium, wrapped to count what the worker asked of it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src-main/jobs/run-job.js';
import { launchChromiumPrinter } from '../../src-main/report/chromium-printer.js';
import type { PdfPrinter } from '../../src-main/report/pdf.js';
import { runJson, tempDir } from '../helpers/cli.js';

const dir = tempDir();
const project = join(dir, 'p.roi');
writeFileSync(join(dir, 'spend.csv'), ['date,channel,spend', ...Array.from({ length: 60 }, (_, i) => `2025-0${1 + Math.floor(i / 30)}-${String(1 + (i % 28)).padStart(2, '0')},${i % 2 ? 'Douyin' : 'WeChat'},${100 + i}`)].join('\n'));
runJson(['import', join(dir, 'spend.csv'), '--project', project]);

const real = await launchChromiumPrinter();
const calls = { print: 0, rasterise: 0 };
const hostPrinter: PdfPrinter = {
  print: (html, options) => (calls.print++, real.print(html, options)),
  rasterise: (svg, w, h) => (calls.rasterise++, real.rasterise(svg, w, h)),
  close: async () => {},
};
afterAll(() => real.close());

describe('report jobs and the host printer', () => {
  it('print the PDF with the printer the host lends', async () => {
    const outFile = join(dir, 'r.pdf');
    const file = await runJob('report', { project, lang: 'en', format: 'pdf', outFile }, { printer: hostPrinter });
    expect(calls.print).toBe(1);
    expect(file.bytes).toBeGreaterThan(10_000);
    expect(readFileSync(outFile).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rasterise the Excel report’s charts with it too', async () => {
    const before = calls.rasterise;
    const outFile = join(dir, 'r.xlsx');
    await runJob('report', { project, lang: 'zh-CN', format: 'xlsx', outFile }, { printer: hostPrinter });
    expect(calls.rasterise).toBeGreaterThan(before);
    expect(readFileSync(outFile).subarray(0, 2).toString()).toBe('PK');
  });

  it('carry the host printer’s failure back as the job’s error', async () => {
    const failing: PdfPrinter = { print: () => Promise.reject(new Error('printer on fire')), rasterise: () => Promise.reject(new Error('no')), close: async () => {} };
    await expect(runJob('report', { project, lang: 'en', format: 'pdf', outFile: join(dir, 'x.pdf') }, { printer: failing })).rejects.toMatchObject({
      code: 'error.unexpected',
      params: { detail: expect.stringContaining('printer on fire') },
    });
  });
});
