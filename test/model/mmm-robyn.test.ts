import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitMmm } from '../../src-main/model/mmm/fit.js';
import type { MmmResult } from '../../src-main/model/mmm/fit.js';
import type { MmmData } from '../../src-main/model/mmm/types.js';

// Robyn's simulated weekly demo sheet (MIT, test/fixtures/mmm-robyn/LICENSE_Robyn.txt): no
// published deterministic answer exists, so this checks shape, sanity and repeatability.
function robynSheet(): MmmData {
  const lines = readFileSync(new URL('../fixtures/mmm-robyn/dt_simulated_weekly.csv', import.meta.url), 'utf8').trim().split('\n');
  const header = lines[0].split(',').map((h) => h.replaceAll('"', ''));
  const rows = lines.slice(1).map((line) => line.split(',').map((v) => v.replaceAll('"', '')));
  const column = (name: string) => rows.map((r) => r[header.indexOf(name)]);
  const numeric = (name: string) => column(name).map(Number);
  return {
    kpi: numeric('revenue'),
    channels: ['tv_S', 'ooh_S', 'print_S', 'facebook_S', 'search_S'].map((name) => ({ name, spend: numeric(name) })),
    controls: [
      { name: 'competitor_sales_B', values: numeric('competitor_sales_B') },
      { name: 'newsletter', values: numeric('newsletter') },
      { name: 'event1', values: column('events').map((e) => (e === 'event1' ? 1 : 0)) },
      { name: 'event2', values: column('events').map((e) => (e === 'event2' ? 1 : 0)) },
    ],
  };
}

describe("Robyn's demo sheet", () => {
  const data = robynSheet();
  const fit = (): MmmResult => {
    const outcome = fitMmm(data, { seed: 1, bootstrap: 50 });
    if (outcome.status !== 'fitted') throw new Error('refused');
    return outcome.result;
  };
  const result = fit();

  it('reads 208 weeks and fits them well', () => {
    expect(result.weeks).toBe(208);
    expect(result.fit.r2).toBeGreaterThan(0.8);
    expect(result.fit.mapeHoldout).toBeLessThan(0.25);
  });

  it('gives non-negative ROAS with intervals, most channels with an effect, and a sane decomposition', () => {
    for (const c of result.channels) {
      expect(c.roas).toBeGreaterThanOrEqual(0);
      expect(c.roasInterval.low).toBeLessThanOrEqual(c.roas + 1e-9);
      expect(c.roasInterval.high).toBeGreaterThanOrEqual(c.roas - 1e-9);
    }
    expect(result.channels.filter((c) => c.roas > 0).length).toBeGreaterThanOrEqual(3);
    const d = result.decomposition;
    const total = d.actual.reduce((a, b) => a + b, 0);
    const media = d.channels.flat().reduce((a, b) => a + b, 0);
    expect(media / total).toBeGreaterThan(0.02);
    expect(media / total).toBeLessThan(0.8);
    // The baseline plus controls carries the rest and stays positive on average.
    const rest = d.baseline.reduce((a, b) => a + b, 0) + d.controls.reduce((a, b) => a + b, 0);
    expect(rest).toBeGreaterThan(0);
    console.info('Robyn sheet', JSON.stringify({ fit: result.fit, stability: result.stability, verdict: result.gate.verdict, channels: result.channels.map((c) => [c.channel, +c.roas.toFixed(3), +c.roasInterval.low.toFixed(3), +c.roasInterval.high.toFixed(3), c.decay]) }));
  });

  it('is deterministic: the same bytes twice', () => {
    expect(JSON.stringify(fit())).toBe(JSON.stringify(result));
  });
});
