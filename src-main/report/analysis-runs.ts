/**
 * The analyses a report reads: the latest saved run of each kind, or — when there is
 * none, or the data changed after it (an import, a deleted dataset: `isAnalysisCurrent`)
 * — a fresh run, saved in the project like any other so the app and the next report show
 * the same figures.
 *
 * Defaults of a fresh run: attribution and segments take their schema defaults
 * (src-shared/analyses.ts). LTV needs dates: the calibration ends on the day that leaves
 * the last quarter of the order history (first to last order day) as the holdout, and the
 * holdout ends on the last order day, so every report carries a check of the forecast
 * against purchases the model did not see (Fader, Hardie & Lee 2005, §4). The rule is the
 * wizard's too (`defaultLtvDates`, src-shared/analyses/ltv.ts).
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { attributionParamsSchema, basketParamsSchema, cohortsParamsSchema, funnelParamsSchema, ltvParamsSchema, mmmParamsSchema, segmentsParamsSchema, sentimentParamsSchema } from '@shared/analyses/params.js';
import { funnelStage } from '@shared/funnel-stages.js';
import type { ErrorInfo } from '@shared/errors.js';
import { toErrorInfo } from '../errors.js';
import { runAttribution } from '../analysis/attribution.js';
import { runCohorts, runLtv, runSegments } from '../analysis/customers.js';
import { runFunnel } from '../analysis/funnel.js';
import type { FunnelAnalysis } from '../analysis/funnel.js';
import type { AttributionAnalysis } from '../analysis/attribution.js';
import type { BasketAnalysis, CohortsAnalysis, LtvAnalysisResult, SegmentsAnalysis, SentimentAnalysis } from '../analysis/results.js';
import { runSentiment } from '../analysis/sentiment.js';
import { runBasket } from '../analysis/basket.js';
import { runMmm } from '../analysis/mmm.js';
import type { MmmAnalysis } from '../analysis/results.js';
import { hasData } from '../analysis/load.js';
import { latestAnalysis, saveAnalysis } from '../store/analyses.js';
import { upgradeResult } from '@shared/analyses/versions.js';
import type { AnalysisKind } from '@shared/analyses/index.js';
import { defaultLtvDates } from '@shared/analyses/ltv.js';
import { isAnalysisCurrent } from '../store/datasets.js';
import { eventCounts } from '../store/queries/touchpoints.js';
import { orderDayRange } from '../store/order-summary.js';

export interface AnalysisRun<T> {
  id: number;
  createdAt: string;
  params: Record<string, unknown>;
  result: T;
  /** True when this report ran it (no usable saved run). */
  ranNow: boolean;
}

export type RunOutcome<T> = { run: AnalysisRun<T> } | { missing: 'noJourneys' | 'noOrders' | 'noReviews' | 'noMmmData' | 'noFunnelSteps' | 'noTouchpoints' } | { failed: ErrorInfo };

function ensure<S extends z.ZodType, T>(
  db: Database,
  kind: AnalysisKind,
  schema: S,
  defaults: () => z.input<S>,
  run: (db: Database, params: z.output<S>) => T,
): RunOutcome<T> {
  const saved = latestAnalysis<Record<string, unknown>>(db, kind);
  // A run by an older version of the analysis is upgraded, or computed again like a stale one.
  const readable = saved && upgradeResult(kind, saved.version, saved.result);
  if (saved && readable?.ok && isAnalysisCurrent(db, saved)) {
    return { run: { id: saved.id, createdAt: saved.createdAt, params: saved.params as Record<string, unknown>, result: readable.result as T, ranNow: false } };
  }
  try {
    // A stale run is repeated with its own settings; they are the user's choice.
    const reused = saved ? schema.safeParse(saved.params) : undefined;
    const params = (reused?.success ? reused.data : schema.parse(defaults())) as z.output<S>;
    const result = run(db, params);
    // Through JSON, as a saved run reads back (Maps and typed arrays become plain values).
    const plain = JSON.parse(JSON.stringify(result)) as T;
    const id = saveAnalysis(db, kind, params, result);
    return { run: { id, createdAt: new Date().toISOString(), params: params as Record<string, unknown>, result: plain, ranNow: true } };
  } catch (e) {
    return { failed: toErrorInfo(e) };
  }
}

export function ensureAttribution(db: Database): RunOutcome<AttributionAnalysis> {
  if (!hasData(db, 'touchpoints') && !hasData(db, 'paths')) return { missing: 'noJourneys' };
  return ensure(db, 'attribution', attributionParamsSchema, () => ({}), runAttribution);
}

export function ensureSegments(db: Database): RunOutcome<SegmentsAnalysis> {
  if (!hasData(db, 'orders')) return { missing: 'noOrders' };
  return ensure(db, 'segments', segmentsParamsSchema, () => ({}), (d, p) => runSegments(d, p));
}

export function ensureLtv(db: Database): RunOutcome<LtvAnalysisResult> {
  if (!hasData(db, 'orders')) return { missing: 'noOrders' };
  return ensure(
    db,
    'ltv',
    ltvParamsSchema,
    () => {
      const span = orderDayRange(db)!;
      return defaultLtvDates(span.from, span.to);
    },
    (d, p) => runLtv(d, p),
  );
}

export function ensureBasket(db: Database): RunOutcome<BasketAnalysis> {
  if (!hasData(db, 'orders')) return { missing: 'noOrders' };
  return ensure(db, 'basket', basketParamsSchema, () => ({}), runBasket);
}

export function ensureMmm(db: Database): RunOutcome<MmmAnalysis> {
  if (!hasData(db, 'weekly') && !(hasData(db, 'spend') && hasData(db, 'orders'))) return { missing: 'noMmmData' };
  return ensure(db, 'mmm', mmmParamsSchema, () => ({}), (d, p) => runMmm(d, p));
}

export function ensureSentiment(db: Database): RunOutcome<SentimentAnalysis> {
  if (!hasData(db, 'reviews')) return { missing: 'noReviews' };
  return ensure(db, 'sentiment', sentimentParamsSchema, () => ({}), (d, p) => runSentiment(d, p));
}

/**
 * Funnel steps when the user never chose any: the event names of the touchpoints that the
 * funnel vocabulary places (曝光 → 点击 → 转化, impression → click → conversion), the most
 * common name of each stage, in stage order. Names it does not know are left out: their
 * place in a funnel is the user's call (the Models step asks).
 */
export function defaultFunnelSteps(db: Database): string[] {
  const events = eventCounts(db, 200);
  const byStage = new Map<number, string>();
  for (const { event } of events) {
    const stage = funnelStage(event);
    if (stage !== null && !byStage.has(stage)) byStage.set(stage, event);
  }
  return [...byStage].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

export function ensureFunnel(db: Database): RunOutcome<FunnelAnalysis> {
  if (!hasData(db, 'touchpoints')) return { missing: 'noTouchpoints' };
  const saved = latestAnalysis(db, 'funnel');
  // Without a run of the user's, the report needs steps the vocabulary can put in order.
  if (!saved && defaultFunnelSteps(db).length < 2) return { missing: 'noFunnelSteps' };
  return ensure(db, 'funnel', funnelParamsSchema, () => ({ steps: defaultFunnelSteps(db) }), runFunnel);
}

export function ensureCohorts(db: Database): RunOutcome<CohortsAnalysis> {
  if (!hasData(db, 'orders')) return { missing: 'noOrders' };
  return ensure(db, 'cohorts', cohortsParamsSchema, () => ({}), runCohorts);
}
