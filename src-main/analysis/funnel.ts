/** The funnel analysis of a project: ordered steps over its touchpoint events (issue 4 §6). */
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { needsParam } from '@shared/analyses/index.js';
import type { FunnelParams } from '@shared/analyses/index.js';
import type { FunnelAnalysis } from '@shared/analyses/funnel.result.js';
import { computeFunnel } from '../model/attribution/index.js';
import { assess, checkNeed } from '../model/reliability.js';
import { hasData, loadFunnelEvents } from './load.js';

/**
 * A step's conversion rate from fewer than ~100 entrants moves by ±10 points or more
 * with a handful of customers (a 95 % interval on 50 % from 100 is 40–60 %).
 */
const ENTRANTS_THIN_BELOW = 100;

export function runFunnel(db: Database, params: FunnelParams): FunnelAnalysis {
  if (!hasData(db, 'touchpoints')) throw new AppError('error.needsData', { kinds: needsParam(['touchpoints']) });
  const events = loadFunnelEvents(db, params);
  const result = computeFunnel(
    events,
    params.steps.map((s) => s.trim().toLowerCase()),
    { windowDays: params.windowDays },
  );
  // Report the steps as the user wrote them.
  const named = <T extends { step: string }>(rows: readonly T[]): T[] => rows.map((r, i) => ({ ...r, step: params.steps[i] }));
  // Step names are numbered in order of first appearance.
  const knownSteps = events.stepNames.slice(0, 50);
  return {
    windowDays: params.windowDays,
    steps: named(result.steps),
    byFirstChannel: result.byFirstChannel.map((c) => ({ channel: c.channel, steps: named(c.steps) })),
    customers: result.customers,
    invalidEvents: result.invalidEvents,
    knownSteps,
    reliability: assess([checkNeed('funnelEntrants', result.steps[0]?.users ?? 0, ENTRANTS_THIN_BELOW, 1)]),
  };
}

export type { FunnelAnalysis };
