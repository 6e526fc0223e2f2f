/**
 * "Update this dataset with a new export" (issue 16, item 2) through the services as the
 * wizard calls them: the new file takes the dataset's kind and mapping even where its
 * headers moved or grew (a remembered mapping by signature would not apply), a column that
 * is gone is mapped afresh rather than wrongly, the overlap is told before anything is
 * written, and the import replaces the period or adds only the new rows as chosen.
 * Needs the built parse worker (`npm test` builds first).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import/pipeline.js';
import { testServices } from '../../test/helpers/services.js';

const { dir, services, call } = testServices('roi-update-');

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Days `first`…`last` of a month, one Google row a day; `columns` picks and orders the columns. */
function days(month: string, first: number, last: number, columns: string[]): string {
  const cell: Record<string, (d: number) => string> = { Day: (d) => `2025-${month}-${String(d).padStart(2, '0')}`, Channel: () => 'Google', Cost: (d) => String(d * 10), 'Cost (net)': (d) => String(d * 9), Clicks: (d) => String(d) };
  let text = `${columns.join(',')}\n`;
  for (let d = first; d <= last; d++) text += `${columns.map((c) => cell[c](d)).join(',')}\n`;
  return text;
}

const FEB = ['Day', 'Channel', 'Cost', 'Cost (net)'];
const MAR = ['Channel', 'Day', 'Cost (net)', 'Cost', 'Clicks'];
const march = write('google-mar.csv', days('02', 15, 28, MAR) + days('03', 1, 15, MAR).split('\n').slice(1).join('\n'));

async function projectWithFebruary(name: string): Promise<string> {
  const project = join(dir, name);
  await importFile({ project, file: write('google-feb.csv', days('02', 1, 28, FEB)), kind: 'spend', mapping: { date: 'Day', channel: 'Channel', spend: 'Cost (net)' } });
  return project;
}

describe('update a dataset with a new export', () => {
  it('applies the dataset’s mapping to the new file, tells the overlap, then replaces that period', async () => {
    const project = await projectWithFebruary('replace.roi');
    // Its headers moved and grew: not the same signature, so nothing is remembered by itself.
    expect((await call('import.preview', { file: march, project })).remembered).toBeNull();
    const preview = await call('import.preview', { file: march, project, like: 1 });
    expect(preview.kind).toBe('spend');
    expect(preview.mapping).toMatchObject({ date: 'Day', channel: 'Channel', spend: 'Cost (net)' });
    expect(preview.remembered).toMatchObject({ datasetId: 1, file: 'google-feb.csv' });

    const span = await call('import.span', { file: march, kind: 'spend', mapping: preview.mapping, project });
    expect(span).toMatchObject({ rows: 29, from: '2025-02-15', to: '2025-03-15' });
    expect(span.stored).toEqual([{ datasetId: 1, file: 'google-feb.csv', rows: 14, from: '2025-02-15', to: '2025-02-28' }]);

    await importFile({ project, file: march, kind: 'spend', mapping: preview.mapping, overlap: 'replace' });
    const { datasets } = await call('project.open', { file: project });
    expect(datasets.map((d) => [d.file, d.rowsImported])).toEqual([
      ['google-feb.csv', 14],
      ['google-mar.csv', 29],
    ]);
  });

  it('removes a dataset the replace leaves without a row, in the same import, and says so in its outcome', async () => {
    const project = await projectWithFebruary('emptied.roi');
    // A later export of all of February and the first half of March: every February row is replaced.
    const febToMar = write('google-feb-mar.csv', days('02', 1, 28, MAR) + days('03', 1, 15, MAR).split('\n').slice(1).join('\n'));
    const preview = await call('import.preview', { file: febToMar, project, like: 1 });
    await importFile({ project, file: febToMar, kind: 'spend', mapping: preview.mapping, overlap: 'replace' });
    const { datasets } = await call('project.open', { file: project });
    expect(datasets.map((d) => [d.file, d.rowsImported])).toEqual([['google-feb-mar.csv', 43]]);
    expect(datasets[0].quality.overlap).toMatchObject({ policy: 'replace', removed: 28, emptied: [{ id: 1, file: 'google-feb.csv' }] });
    // Each day once: February and March 1–15 at their net cost.
    expect((await call('overview.spend', { project })).total).toBe(9 * ((28 * 29) / 2 + (15 * 16) / 2));
    // Nothing of it is left behind: no rows, issues or rejected rows of dataset 1.
    expect((await call('dataset.rows', { project, datasetId: datasets[0].id, limit: 1 })).total).toBe(43);
    const gone = await services.call('dataset.rows', { project, datasetId: 1, limit: 1 });
    expect(gone.ok).toBe(false);
  });

  it('adds only the new rows when asked', async () => {
    const project = await projectWithFebruary('new-only.roi');
    const preview = await call('import.preview', { file: march, project, like: 1 });
    await importFile({ project, file: march, kind: 'spend', mapping: preview.mapping, overlap: 'new-only' });
    const { datasets } = await call('project.open', { file: project });
    expect(datasets.map((d) => [d.file, d.rowsImported])).toEqual([
      ['google-feb.csv', 28],
      ['google-mar.csv', 15],
    ]);
  });

  it('maps a column that is gone afresh instead of applying it wrongly', async () => {
    const project = await projectWithFebruary('changed.roi');
    const noNet = write('google-apr.csv', days('04', 1, 3, ['Day', 'Channel', 'Cost']));
    const preview = await call('import.preview', { file: noNet, project, like: 1 });
    expect(preview.mapping).toMatchObject({ date: 'Day', channel: 'Channel', spend: 'Cost' });
    const missing = await call('import.preview', { file: write('no-day.csv', 'Channel,Cost (net)\nGoogle,5\n'), project, like: 1 });
    expect(missing.missing).toContain('date');
  });
});
