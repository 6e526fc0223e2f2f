/**
 * Re-importing the same source (issue 16, item 2) through the services as the wizard
 * calls them: the mapping confirmed for last month's export is filled in for this month's
 * (same headers, any order) and said so; headers that changed are mapped afresh; the same
 * file again and the stored data of its kind are told before the mapping; the user can
 * name the encoding. Needs the built parse worker (`npm test` builds first).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import/pipeline.js';
import { testServices } from '../../test/helpers/services.js';

const { dir, services, call } = testServices('roi-reimport-');
const project = join(dir, 'p.roi');

function write(name: string, text: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('the same source again', () => {
  it('fills in the remembered mapping, tells the same file and the stored period before mapping', async () => {
    // The user mapped spend to the net column, not the gross one auto-mapping would take.
    const march = write('march.csv', 'day,source,cost,net cost\n2025-03-01,Douyin,300,280\n2025-03-31,WeChat,100,90\n');
    await importFile({ project, file: march, kind: 'spend', mapping: { date: 'day', channel: 'source', spend: 'net cost' } });
    const fresh = await call('import.preview', { file: write('fresh.csv', 'day,source,cost,net cost\n2025-04-01,Douyin,50,45\n'), project: join(dir, 'other.roi') });
    expect(fresh.remembered).toBeNull();
    expect(fresh.mapping.spend).not.toBe('net cost');

    const april = await call('import.preview', { file: write('april.csv', 'net cost,day,source,cost\n45,2025-04-01,Douyin,50\n'), project });
    expect(april.remembered).toMatchObject({ file: 'march.csv' });
    expect(april.kind).toBe('spend');
    expect(april.mapping).toMatchObject({ date: 'day', channel: 'source', spend: 'net cost' });
    expect(april.alreadyImported).toBeNull();
    expect(april.sameKind).toEqual([expect.objectContaining({ file: 'march.csv', from: '2025-03-01', to: '2025-03-31' })]);

    // A changed export (a column added) is not the same source: mapped afresh.
    const changed = await call('import.preview', { file: write('may.csv', 'day,source,cost,net cost,clicks\n2025-05-01,Douyin,50,45,3\n'), project });
    expect(changed.remembered).toBeNull();

    // The very file again: said before the mapping step.
    const again = await call('import.preview', { file: march, project });
    expect(again.alreadyImported).toMatchObject({ file: 'march.csv' });
    expect(again.sameKind).toEqual([]);
  });

  it('reads a text file in the encoding the user names', async () => {
    const gbk = write('gbk.csv', iconv.encode('日期,渠道,花费\n2025-03-01,抖音,300\n', 'gb18030'));
    const detected = await call('import.preview', { file: gbk });
    expect(detected.encoding).toBe('GB18030');
    expect(detected.headers).toEqual(['日期', '渠道', '花费']);
    // A wrong choice is told, not imported as garbage.
    const wrong = await services.call('import.preview', { file: gbk, encoding: 'UTF-16LE' });
    expect(wrong.ok || wrong.error.code).toBe('error.undecodable');
    // A short GBK file that is also valid UTF-8 (each character two bytes UTF-8 accepts):
    // detection reads it as UTF-8, garbled; named GB18030, it reads right.
    const ambiguous = write('ambiguous.csv', iconv.encode('专业,位,伞\n之乍,亩,乒\n', 'gbk'));
    const guessed = await call('import.preview', { file: ambiguous });
    expect(guessed.encoding).toMatch(/^UTF-8/);
    expect(guessed.headers).not.toEqual(['专业', '位', '伞']);
    const named = await call('import.preview', { file: ambiguous, encoding: 'GB18030' });
    expect(named.encoding).toBe('GB18030');
    expect(named.headers).toEqual(['专业', '位', '伞']);
    expect(named.rows).toEqual([['之乍', '亩', '乒']]);
    // The import reads it the same way, and records the encoding it used.
    const into = join(dir, 'encoding.roi');
    const { jobId } = await call('import.start', { project: into, file: ambiguous, kind: 'customers', encoding: 'GB18030', mapping: { customer_id: '专业' } });
    await new Promise<void>((resolve) => {
      const off = services.onJobEvent((e) => e.jobId === jobId && e.type !== 'progress' && (off(), resolve()));
    });
    const stored = await call('project.open', { file: into });
    expect(stored.datasets.map((d) => d.encoding)).toEqual(['GB18030']);
    const rows = await call('dataset.rows', { project: into, datasetId: stored.datasets[0].id });
    expect(rows.rows[0][rows.columns.indexOf('customer_id')]).toBe('之乍');
  });
});
