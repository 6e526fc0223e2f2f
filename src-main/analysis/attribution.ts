/**
 * The attribution analysis of a project (issue 4): journeys from its touchpoints (or an
 * aggregated paths export), all requested models side by side, ROI against the spend of
 * the same period, triangulation, diagnostics and budget-shift advice.
 */
import { assess, checkNeed } from '../model/reliability.js';
import type { Database } from 'better-sqlite3';
import { platformReportedByChannel } from '../store/queries/spend.js';
import { AppError } from '@shared/errors.js';
import { ANALYSES, needsParam } from '@shared/analyses/index.js';
import type { AttributionParams } from '@shared/analyses/index.js';
import type { AttributionAnalysis } from '@shared/analyses/attribution.result.js';
import {
  adviseBudgetShift,
  attributeAll,
  buildJourneyColumns,
  filterJourneyColumns,
  journeyMoment,
  channelRoi,
  compileJourneys,
  journeysFromPaths,
  pathLengthDistribution,
  timeToConversion,
  topPaths,
  triangulate,
} from '../model/attribution/index.js';
import type { AttributionModel, AttributionNotice, Journey, JourneyColumns } from '../model/attribution/index.js';
import { hasData, hasOrderChannels, isoToMs, loadNewCustomersBySource, loadOrderSourceJourneys, loadPaths, pathStepChannels, loadSpendByChannel } from './load.js';
import { loadAttributionInputs } from './attribution-inputs.js';
import { mapToObject } from './map-to-object.js';
import { valueConversionsFromOrders } from './conversion-values.js';

const DAY = 86_400_000;

/** The journeys of the source asked for; `auto` takes the first there is, in autoJourneySource's order (src-shared). */
function journeysOf(db: Database, params: AttributionParams) {
  const asked = (source: 'touchpoints' | 'paths' | 'orders'): boolean => params.source === 'auto' || params.source === source;
  const touchpoints = asked('touchpoints') && hasData(db, 'touchpoints');
  if (touchpoints) {
    const { touches, orders } = loadAttributionInputs(db);
    const valued = valueConversionsFromOrders(touches, orders);
    // Columns, not objects: a 10M-row log makes millions of journeys (issue 13 item 4).
    const build = buildJourneyColumns(valued.rows, { lookbackDays: params.lookbackDays, orders, conversionIsTouch: params.conversionIsTouch });
    const summary = { ...build.summary, conversionValuesFromOrders: valued.matched, conversionsWithoutValue: valued.unmatched };
    return { source: 'touchpoints' as const, journeys: columnsInPeriod(build.journeys, params), summary, problems: [] };
  }
  if (asked('paths') && hasData(db, 'paths')) {
    const { rows, sheetRows } = loadPaths(db);
    const parsed = journeysFromPaths(rows, pathStepChannels(db));
    // The engine counts rows from 0 in its input; the user knows them by spreadsheet row.
    const problems = parsed.problems.map((p) => ({ ...p, row: sheetRows[p.row] ?? p.row }));
    return { source: 'paths' as const, journeys: parsed.journeys, summary: undefined, problems, separator: parsed.separator };
  }
  if (asked('orders') && hasData(db, 'orders') && hasOrderChannels(db)) {
    const { journeys, withoutChannel } = loadOrderSourceJourneys(db);
    return { source: 'orders' as const, journeys: inPeriod(journeys, params), summary: undefined, problems: [], ordersWithoutChannel: withoutChannel };
  }
  throw new AppError('error.needsData', { kinds: needsParam(ANALYSES.attribution.needs) });
}

function newCustomersBySource(db: Database, params: AttributionParams, spend: Map<string, number>) {
  const counts = loadNewCustomersBySource(db, params);
  const channels = [...new Set([...counts.keys(), ...spend.keys()])];
  return channels
    .map((channel) => {
      const newCustomers = counts.get(channel) ?? 0;
      const spent = spend.get(channel) ?? null;
      return { channel, newCustomers, spend: spent, cac: spent !== null && newCustomers > 0 ? spent / newCustomers : null };
    })
    .sort((a, b) => b.newCustomers - a.newCustomers || a.channel.localeCompare(b.channel));
}

/** The period's bounds in epoch ms (the last day included), or null for no period. */
function periodMs({ from, to }: AttributionParams): { lo: number; hi: number } | null {
  if (!from && !to) return null;
  return { lo: from ? isoToMs(from) : -Infinity, hi: to ? isoToMs(to) + DAY - 1 : Infinity };
}

/** A journey belongs to the period of its conversion (or of its last touch when it did not convert). */
function inPeriod(journeys: Journey[], params: AttributionParams): Journey[] {
  const period = periodMs(params);
  if (!period) return journeys;
  return journeys.filter((j) => {
    const at = j.conversionTime ?? j.times?.[j.times.length - 1];
    return at === undefined || (at >= period.lo && at <= period.hi);
  });
}

