import { describe, expect, it } from 'vitest';
import type { DatasetSummary } from '@shared/datasets.js';
import { mmmSource } from './mmm-source.js';

describe('mmmSource', () => {
  // Robyn's demo sheet (../shared/refdata/mmm-robyn): date and KPI mapped, the rest read by name.
  const robyn = {
    kind: 'weekly',
    file: 'dt_simulated_weekly.csv',
    rowsImported: 208,
    mapping: { date: 'DATE', kpi: 'revenue' },
    quality: {
      headers: ['DATE', 'revenue', 'tv_S', 'ooh_S', 'print_S', 'facebook_I', 'search_clicks_P', 'search_S', 'competitor_sales_B', 'facebook_S', 'events', 'newsletter'],
      columns: [{ header: 'DATE', role: 'date', min: '2015-11-23', max: '2019-11-11' }],
    },
  } as unknown as DatasetSummary;

  it('names each spend column’s channel as the fit will (tv_S → TV, facebook_S → Meta), not by the header’s stem', () => {
    const source = mmmSource([robyn], {});
    expect(source?.kind).toBe('sheet');
    if (source?.kind !== 'sheet') return;
    const spend = source.columns.filter((c) => c.role === 'spend').map((c) => [c.header, c.channel]);
    expect(spend).toEqual([
      ['tv_S', 'TV'],
      ['ooh_S', 'OOH'],
      ['print_S', 'Print'],
      ['search_S', 'Search'],
      ['facebook_S', 'Meta'],
    ]);
    expect(source.columns.find((c) => c.header === 'facebook_I')).toMatchObject({ role: 'exposure', channel: 'Meta' });
    expect(source.columns.find((c) => c.header === 'events')).toMatchObject({ role: 'control' });
    expect(source.weeks).toBe(208);
  });
});
