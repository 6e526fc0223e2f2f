/**
 * The charts of a report, drawn once from the model: inline SVG in the PDF and, rasterised
 * to PNG, the same pictures in the Excel report.
 */
import type { ReportSection } from '@shared/api.js';
import type { Formatter } from './format.js';
import type { ReportContents } from './contents.js';
import { barChart } from './charts/bar.js';
import { groupedBarChart } from './charts/grouped-bar.js';
import { heatGrid } from './charts/heat-grid.js';
import { lineChart } from './charts/line.js';
import type { Chart } from './charts/svg.js';
import { bilingual, channelLabel, modelLabel } from './labels.js';
import { adviceModel, modelsOf, roiRows } from './tables-channels.js';

export interface ReportChart extends Chart {
  id: string;
  title: string;
  section: ReportSection;
}

export type ChartId = 'trends' | 'roas' | 'triangulation' | 'budget' | 'segments' | 'rfmGrid' | 'byFrequency' | 'tracking' | 'mmmRoas' | 'mmmPlan';

export function reportCharts(m: ReportContents, f: Formatter): Partial<Record<ChartId, ReportChart>> {
  const charts: Partial<Record<ChartId, ReportChart>> = {};
  const add = (id: ChartId, section: ReportSection, title: string, chart: Chart): void => {
    charts[id] = { ...chart, id, title, section };
  };
  const months = m.trends.months;
  if (months.length > 0) {
    const title = f.t('report.chart.trends');
    add('trends', 'summary', title, lineChart({ title, x: months, series: [{ name: f.t('term.spend'), values: m.trends.spend }, { name: f.t('term.revenue'), values: m.trends.revenue }], format: f.money }));
  }
  const a = m.attribution?.result;
  if (a) {
    const model = adviceModel(a);
    const rows = roiRows(a, model).filter((r) => r.spend !== null);
    const title = f.t('report.chart.roas', { model: modelLabel(model, f) });
    if (rows.length) add('roas', 'channels', title, barChart({ title, labels: rows.map((r) => channelLabel(r.channel, f)), values: rows.map((r) => r.roas), format: f.ratio, reference: { value: 1, label: 'ROAS = 1' } }));
    const models = modelsOf(a);
    const comparison = f.t('report.channels.comparison');
    add(
      'triangulation',
      'channels',
      comparison,
      heatGrid({
        title: comparison,
        rows: a.triangulation.map((t) => `${t.flagged ? '⚠ ' : ''}${channelLabel(t.channel, f)}`),
        columns: models.map((x) => modelLabel(x, f)),
        values: a.triangulation.map((t) => models.map((x) => (t.shares as Record<string, number | undefined>)[x] ?? null)),
        format: (v) => f.number(v, 1),
      }),
    );
    if (a.advice && a.advice.rows.length) {
      const budget = f.t('report.chart.budget');
      // In the order of the advice table: biggest increase first.
      const advice = [...a.advice.rows].sort((x, y) => y.change - x.change);
      add(
        'budget',
        'channels',
        budget,
        groupedBarChart({
          title: budget,
          orientation: 'horizontal',
          categories: advice.map((r) => channelLabel(r.channel, f)),
          series: [
            { name: f.t('report.col.now'), values: advice.map((r) => r.currentSpend) },
            { name: f.t('report.col.advised'), values: advice.map((r) => r.recommendedSpend) },
          ],
          format: f.money,
        }),
      );
    }
  }
  const s = m.segments?.result;
  if (s) {
    const list = s.rfm.segments.filter((x) => x.customers > 0);
    const title = f.t('report.chart.segments');
    add(
      'segments',
      'segments',
      title,
      groupedBarChart({
        title,
        orientation: 'horizontal',
        labels: true,
        categories: list.map((x) => bilingual(x.label, f)),
        series: [
          { name: f.t('report.chart.customersShare'), values: list.map((x) => x.customerShare) },
          { name: f.t('report.chart.revenueShare'), values: list.map((x) => x.revenueShare) },
        ],
        format: (v) => f.percent(v, 0),
      }),
    );
    const grid = f.t('report.segments.grid');
    add(
      'rfmGrid',
      'segments',
      grid,
      heatGrid({
        title: grid,
        corner: 'FM \\ R',
        rows: ['FM 5', 'FM 4', 'FM 3', 'FM 2', 'FM 1'],
        columns: ['R 1', 'R 2', 'R 3', 'R 4', 'R 5'],
        values: [4, 3, 2, 1, 0].map((fm) => [0, 1, 2, 3, 4].map((r) => s.rfm.scoreGrid[r]?.[fm] ?? 0)),
        format: (v) => f.number(v),
        width: 480,
      }),
    );
  }
  const mmm = m.mmm?.result;
  if (mmm && mmm.status === 'fitted') {
    const roas = f.t('report.mmm.chartRoas');
    add('mmmRoas', 'mmm', roas, barChart({ title: roas, labels: mmm.channels.map((c) => channelLabel(c.channel, f)), values: mmm.channels.map((c) => c.roas), format: f.ratio, reference: { value: 1, label: 'ROAS = 1' } }));
    const plan = f.t('report.mmm.chartPlan');
    add(
      'mmmPlan',
      'mmm',
      plan,
      groupedBarChart({
        title: plan,
        orientation: 'horizontal',
        categories: mmm.channels.map((c) => channelLabel(c.channel, f)),
        series: [
          { name: f.t('ui.mmm.col.current'), values: mmm.optimiser.current },
          { name: f.t('ui.mmm.col.best'), values: mmm.optimiser.allocation },
        ],
        format: f.money,
      }),
    );
  }
  const l = m.ltv?.result;
  if (l?.holdout) {
    const title = f.t('report.ltv.byFrequency');
    const groups = l.holdout.byFrequency;
    add(
      'byFrequency',
      'ltv',
      title,
      groupedBarChart({
        title,
        categories: groups.map((g) => g.frequency),
        series: [
          { name: f.t('report.col.actual'), values: groups.map((g) => (g.customers > 0 ? g.actualMean : null)) },
          { name: f.t('report.col.predicted'), values: groups.map((g) => (g.customers > 0 ? g.predictedMean : null)) },
        ],
        format: (v) => f.number(v, 1),
      }),
    );
    const tracking = f.t('report.ltv.tracking');
    const points = l.holdout.tracking;
    add(
      'tracking',
      'ltv',
      tracking,
      lineChart({
        title: tracking,
        x: points.map((p) => p.weekEnd.slice(5)),
        series: [
          { name: f.t('report.col.actual'), values: points.map((p) => p.actualCumulative) },
          { name: f.t('report.col.predicted'), values: points.map((p) => p.expectedCumulative), dashed: true },
        ],
        format: (v) => f.number(v),
        marker: { at: points.findIndex((p) => p.weekEnd > l.calibrationEnd), label: f.t('report.ltv.holdoutStarts') },
      }),
    );
  }
  return charts;
}
