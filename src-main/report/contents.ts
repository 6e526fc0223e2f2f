/**
 * Everything a report says, gathered once from the project: datasets and their quality,
 * key figures, goals, and the latest attribution, segments and LTV analyses (missing ones
 * run with defaults, see analysis-runs.ts). Both formats (PDF via HTML, XLSX) render this
 * one model, so they always agree. Sections without data carry the reason they are empty.
 */
import { basename } from 'node:path';
import type { ReportBranding } from '@shared/report-branding.js';
import { getBranding } from '../store/report-branding.js';
import type { Database } from 'better-sqlite3';
import { REPORT_SECTIONS } from '@shared/api.js';
import type { ReportSection } from '@shared/api.js';
import type { DatasetSummary, StoredOverlap } from '@shared/datasets.js';
import type { Dashboard, Kpi } from '@shared/dashboard.js';
import type { ErrorInfo } from '@shared/errors.js';
import type { Goal } from '@shared/goals.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { MmmScenario } from '@shared/mmm-plan.js';
import { listDatasets } from '../store/datasets.js';
import { listScenarios } from '../store/mmm-scenarios.js';
import { storedOverlaps } from '../store/overlaps.js';
import type { AttributionAnalysis } from '../analysis/attribution.js';
import type { BasketAnalysis, CohortsAnalysis, FunnelAnalysis, LtvAnalysisResult, MmmAnalysis, SegmentsAnalysis, SentimentAnalysis } from '../analysis/results.js';
import { listGoals, measurePeriod } from '../analysis/goals.js';
import type { PeriodMeasures } from '../analysis/goals.js';
import { previousPeriod } from '@shared/periods.js';
import type { Period } from '@shared/periods.js';
import { dataRange, defaultPeriod, kpiTiles, monthlyTrends } from '../analysis/dashboard.js';
import { ensureAttribution, ensureBasket, ensureCohorts, ensureFunnel, ensureLtv, ensureMmm, ensureSegments, ensureSentiment } from './analysis-runs.js';
import type { AnalysisRun, RunOutcome } from './analysis-runs.js';

/** Why a section is empty: a catalogue key, or an analysis error to put into words. */
export type SkipReason = { key: MessageKey; params?: Record<string, string | number> } | { error: ErrorInfo };

export interface ReportContents {
  project: { name: string; file: string };
  /** The consultant's title, client and logo for the cover, as remembered for the project. */
  branding: ReportBranding;
  generatedAt: string;
  sections: ReportSection[];
  range: Period | null;
  /** The measures over the whole data period. */
  whole: PeriodMeasures | null;
  /** The last full month (dashboard default) against the month before. */
  recent: { period: Period; previous: Period; kpis: Kpi[] } | null;
  trends: Dashboard['trends'];
  datasets: DatasetSummary[];
  /** Rows more than one dataset holds: counted twice in every figure (data-quality appendix). */
  overlaps: StoredOverlap[];
  goals: Goal[];
  attribution: AnalysisRun<AttributionAnalysis> | null;
  funnel: AnalysisRun<FunnelAnalysis> | null;
  cohorts: AnalysisRun<CohortsAnalysis> | null;
  segments: AnalysisRun<SegmentsAnalysis> | null;
  ltv: AnalysisRun<LtvAnalysisResult> | null;
  basket: AnalysisRun<BasketAnalysis> | null;
  mmm: AnalysisRun<MmmAnalysis> | null;
  /** The plans kept in the Optimise step's what-if planner, each with the goal it serves (if any). */
  mmmScenarios: MmmScenario[];
  sentiment: AnalysisRun<SentimentAnalysis> | null;
  skipped: Partial<Record<ReportSection, SkipReason>>;
}

/** The sections asked for, in reading order (all when none are named). */
export function orderSections(asked?: readonly ReportSection[]): ReportSection[] {
  return asked && asked.length ? REPORT_SECTIONS.filter((s) => asked.includes(s)) : [...REPORT_SECTIONS];
}

