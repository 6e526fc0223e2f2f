import { describe, expect, it } from 'vitest';
import { makeFormatter, escapeHtml } from '../../src-main/report/format.js';
import { niceTicks, textWidth, fitText } from '../../src-main/report/charts/svg.js';
import { barChart } from '../../src-main/report/charts/bar.js';
import { groupedBarChart } from '../../src-main/report/charts/grouped-bar.js';
import { lineChart } from '../../src-main/report/charts/line.js';
import { heatGrid } from '../../src-main/report/charts/heat-grid.js';

describe('report number formats', () => {
  it('writes yuan, percentages and ratios per language, a dash for what is undefined', () => {
    const en = makeFormatter('en');
    const zh = makeFormatter('zh-CN');
    expect(en.money(1234567.4)).toBe('¥1,234,567');
    expect(en.money(-42.5)).toBe('-¥42.50');
    expect(en.money(0)).toBe('¥0');
    expect(en.percent(0.1234)).toBe('12.3%');
    expect(en.ratio(3.394625)).toBe('3.39');
    for (const bad of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(en.money(bad)).toBe('—');
      expect(zh.percent(bad)).toBe('—');
    }
    expect(en.number(-0.0001, 2)).toBe('0.00');
    expect(zh.date('2025-09-30T12:00:00')).toBe('2025年9月30日');
    expect(en.date('2025-09-30')).toBe('30 Sept 2025');
    expect(zh.list(['抖音', '微信', '淘宝'])).toBe('抖音、微信、淘宝');
    expect(en.list(['Baidu', 'Meta', 'Google Ads'])).toBe('Baidu, Meta, and Google Ads');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('chart helpers', () => {
  it('chooses round ticks (1, 2, 5 × 10^k) covering the data', () => {
    expect(niceTicks(0, 6.02, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0, 291387, 5)).toEqual([0, 100000, 200000, 300000]);
    // raw step 5.6 / 5 = 1.12 → 2
    expect(niceTicks(-0.6, 5, 5)).toEqual([-2, 0, 2, 4, 6]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });

  it('estimates text width (CJK square) and cuts text to fit', () => {
    expect(textWidth('抖音', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(11.2, 6);
    expect(fitText('Potential Loyalists', 11, 50)).toMatch(/…$/);
    expect(fitText('Meta', 11, 50)).toBe('Meta');
  });

  it('draws vector charts with escaped labels and no undefined numbers', () => {
    const charts = [
      barChart({ title: 'ROAS', labels: ['<b>', 'Meta', 'Organic'], values: [3.4, -0.5, null], format: (x) => x.toFixed(2), reference: { value: 1, label: 'ROAS = 1' } }),
      groupedBarChart({ title: 'g', categories: ['0', '1'], series: [{ name: 'a', values: [1, 2] }, { name: 'b', values: [null, 3] }], format: String }),
      groupedBarChart({ title: 'h', orientation: 'horizontal', labels: true, categories: ['x'], series: [{ name: 'a', values: [0.2] }], format: String }),
      lineChart({ title: 'l', x: ['2025-01', '2025-02', '2025-03'], series: [{ name: 's', values: [1, null, 3] }], format: String, marker: { at: 1, label: 'holdout' } }),
      heatGrid({ title: 'm', rows: ['r1', 'r2'], columns: ['c1'], values: [[1], [null]], format: String }),
    ];
    for (const c of charts) {
      expect(c.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(c.svg).not.toMatch(/NaN|Infinity|undefined/);
      expect(c.svg).toContain(`viewBox="0 0 ${c.width} ${c.height}"`);
    }
    expect(charts[0].svg).toContain('&lt;b&gt;');
    expect(charts[0].svg).not.toContain('<b>');
    // three rows: two bars (one negative, in red) and a dash for the missing value
    expect(charts[0].svg.match(/rx="2"/g)).toHaveLength(2);
    expect(charts[0].svg).toContain('#c0392b');
    expect(charts[0].svg).toContain('>—</text>');
  });
});
