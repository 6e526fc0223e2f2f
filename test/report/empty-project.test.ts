/** A project without data still gets a report that says, section by section, why it is empty. */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../src-main/store/project.js';
import { previewReport, writeReportFile } from '../../src-main/report/build.js';
import { tempDir } from '../helpers/cli.js';

describe('report of an empty project', () => {
  it('previews and exports with every section explained', async () => {
    const dir = tempDir('roi-empty-');
    const project = join(dir, 'empty.roi');
    openProject(project, { create: true }).close();
    const { html, skipped } = previewReport({ project, lang: 'en' });
    expect(Object.fromEntries(skipped.map((s) => [s.section, s.reason]))).toEqual({
      summary: 'no data has been imported yet.',
      goals: 'no goals have been set for this project yet.',
      channels: 'no touchpoints or conversion paths imported, so there is nothing to attribute.',
      funnel: 'no touchpoints imported, so there are no steps to follow customers through.',
      segments: 'no orders imported.',
      ltv: 'no orders imported.',
      cohorts: 'no orders imported.',
      baskets: 'no orders imported.',
      mmm: 'no weekly sheet and no ad spend with orders to model.',
      reviews: 'no reviews imported.',
      quality: 'no data has been imported yet.',
    });
    expect(html).toContain('No orders imported.');
    expect(html).toContain('Methods and assumptions');
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    // No chart to draw: the workbook is written without starting a browser.
    const file = await writeReportFile({ project, lang: 'zh-CN', format: 'xlsx', outFile: join(dir, 'empty.xlsx') });
    expect(file.skipped).toHaveLength(11);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.file);
    // Only the summary and the glossary of the basic measures: no section has data.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['摘要', '术语表']);
    const texts: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('尚未导入任何数据。');
  });
});
