/**
 * An ad platform's own export has no channel column — every row is that platform's (Google
 * Ads campaign report, Meta Ads Manager, 巨量引擎): it imports with the platform told by its
 * headers as the channel of every row, a file the headers do not tell takes one given
 * with `--map channel==Name`, the next month's export remembers it, and a replace keeps
 * to that channel's days (a Google export repeats none of Meta's).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { testServices } from '../helpers/services.js';

const dir = tempDir();
const { call } = testServices('roi-platform-');
const pad = (n: number) => String(n).padStart(2, '0');

function googleAds(name: string, month: number, first: number, last: number): string {
  let text = 'Day,Campaign,Currency code,Cost,Impr.,Clicks,Conversions,Conv. value\n';
  for (let d = first; d <= last; d++) text += `2025-${pad(month)}-${pad(d)},Brand - Exact,CNY,${100 + d},${2000 + d},${50 + d},2,${300 + d}\n`;
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

function metaAds(name: string, month: number, first: number, last: number): string {
  let text = 'Day,Campaign name,Amount spent (CNY),Impressions,Link clicks,Reporting starts,Reporting ends\n';
  for (let d = first; d <= last; d++) text += `2025-${pad(month)}-${pad(d)},Retargeting,${80 + d},${3000 + d},${40 + d},2025-${pad(month)}-${pad(d)},2025-${pad(month)}-${pad(d)}\n`;
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

function spendByChannel(project: string): Record<string, { rows: number; spend: number }> {
  const db = new Database(project, { readonly: true });
  try {
    const rows = db.prepare('SELECT channel, count(*) AS rows, total(spend) AS spend FROM spend GROUP BY channel').all() as { channel: string; rows: number; spend: number }[];
    return Object.fromEntries(rows.map((r) => [r.channel, { rows: r.rows, spend: r.spend }]));
  } finally {
    db.close();
  }
}

interface Imported {
  datasets: { file: string; mapping: Record<string, string> }[];
}

describe('a platform’s own export, without a channel column', () => {
  it('imports with the platform its headers tell as every row’s channel', () => {
    const project = join(dir, 'told.roi');
    const out = runJson<Imported>(['import', googleAds('google-feb.csv', 2, 1, 28), metaAds('meta-feb.csv', 2, 1, 28), '--project', project]);
    expect(out.datasets.map((d) => d.mapping.channel)).toEqual(['=Google Ads', '=Meta']);
    expect(spendByChannel(project)).toEqual({ 'Google Ads': { rows: 28, spend: 28 * 100 + 406 }, Meta: { rows: 28, spend: 28 * 80 + 406 } });
  });

  it('takes the channel given for a file its headers do not tell, and refuses an unknown column', () => {
    const project = join(dir, 'given.roi');
    const file = join(dir, 'agency-weibo.csv');
    writeFileSync(file, 'date,spend\n2025-03-01,10\n2025-03-02,20\n');
    const refused = runCli(['import', file, '--project', project, '--as', 'spend']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('channel');
    runJson(['import', file, '--project', project, '--as', 'spend', '--map', 'channel==微博']);
    expect(Object.keys(spendByChannel(project))).toEqual(['Weibo']);
    const unknown = runCli(['import', file, '--project', join(dir, 'unknown.roi'), '--as', 'spend', '--map', 'channel=Platform']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('Platform');
  });

  it('remembers it for the next export, and a replace keeps to that channel’s days', async () => {
    const project = join(dir, 'next.roi');
    runJson(['import', googleAds('google-feb.csv', 2, 1, 28), metaAds('meta-feb.csv', 2, 1, 28), '--project', project]);
    // March's Google export repeats 20–28 February: only Google's rows of those days are replaced, Meta's stay.
    const march = googleAds('google-mar.csv', 2, 20, 28);
    const preview = await call('import.preview', { file: march, project });
    expect(preview.remembered?.file).toBe('google-feb.csv');
    expect(preview.mapping.channel).toBe('=Google Ads');
    const span = await call('import.span', { file: march, kind: 'spend', mapping: preview.mapping, project });
    expect(span.stored.map((s) => s.file)).toEqual(['google-feb.csv']);
    runJson(['import', march, '--project', project, '--overlap', 'replace']);
    expect(spendByChannel(project)).toEqual({ 'Google Ads': { rows: 28, spend: 28 * 100 + 406 }, Meta: { rows: 28, spend: 28 * 80 + 406 } });
  });
});
