/**
 * The rejected rows a user downloads from the quality report are headed and explained in
 * the language of the UI they downloaded them from (issue 14, finding 7), with the row
 * and the cells as the file had them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import/pipeline.js';
import { testServices } from '../../test/helpers/services.js';

const { dir, call } = testServices('roi-rejected-csv-');

describe('the rejected-rows CSV', () => {
  it('speaks the language it was asked in', async () => {
    const file = join(dir, 'spend.csv');
    writeFileSync(file, 'date,channel,spend\n2025-01-05,Douyin,100\n2025-01-06,WeChat,lots\n');
    const project = join(dir, 'workspace', 'p.roi');
    const { dataset } = await importFile({ file, project });
    const zh = await call('dataset.rejectedCsv', { project, datasetId: dataset.id, lang: 'zh-CN' });
    const en = await call('dataset.rejectedCsv', { project, datasetId: dataset.id, lang: 'en' });
    // A BOM first, so Excel opens the Chinese as UTF-8.
    expect(zh.csv.split(/\r?\n/).slice(0, 2)).toEqual(['\uFEFF行号,问题,date,channel,spend', '3,spend: “lots”不是数字,2025-01-06,WeChat,lots']);
    expect(en.csv.split(/\r?\n/)[0]).toBe('\uFEFFRow,Problem,date,channel,spend');
    expect(en.csv).toContain('spend: ');
    expect(en.csv).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
