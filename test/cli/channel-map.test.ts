/**
 * Channel names in paths meet spend like every other kind's (`google > meta` is Google
 * Ads then Meta), and the project's channel map decides what a name counts as: merge two
 * channels, or split a name out of the channel the importer merged it into.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelSpelling } from '../../src-shared/datasets.js';
import { datasetSpellings } from '../../src-main/store/channel-map.js';
import { openProject } from '../../src-main/store/project.js';
import { runJson, tempDir } from '../helpers/cli.js';

const dir = tempDir();

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const spend = write('spend.csv', 'date,channel,spend\n2025-01-05,Google Ads,100\n2025-01-06,Meta,50\n2025-01-07,淘宝,40\n');
const paths = write('paths.csv', 'path,conversions,value\ngoogle > meta,4,400\nmeta,2,100\ngoogle,1,50\n淘宝直通车 > google,1,80\n');

interface Row {
  channel: string;
  spend: number | null;
  value: number;
  roi: number | null;
}

function project(name: string): string {
  const p = join(dir, `${name}.roi`);
  runJson(['import', spend, '--project', p]);
  runJson(['import', paths, '--project', p]);
  return p;
}

const linear = (p: string): Map<string, Row> =>
  new Map(runJson<{ models: { linear: Row[] } }>(['attribution', '--project', p, '--models', 'linear']).models.linear.map((r) => [r.channel, r]));

describe('channel names inside paths', () => {
  it('are normalised like the other kinds, so paths meet the spend of their channels', () => {
    const rows = linear(project('normalised'));
    expect([...rows.keys()].sort()).toEqual(['Google Ads', 'Meta', 'Taobao']);
    // linear: google > meta gives 200 to each, 淘宝直通车 > google 40 to each
    expect(rows.get('Google Ads')).toMatchObject({ spend: 100, value: 200 + 50 + 40, roi: (290 - 100) / 100 });
    expect(rows.get('Meta')).toMatchObject({ spend: 50, value: 300 });
    expect(rows.get('Taobao')).toMatchObject({ spend: 40, value: 40 });
  });
});

describe('the channel map', () => {
  it('lists the importer aliases of path steps (raw → channel)', () => {
    const { channels } = runJson<{ channels: { name: string; importer: string; channel: string; rows: Record<string, number> }[] }>(['channels', '--project', project('listed')]);
    expect(channels.find((c) => c.name === '淘宝直通车')).toMatchObject({ importer: 'Taobao', channel: 'Taobao', rows: { paths: 1 } });
    expect(channels.find((c) => c.name === 'google')).toMatchObject({ importer: 'Google Ads', rows: { paths: 3 } });
    expect(channels.find((c) => c.name === 'Google Ads')).toMatchObject({ rows: { spend: 1 } });
  });

  it('merges channels: spend and credit add up under the channel chosen', () => {
    const p = project('merged');
    runJson(['channels', '--project', p, '--set', 'Meta=Google Ads']);
    const rows = linear(p);
    expect([...rows.keys()].sort()).toEqual(['Google Ads', 'Taobao']);
    expect(rows.get('Google Ads')).toMatchObject({ spend: 150, value: 590 });
  });

  it('splits an importer alias out (淘宝直通车 is not Taobao), and resets it', () => {
    const p = project('split');
    runJson(['channels', '--project', p, '--set', '淘宝直通车=淘宝直通车']);
    let rows = linear(p);
    expect(rows.get('淘宝直通车')).toMatchObject({ spend: null, value: 40 });
    // Taobao keeps its spend, now without the credit of 淘宝直通车's journeys.
    expect(rows.get('Taobao')).toMatchObject({ spend: 40, value: 0 });
    runJson(['channels', '--project', p, '--reset', '淘宝直通车']);
    rows = linear(p);
    expect(rows.get('Taobao')).toMatchObject({ spend: 40, value: 40 });
  });

  it('keeps a split-out name as written in files imported afterwards', () => {
    const p = project('split-then-import');
    runJson(['channels', '--project', p, '--set', '淘宝直通车=淘宝直通车']);
    runJson(['import', write('spend-ztc.csv', 'date,channel,spend\n2025-01-08,淘宝直通车,30\n2025-01-08,天猫,5\n'), '--project', p]);
    const rows = linear(p);
    expect(rows.get('淘宝直通车')).toMatchObject({ spend: 30, value: 40 });
    expect(rows.get('Taobao')).toMatchObject({ spend: 45 });
  });

  it('splits rows already stored: spend imported before the split moves with it, by the spelling its file used', () => {
    const p = project('split-stored');
    runJson(['import', write('spend-ztc-before.csv', 'date,channel,spend\n2025-01-09,淘宝直通车,30\n2025-01-09,天猫,5\n'), '--project', p]);
    // Before the split the importer counts both as Taobao: 40 + 30 + 5.
    expect(linear(p).get('Taobao')).toMatchObject({ spend: 75 });
    runJson(['channels', '--project', p, '--set', '淘宝直通车=淘宝直通车']);
    const rows = linear(p);
    expect(rows.get('淘宝直通车')).toMatchObject({ spend: 30, value: 40 });
    expect(rows.get('Taobao')).toMatchObject({ spend: 45 });
  });

  it('lists the aliases of stored spend rows with their row counts (raw → channel)', () => {
    const p = project('listed-spend');
    runJson(['import', write('spend-aliases.csv', 'date,channel,spend\n2025-01-09,淘宝直通车,30\n2025-01-10,淘宝直通车,30\n2025-01-09,ｔａｏｂａｏ,5\n'), '--project', p]);
    const { channels } = runJson<{ channels: { name: string; importer: string; rows: Record<string, number> }[] }>(['channels', '--project', p]);
    expect(channels.find((c) => c.name === '淘宝直通车')).toMatchObject({ importer: 'Taobao', rows: { spend: 2, paths: 1 } });
    // Full-width letters are folded before comparing: `ｔａｏｂａｏ` is listed as `taobao`.
    expect(channels.find((c) => c.name === 'taobao')).toMatchObject({ importer: 'Taobao', rows: { spend: 1 } });
  });

  it('records every spelling the importer respelled, over the whole file, in the quality report', () => {
    const p = join(dir, 'spellings.roi');
    const lines = Array.from({ length: 40 }, (_, i) => `2025-02-${String((i % 28) + 1).padStart(2, '0')},Google Ads,${i + 1}`);
    // Past the 20 rows the mapping step previews: only the import sees these.
    lines.push('2025-03-01,巨量引擎,7', '2025-03-02,巨量引擎,8', '2025-03-03,google,9');
    // 抖音 is Douyin's own Chinese name, not another spelling: not listed.
    lines.push('2025-03-04,抖音,3');
    const imported = runJson<{ dataset: { quality: { channelSpellings: { raw: string; channel: string; rows: number }[] } } }>([
      'import',
      write('spend-spellings.csv', `date,channel,spend\n${lines.join('\n')}\n`),
      '--project',
      p,
    ]);
    expect(imported.dataset.quality.channelSpellings).toEqual([
      { raw: '巨量引擎', channel: 'Douyin', rows: 2 },
      { raw: 'google', channel: 'Google Ads', rows: 1 },
    ]);
  });

  it('counts the spellings as it stores the rows: the same list the stored table gives, across batches and without dropped duplicates', () => {
    const p = join(dir, 'spellings-batches.roi');
    const spellings = ['巨量引擎', '巨量', 'google', 'GOOGLE ADS', '淘宝直通车', 'ｔａｏｂａｏ', '抖音', 'Douyin', 'wechat ads', '朋友圈广告'];
    const lines = Array.from({ length: 30_000 }, (_, i) => `2025-01-${String((i % 28) + 1).padStart(2, '0')},${spellings[(i * 7) % spellings.length]},${i}`);
    // Exact duplicates are dropped before they are stored: they must not count.
    lines.push(lines[3], lines[4], lines[5]);
    const imported = runJson<{ dataset: { id: number; rowsImported: number; quality: { channelSpellings: ChannelSpelling[] } } }>(['import', write('many-spellings.csv', `date,channel,spend\n${lines.join('\n')}\n`), '--project', p]);
    expect(imported.dataset.rowsImported).toBe(30_000);
    const db = openProject(p);
    try {
      expect(imported.dataset.quality.channelSpellings).toEqual(datasetSpellings(db, 'spend', imported.dataset.id));
    } finally {
      db.close();
    }
    expect(imported.dataset.quality.channelSpellings.find((s) => s.raw === '巨量引擎')).toEqual({ raw: '巨量引擎', channel: 'Douyin', rows: 3_000 });
  });

  it('splits touchpoints already stored, by the spelling their file used', () => {
    const p = join(dir, 'touchpoints-split.roi');
    const touches = write(
      'touchpoints.csv',
      'customer_id,timestamp,channel,event,value\nc1,2025-01-05 10:00,淘宝直通车,click,\nc1,2025-01-06 10:00,google,purchase,100\nc2,2025-01-05 11:00,淘宝,click,\nc2,2025-01-06 11:00,淘宝,purchase,60\n',
    );
    runJson(['import', touches, '--project', p]);
    const value = (): Record<string, number> =>
      Object.fromEntries(runJson<{ models: { linear: Row[] } }>(['attribution', '--project', p, '--models', 'linear']).models.linear.map((r) => [r.channel, r.value]));
    // A purchase event is the conversion, not a touch: each journey is its click.
    expect(value()).toEqual({ Taobao: 160 });
    runJson(['channels', '--project', p, '--set', '淘宝直通车=淘宝直通车']);
    expect(value()).toEqual({ 淘宝直通车: 100, Taobao: 60 });
  });
});

