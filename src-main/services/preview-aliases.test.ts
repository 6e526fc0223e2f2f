/**
 * The mapping step's alias list says what the file's channel names will count as in the
 * project it goes into: the importer's spelling, then the project's channel map.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import/pipeline.js';
import { testServices } from '../../test/helpers/services.js';

const { dir, call } = testServices('roi-preview-aliases-');

describe('the preview’s channel aliases', () => {
  it('follow the project’s channel map', async () => {
    const first = join(dir, 'spend-1.csv');
    writeFileSync(first, 'date,channel,spend\n2025-01-05,淘宝直通车,100\n2025-01-05,Meta,50\n');
    const next = join(dir, 'spend-2.csv');
    writeFileSync(next, 'date,channel,spend\n2025-02-05,淘宝直通车,100\n2025-02-05,meta,50\n');
    const project = join(dir, 'workspace', 'p.roi');
    await importFile({ file: first, project });
    const aliases = async () => (await call('import.preview', { file: next, project })).channelAliases.channel;
    expect(await aliases()).toEqual([
      ['淘宝直通车', 'Taobao'],
      ['meta', 'Meta'],
    ]);
    await call('channels.set', { project, name: '淘宝直通车', channel: '淘宝直通车' });
    await call('channels.set', { project, name: 'Meta', channel: 'Google Ads' });
    // Split out: counts as itself, nothing to point out. Merged: meta now counts as Google Ads.
    expect(await aliases()).toEqual([['meta', 'Google Ads']]);
    // Without a project, the importer's word alone.
    expect((await call('import.preview', { file: next })).channelAliases.channel).toHaveLength(2);
  });
});
