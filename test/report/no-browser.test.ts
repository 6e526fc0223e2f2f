/** Without Chromium or Chrome: a clear error for the PDF, an Excel report without pictures. */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors.js';
import { describeError } from '@shared/i18n/describe-error.js';
import { findBrowser, launchChromiumPrinter } from '../../src-main/report/chromium-printer.js';
import { writeReportFile } from '../../src-main/report/build.js';
import { buildSmallProjects } from './small-project.js';

let project: string;
beforeAll(() => {
  project = buildSmallProjects().full;
});

const missing = async (): Promise<never> => {
  throw new AppError('error.noChromium', { tried: 'chromium, google-chrome' });
};

describe('no browser', () => {
  it('is found from $CHROME_PATH, the usual places or $PATH, else reported in words', async () => {
    expect(findBrowser({ PATH: '' }, []).path).toBeNull();
    expect(findBrowser({ PATH: '', CHROME_PATH: '/no/such/chrome' }, []).path).toBeNull();
    if (existsSync('/usr/bin/chromium')) expect(findBrowser({ CHROME_PATH: '/usr/bin/chromium', PATH: '' }, []).path).toBe('/usr/bin/chromium');
    const error = await launchChromiumPrinter({ PATH: '' }, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('error.noChromium');
    expect(describeError('en', (error as AppError).toInfo())).toMatch(/Install one \(Debian\/Ubuntu: apt-get install chromium/);
    expect(describeError('zh-CN', (error as AppError).toInfo())).toMatch(/CHROME_PATH/);
  });

  it('fails the PDF cleanly and writes the Excel report without its charts', async () => {
    const dir = dirname(project);
    const pdf = join(dir, 'r.pdf');
    await expect(writeReportFile({ project, lang: 'en', format: 'pdf', outFile: pdf }, { launchPrinter: missing })).rejects.toMatchObject({ code: 'error.noChromium' });
    expect(readdirSync(dir).filter((f) => f.startsWith('r.pdf'))).toEqual([]);
    const file = await writeReportFile({ project, lang: 'en', format: 'xlsx', outFile: join(dir, 'r.xlsx') }, { launchPrinter: missing });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.file);
    expect(wb.worksheets.every((w) => w.getImages().length === 0)).toBe(true);
    const texts: string[] = [];
    wb.getWorksheet('Summary')!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('Charts are left out: no Chromium or Chrome was found to draw them.');
  });
});
