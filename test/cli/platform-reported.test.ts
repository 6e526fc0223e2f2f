/**
 * Platform-reported conversions and revenue (issue 16, item 1): the spend exports' own
 * columns, as a basis of their own beside the attribution — per channel through the channel
 * map, in the attribution JSON, and on the dashboard when no attribution has run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src-main/analysis/dashboard.js';
import { openProject } from '../../src-main/store/project.js';
import { runJson, tempDir } from '../helpers/cli.js';

const dir = tempDir('roi-platform-');
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

interface Platform {
  channel: string;
  spend: number;
  conversions: number | null;
  revenue: number | null;
  roas: number | null;
}

// Two platform exports in their own words; 巨量引擎 is Douyin's ad platform. Baidu's export has no revenue column.
const douyin = write('巨量引擎.csv', '日期,渠道,消耗,转化数,成交金额\n2025-03-01,巨量引擎,200,5,900\n2025-03-02,抖音,100,3,300\n');
const baidu = write('baidu.csv', 'date,channel,spend,conversions\n2025-03-01,Baidu,50,2\n');
const orders = write('orders.csv', '订单号,客户,下单时间,金额,来源渠道\no1,c1,2025-03-01 10:00,120,抖音\no2,c2,2025-03-02 11:00,80,百度\n');

describe('what the ad platforms report', () => {
  const project = join(dir, 'shop.roi');
  runJson(['import', douyin, '--project', project]);
  runJson(['import', baidu, '--project', project]);

  it('is the dashboard’s channel ROI while no attribution has run, labelled as such', () => {
    const db = openProject(project);
    try {
      const d = buildDashboard(db, { from: '2025-03-01', to: '2025-03-31' });
      expect(d.channelRoi?.basis).toBe('platform');
      // Baidu reports no revenue: it has no reported return to chart.
      expect(d.channelRoi?.rows).toEqual([{ channel: 'Douyin', spend: 300, value: 1200, roas: 4, roi: 3 }]);
    } finally {
      db.close();
    }
  });

  it('sits beside the attribution in its JSON, summed per channel through the channel map', () => {
    runJson(['import', orders, '--project', project]);
    const r = runJson<{ source: string; conversions: number; platformReported: Platform[] | null }>(['attribution', '--project', project]);
    expect(r.source).toBe('orders');
    expect(r.platformReported).toEqual([
      { channel: 'Douyin', spend: 300, conversions: 8, revenue: 1200, roas: 4 },
      { channel: 'Baidu', spend: 50, conversions: 2, revenue: null, roas: null },
    ]);
    // The platforms claim 10 conversions; the orders record 2.
    expect(r.conversions).toBe(2);
    // In a period, only that period's rows.
    const first = runJson<{ platformReported: Platform[] }>(['attribution', '--project', project, '--to', '2025-03-01']);
    expect(first.platformReported.find((p) => p.channel === 'Douyin')).toEqual({ channel: 'Douyin', spend: 200, conversions: 5, revenue: 900, roas: 4.5 });
  });

  it('gives way on the dashboard to the attribution once it has run, named by its source', () => {
    const db = openProject(project);
    try {
      const d = buildDashboard(db, { from: '2025-03-01', to: '2025-03-31' });
      expect(d.channelRoi?.basis).toBe('orderSource');
    } finally {
      db.close();
    }
  });

  it('is null when the spend exports carry neither column', () => {
    const other = join(dir, 'plain.roi');
    runJson(['import', write('plain.csv', 'date,channel,spend\n2025-03-01,Baidu,50\n'), '--project', other]);
    runJson(['import', orders, '--project', other]);
    expect(runJson<{ platformReported: unknown }>(['attribution', '--project', other]).platformReported).toBeNull();
  });
});