function outcome<T>(o: RunOutcome<T>): { run: AnalysisRun<T> | null; reason?: SkipReason } {
  if ('run' in o) return { run: o.run };
  if ('missing' in o) return { run: null, reason: { key: `report.skip.${o.missing}` } };
  return { run: null, reason: { error: o.failed } };
}

export interface GatherOptions {
  sections?: readonly ReportSection[];
  onPhase?: (phase: string) => void;
  /** The cover's branding for this report (the CLI's flags); by default the project's own. */
  branding?: ReportBranding;
}

export function gatherReportContents(db: Database, file: string, options: GatherOptions = {}): ReportContents {
  const sections = orderSections(options.sections);
  const wants = (...s: ReportSection[]): boolean => s.some((x) => sections.includes(x));
  const skipped: ReportContents['skipped'] = {};
  const datasets = listDatasets(db);
  const range = dataRange(db);
  let recent: ReportContents['recent'] = null;
  if (range) {
    const period = defaultPeriod(range);
    const previous = previousPeriod(period);
    recent = { period, previous, kpis: kpiTiles(measurePeriod(db, period), measurePeriod(db, previous)) };
  }

  /** The analysis behind a section when any of `asks` is wanted, run now unless a current run is saved; why there is none goes under `section`. */
  const gather = <T>(asks: ReportSection[], phase: string, section: ReportSection, ensure: () => RunOutcome<T>): AnalysisRun<T> | null => {
    if (!wants(...asks)) return null;
    options.onPhase?.(phase);
    const o = outcome(ensure());
    if (o.reason) skipped[section] = o.reason;
    return o.run;
  };
  // The marketing-mix section sets its ROAS beside attribution's (triangulation), so it needs it too.
  const attribution = gather(['summary', 'channels', 'mmm'], 'attribution', 'channels', () => ensureAttribution(db));
  const funnel = gather(['funnel'], 'funnel', 'funnel', () => ensureFunnel(db));
  const segments = gather(['summary', 'segments'], 'segments', 'segments', () => ensureSegments(db));
  const ltv = gather(['summary', 'ltv'], 'ltv', 'ltv', () => ensureLtv(db));
  if (ltv && !ltv.result.bgnbd) skipped.ltv = { key: 'report.skip.noRepeat' };
  const cohorts = gather(['cohorts'], 'cohorts', 'cohorts', () => ensureCohorts(db));
  const basket = gather(['baskets'], 'basket', 'baskets', () => ensureBasket(db));
  if (basket && basket.result.verdict !== 'ok') skipped.baskets = { key: `report.skip.basket.${basket.result.verdict}` };
  // A refused fit is not skipped: the section says why, and what would help, in words.
  const mmm = gather(['mmm'], 'mmm', 'mmm', () => ensureMmm(db));
  const sentiment = gather(['reviews'], 'sentiment', 'reviews', () => ensureSentiment(db));
  const goals = listGoals(db);
  if (goals.length === 0) skipped.goals = { key: 'report.skip.noGoals' };
  if (datasets.length === 0) {
    skipped.summary = { key: 'report.skip.noData' };
    skipped.quality = { key: 'report.skip.noData' };
  }
  // Only the asked-for sections report a reason; the others are simply left out.
  for (const s of Object.keys(skipped) as ReportSection[]) if (!sections.includes(s)) delete skipped[s];

  return {
    project: { name: basename(file).replace(/\.roi$/i, ''), file },
    branding: options.branding ?? getBranding(db),
    generatedAt: new Date().toISOString(),
    sections,
    range,
    whole: range ? measurePeriod(db, range) : null,
    recent,
    trends: monthlyTrends(db),
    datasets,
    overlaps: storedOverlaps(db),
    goals,
    attribution,
    funnel,
    cohorts,
    segments,
    ltv,
    basket,
    mmm,
    mmmScenarios: wants('mmm') ? listScenarios(db) : [],
    sentiment,
    skipped,
  };
}
