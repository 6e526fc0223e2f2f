/** The customer tables of a report: RFM segments, k-means clusters, LTV model, holdout check, customers at risk. */
import type { LtvAnalysisResult, SegmentsAnalysis } from '../analysis/results.js';
import type { Formatter } from './format.js';
import { bilingual } from './labels.js';
import type { ReportTable } from './table.js';
import { typed } from './table.js';

type Segment = SegmentsAnalysis['rfm']['segments'][number] | SegmentsAnalysis['rfm']['segmentsZh'][number];

function segmentTable(id: string, title: string, list: readonly Segment[], f: Formatter): ReportTable {
  return {
    id,
    title,
    columns: [
      { label: f.t('report.col.segment'), kind: 'text' },
      { label: f.t('report.col.customers'), kind: 'int' },
      { label: f.t('report.col.customerShare'), kind: 'percent' },
      { label: f.t('report.col.revenue'), kind: 'money' },
      { label: f.t('report.col.revenueShare'), kind: 'percent' },
      { label: f.t('report.col.action'), kind: 'text' },
    ],
    rows: list.filter((s) => s.customers > 0).map((s) => [bilingual(s.label, f), s.customers, s.customerShare, s.revenue, s.revenueShare, bilingual(s.actionText, f)]),
  };
}

export function rfmSegmentsTable(s: SegmentsAnalysis, f: Formatter): ReportTable {
  return segmentTable('segments', f.t('report.segments.rfmTable'), s.rfm.segments, f);
}

export function zhSegmentsTable(s: SegmentsAnalysis, f: Formatter): ReportTable {
  return segmentTable('segmentsZh', f.t('report.segments.zhTable'), s.rfm.segmentsZh, f);
}

export function clustersTable(s: SegmentsAnalysis, f: Formatter): ReportTable {
  return {
    id: 'clusters',
    title: f.t('report.segments.clusters', { k: s.kmeans.k, silhouette: f.number(s.kmeans.silhouette, 2) }),
    columns: [
      { label: f.t('report.col.cluster'), kind: 'text' },
      { label: f.t('report.col.customers'), kind: 'int' },
      { label: f.t('report.col.customerShare'), kind: 'percent' },
      { label: f.t('report.col.recency'), kind: 'number' },
      { label: f.t('report.col.frequency'), kind: 'number' },
      { label: f.t('report.col.monetary'), kind: 'money' },
      { label: f.t('report.col.revenueShare'), kind: 'percent' },
    ],
    rows: s.kmeans.clusters.map((c) => [bilingual(c.label, f), c.size, c.customerShare, c.recency, c.frequency, c.monetary, c.revenueShare]),
  };
}

/** Fitted parameters and totals: one parameter per row. */
export function ltvParamsTable(l: LtvAnalysisResult, f: Formatter): ReportTable {
  const rows: ReportTable['rows'] = [];
  const add = (label: string, value: number | null | undefined, kind: 'number' | 'money' | 'int' | 'percent' = 'number'): void => {
    rows.push([label, typed(value ?? null, kind)]);
  };
  if (l.bgnbd) {
    // Parameter letters are the papers' (Fader, Hardie & Lee 2005); the rest in the glossary's words.
    const bg = f.t('term.bgnbd');
    add(`${bg} r`, l.bgnbd.r);
    add(`${bg} α`, l.bgnbd.alpha);
    add(`${bg} a`, l.bgnbd.a);
    add(`${bg} b`, l.bgnbd.b);
    add(`${bg} · ${f.t('term.logLikelihood')}`, l.bgnbd.logLikelihood);
  }
  if (l.gammaGamma) {
    const gg = f.t('term.gammaGamma');
    add(`${gg} p`, l.gammaGamma.p);
    add(`${gg} q`, l.gammaGamma.q);
    add(`${gg} γ`, l.gammaGamma.gamma);
  }
  add(f.t('report.col.customers'), l.customers, 'int');
  add(f.t('report.col.repeatCustomers'), l.repeatCustomers, 'int');
  add(f.t('report.ltv.totalValue'), l.totals.clv, 'money');
  add(f.t('report.ltv.meanValue'), l.totals.meanClv, 'money');
  return { id: 'ltvParams', title: f.t('report.ltv.params'), columns: [{ label: f.t('report.col.parameter'), kind: 'text' }, { label: f.t('report.col.figure'), kind: 'number' }], rows };
}

/** The holdout scorecard (FHL 2005 §4): totals, MAE, RMSE, correlation. */
export function scorecardTable(l: LtvAnalysisResult, f: Formatter): ReportTable | null {
  const h = l.holdout;
  if (!h) return null;
  return {
    id: 'scorecard',
    title: f.t('report.ltv.scorecard', { from: f.date(l.calibrationEnd), to: f.date(l.holdoutEnd), weeks: f.number(h.holdoutWeeks, 1) }),
    columns: [{ label: f.t('report.col.parameter'), kind: 'text' }, { label: f.t('report.col.figure'), kind: 'number' }],
    rows: [
      [f.t('report.ltv.actualTotal'), typed(h.actualTotal, 'int')],
      [f.t('report.ltv.predictedTotal'), typed(h.predictedTotal, 'number')],
      [f.t('report.ltv.mae'), typed(h.mae, 'number')],
      [f.t('report.ltv.rmse'), typed(h.rmse, 'number')],
      [f.t('report.ltv.correlation'), typed(h.correlation, 'number')],
    ],
  };
}

export function byFrequencyTable(l: LtvAnalysisResult, f: Formatter): ReportTable | null {
  if (!l.holdout) return null;
  return {
    id: 'byFrequency',
    title: f.t('report.ltv.byFrequency'),
    columns: [
      { label: f.t('report.col.group'), kind: 'text' },
      { label: f.t('report.col.customers'), kind: 'int' },
      { label: f.t('report.col.actual'), kind: 'number' },
      { label: f.t('report.col.predicted'), kind: 'number' },
    ],
    rows: l.holdout.byFrequency.map((g) => [g.frequency, g.customers, g.customers > 0 ? g.actualMean : null, g.customers > 0 ? g.predictedMean : null]),
  };
}

/** Customers at risk, by value at stake; `limit` rows (all kept ones when omitted). */
export function atRiskTable(l: LtvAnalysisResult, f: Formatter, limit?: number): ReportTable {
  const list = limit === undefined ? l.highValueAtRisk : l.highValueAtRisk.slice(0, limit);
  return {
    id: 'atRisk',
    title: f.t('report.ltv.atRisk', { count: f.number(l.highValueAtRiskCount) }),
    columns: [
      { label: f.t('report.col.customerId'), kind: 'text' },
      { label: f.t('report.col.repeatPurchases'), kind: 'int' },
      { label: f.t('term.aov'), kind: 'money' },
      { label: f.t('term.pAlive'), kind: 'percent' },
      { label: f.t('report.col.clv'), kind: 'money' },
      { label: f.t('report.col.clvIfAlive'), kind: 'money' },
    ],
    rows: list.map((v) => [v.customerId, v.x, v.monetary, v.pAliveAtDataEnd ?? v.pAlive, v.clv, v.clvIfAlive]),
    note:
      list.length < l.highValueAtRisk.length
        ? f.t('report.ltv.atRiskMore', { shown: f.number(list.length), listed: f.number(l.highValueAtRisk.length) })
        : list.length < l.highValueAtRiskCount
          ? f.t('report.ltv.atRiskKept', { listed: f.number(list.length), count: f.number(l.highValueAtRiskCount) })
          : undefined,
  };
}