/** The same rule for a touchpoint log's journeys (every one has touch times). */
function columnsInPeriod(journeys: JourneyColumns, params: AttributionParams): JourneyColumns {
  const period = periodMs(params);
  if (!period) return journeys;
  return filterJourneyColumns(journeys, (j) => {
    const at = journeyMoment(journeys, j);
    return at >= period.lo && at <= period.hi;
  });
}

export function runAttribution(db: Database, params: AttributionParams): AttributionAnalysis {
  const of = journeysOf(db, params);
  const { source, journeys, summary, problems } = of;
  const table = compileJourneys(journeys);
  // An order names one channel: every rule gives it the whole credit, and the data-driven
  // models, which learn from journeys that did not convert, have none to learn from.
  const oneTouch = source === 'orders';
  const dataDriven = new Set<AttributionModel>(['markov', 'shapley']);
  const results = attributeAll(table, {
    models: oneTouch ? params.models.filter((m) => !dataDriven.has(m)) : params.models,
    halfLifeDays: params.halfLifeDays,
    positionWeights: params.positionWeights,
    shapley: { seed: params.seed },
  });
  const spend = loadSpendByChannel(db, params);
  const models: Partial<Record<AttributionModel, ReturnType<typeof channelRoi>['rows']>> = {};
  let coverage: { onlyInJourneys: string[]; onlyInSpend: string[] } = { onlyInJourneys: [], onlyInSpend: [] };
  for (const [model, credits] of Object.entries(results.credits) as [AttributionModel, NonNullable<(typeof results.credits)[AttributionModel]>][]) {
    const roi = channelRoi(credits, spend);
    models[model] = roi.rows;
    coverage = { onlyInJourneys: roi.onlyInJourneys, onlyInSpend: roi.onlyInSpend };
  }
  // The advice follows the chosen model, else Markov, else whichever model ran.
  const adviceModel = ([params.adviceModel, 'markov', ...Object.keys(models)] as AttributionModel[]).find((m) => models[m]);
  const adviceRows = adviceModel && models[adviceModel];
  return {
    source,
    /** Orders source: orders without a channel, left out of the credit (the user is told how many). */
    ordersWithoutChannel: 'ordersWithoutChannel' in of ? of.ordersWithoutChannel : null,
    /**
     * Orders source: per channel, the new customers whose first order came from it and the
     * cost of each (spend ÷ new customers) — the acquisition view of "source of the order".
     */
    newCustomersBySource: source === 'orders' ? newCustomersBySource(db, params, spend) : null,
    period: { from: params.from ?? null, to: params.to ?? null },
    /**
     * Conversions and revenue as the ad platforms report them in the spend exports: a basis
     * of its own beside the attribution (null when the exports carry neither column).
     */
    platformReported: platformReportedByChannel(db, params),
    journeys: results.journeys,
    conversions: results.conversions,
    value: results.value,
    channels: results.channels,
    /**
     * Data-driven models need journeys and conversions to tell channels apart (README,
     * "How much data each analysis needs"); per channel, fewer than `minConversions`
     * marks it uncertain in the advice.
     */
    reliability: assess([checkNeed('journeys', results.journeys, 100, 1), checkNeed('conversions', results.conversions, 100, 1)]),
    models,
    markov: results.markov && {
      conversionProbability: results.markov.conversionProbability,
      removalEffects: mapToObject(results.markov.removalEffects),
      transitions: results.markov.transitions,
    },
    shapley: results.shapley && {
      method: results.shapley.method,
      players: results.shapley.players,
      samples: results.shapley.samples ?? null,
      intervals: results.shapley.intervals ? mapToObject(results.shapley.intervals) : null,
    },
    unavailable: [
      ...results.unavailable,
      ...(oneTouch ? params.models.filter((m) => dataDriven.has(m)).map((model): AttributionNotice => ({ model, code: 'one-touch-orders', params: {} })) : []),
    ],
    notices: results.notices,
    triangulation: triangulate(results.credits),
    coverage,
    diagnostics: {
      topPaths: topPaths(table, 10),
      pathLengths: pathLengthDistribution(table),
      timeToConversion: timeToConversion(journeys),
      journeySummary: summary ?? null,
      pathProblems: problems,
    },
    advice: adviceRows
      ? { model: adviceModel, ...adviseBudgetShift(adviceRows, { maxChangeShare: params.maxChangeShare, minConversions: params.minConversions, breakEvenRoas: params.breakEvenRoas }) }
      : null,
  };
}

export type { AttributionAnalysis };
