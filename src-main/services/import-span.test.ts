/**
 * The period a new file covers, told before the mapping (issue 16, item 3): read whole
 * with the import's own typing (here day-first dates and a rejected row), compared with
 * the rows each stored dataset holds now — after an earlier "replace" took some — and
 * nothing written. Needs the built parse worker (`npm test` builds first).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import/pipeline.js';
import { testServices } from '../../test/helpers/services.js';

const { dir, call } = testServices('roi-span-');
const project = join(dir, 'p.roi');

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** One spend row a day from `first` to `last` of March 2025, dates written day-first. */
function march(first: number, last: number, extra = ''): string {
  let text = 'Tag,Kanal,Kosten\n';
  for (let d = first; d <= last; d++) text += `${String(d).padStart(2, '0')}/03/2025,Douyin,${d}\n`;
  return text + extra;
}

describe('import.span', () => {
  it('tells the days a file covers and the stored rows of those days, writing nothing', async () => {
    const mapping = { date: 'Tag', channel: 'Kanal', spend: 'Kosten' };
    await importFile({ project, file: write('first-half.csv', march(1, 15)), kind: 'spend', mapping });

    // 31/03/2025 tells the column is day-first; the row with no date is rejected, not counted.
    const whole = write('whole.csv', march(1, 31, ',Douyin,5\n'));
    const span = await call('import.span', { file: whole, kind: 'spend', mapping, project });
    expect(span).toMatchObject({ rows: 31, from: '2025-03-01', to: '2025-03-31' });
    expect(span.stored).toEqual([{ datasetId: 1, file: 'first-half.csv', rows: 15, from: '2025-03-01', to: '2025-03-15' }]);
    const info = await call('project.open', { file: project });
    expect(info.datasets).toHaveLength(1);

    // After "replace", the first file holds none of the later days: said from the rows it has now.
    await importFile({ project, file: write('second-week.csv', march(8, 14)), kind: 'spend', mapping, overlap: 'replace' });
    const again = await call('import.span', { file: whole, kind: 'spend', mapping, project });
    expect(again.stored).toEqual([
      { datasetId: 1, file: 'first-half.csv', rows: 8, from: '2025-03-01', to: '2025-03-15' },
      { datasetId: 2, file: 'second-week.csv', rows: 7, from: '2025-03-08', to: '2025-03-14' },
    ]);

    const later = await call('import.span', { file: write('april.csv', 'Tag,Kanal,Kosten\n01/04/2025,Douyin,1\n30/04/2025,Douyin,1\n'), kind: 'spend', mapping, project });
    expect(later).toMatchObject({ rows: 2, from: '2025-04-01', to: '2025-04-30', stored: [] });
  });

  it('compares a spend file with the stored days of its own channels only', async () => {
    const mapping = { date: 'Tag', channel: 'Kanal', spend: 'Kosten' };
    const both = join(dir, 'both.roi');
    await importFile({ project: both, file: write('two-channels.csv', march(1, 10) + march(1, 10).split('\n').slice(1).join('\n').replaceAll('Douyin', 'WeChat')), kind: 'spend', mapping });
    const wechatOnly = write('wechat.csv', march(5, 20).replaceAll('Douyin', 'WeChat'));
    const span = await call('import.span', { file: wechatOnly, kind: 'spend', mapping, project: both });
    // Days 5–10 of WeChat are stored; Douyin's days are not what this file would replace.
    expect(span.stored).toEqual([{ datasetId: 1, file: 'two-channels.csv', rows: 6, from: '2025-03-05', to: '2025-03-10' }]);
  });

  it('has no period for customers', async () => {
    const span = await call('import.span', { file: write('c.csv', 'customer_id,region\nc1,north\nc2,south\n'), kind: 'customers', mapping: { customer_id: 'customer_id' }, project });
    expect(span).toEqual({ rows: 2, from: null, to: null, stored: [] });
  });
});
