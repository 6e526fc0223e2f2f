/**
 * Ordered-step funnel with a conversion window, the definition of ClickHouse's
 * `windowFunnel` and Mixpanel/GA4 closed funnels: a customer reaches step k when events for
 * steps 1..k occur in that order (equal times count as in order) and step k happens within
 * `windowDays` of the step-1 event that starts the chain. Split by first-touch channel: the
 * channel of the customer's earliest event that has one.
 */
import { Dictionary } from '@shared/dictionary.js';
import { DAY_MS } from './units.js';
import type { FunnelStepResult } from '@shared/analyses/funnel.result.js';

export type { FunnelStepResult };

export interface FunnelEvent {
  readonly customerId: string;
  readonly time: number;
  readonly step: string;
  readonly channel?: string;
}

/**
 * Events as columns with dictionary-coded texts: how the store hands over a large log. Event
 * i is customer `customerIds[customer[i]]` at `time[i]` doing `stepNames[step[i]]` on
 * channel `channels[channel[i]]` (−1: none). Customer entries are distinct texts.
 */
export interface FunnelColumns {
  readonly customerIds: readonly string[];
  readonly customer: Int32Array;
  readonly time: Float64Array;
  readonly stepNames: readonly string[];
  readonly step: Int32Array;
  readonly channels: readonly string[];
  readonly channel: Int32Array;
}

export type FunnelInput = readonly FunnelEvent[] | FunnelColumns;

/** Event objects as columns (the same values, so both inputs give the same funnel). */
export function toFunnelColumns(input: FunnelInput): FunnelColumns {
  if (!Array.isArray(input)) return input as FunnelColumns;
  const events = input as readonly FunnelEvent[];
  const customers = new Dictionary();
  const steps = new Dictionary();
  const channels = new Dictionary();
  const customer = new Int32Array(events.length);
  const time = new Float64Array(events.length);
  const step = new Int32Array(events.length);
  const channel = new Int32Array(events.length);
  events.forEach((event, i) => {
    customer[i] = customers.code(event.customerId);
    time[i] = event.time;
    step[i] = steps.code(event.step);
    channel[i] = event.channel ? channels.code(event.channel) : -1;
  });
  return { customerIds: customers.entries, customer, time, stepNames: steps.entries, step, channels: channels.entries, channel };
}

export interface FunnelOptions {
  readonly windowDays?: number;
}

export const DEFAULT_FUNNEL_WINDOW_DAYS = 30;
/** Segment name for customers none of whose events has a channel. */
export const NO_CHANNEL = '(none)';

export interface FunnelResult {
  readonly steps: FunnelStepResult[];
  readonly byFirstChannel: { channel: string; steps: FunnelStepResult[] }[];
  /** Customers with at least one event of any listed step. */
  readonly customers: number;
  /** Events left out because their time is not a number. */
  readonly invalidEvents: number;
}

/**
 * Deepest step (0-based; −1 = none) reached by one customer's hits, `hits[from..to)`, sorted
 * by time then position: hit h is at `time[hit[h]]` for step `position[h]`.
 */
function deepestStep(hits: Int32Array, position: Int32Array, time: Float64Array, from: number, to: number, stepCount: number, windowMs: number): number {
  // latestStart[k]: the latest step-1 time of any in-order chain that has reached step k;
  // the latest start leaves the most room in the window for the steps still to come.
  const latestStart = new Float64Array(stepCount).fill(-Infinity);
  let deepest = -1;
  for (let h = from; h < to; h++) {
    const at = time[hits[h]];
    const k = position[h];
    if (k === 0) {
      latestStart[0] = at;
    } else if (latestStart[k - 1] > -Infinity && at - latestStart[k - 1] <= windowMs) {
      latestStart[k] = Math.max(latestStart[k], latestStart[k - 1]);
    } else {
      continue;
    }
    if (k > deepest) deepest = k;
  }
  return deepest;
}

function summarise(steps: readonly string[], reached: readonly number[]): FunnelStepResult[] {
  return steps.map((step, k) => {
    const users = reached[k];
    const previous = k === 0 ? null : reached[k - 1];
    return {
      step,
      users,
      stepConversion: previous === null || previous === 0 ? null : users / previous,
      overallConversion: reached[0] === 0 ? null : users / reached[0],
      dropOff: previous === null ? 0 : previous - users,
    };
  });
}

export function computeFunnel(input: FunnelInput, steps: readonly string[], options: FunnelOptions = {}): FunnelResult {
  if (steps.length === 0) throw new RangeError('a funnel needs at least one step');
  const windowDays = options.windowDays ?? DEFAULT_FUNNEL_WINDOW_DAYS;
  if (!(windowDays > 0)) throw new RangeError(`funnel window must be a positive number of days, got ${windowDays}`);
  const windowMs = windowDays * DAY_MS;
  const events = toFunnelColumns(input);
  // A step name listed twice needs two events; positions are tried last-first so one event
  // never fills two steps.
  const positions = new Map<string, number[]>();
  steps.forEach((step, k) => positions.set(step, [k, ...(positions.get(step) ?? [])]));
  const positionsOfStep = events.stepNames.map((name) => positions.get(name) ?? []);

  // Per customer entry: its first channel (by time) and its hits — one per (event, position).
  const customers = events.customerIds.length;
  const firstChannel = new Int32Array(customers).fill(-1);
  const firstChannelTime = new Float64Array(customers).fill(Infinity);
  const hitCount = new Int32Array(customers + 1);
  let invalidEvents = 0;
  let hitTotal = 0;
  const rows = events.customer.length;
  for (let i = 0; i < rows; i++) {
    const at = events.time[i];
    if (!Number.isFinite(at)) {
      invalidEvents++;
      continue;
    }
    const c = events.customer[i];
    const ch = events.channel[i];
    if (ch >= 0 && events.channels[ch] !== '' && at < firstChannelTime[c]) {
      firstChannel[c] = ch;
      firstChannelTime[c] = at;
    }
    const n = positionsOfStep[events.step[i]].length;
    hitCount[c + 1] += n;
    hitTotal += n;
  }
  // Hits grouped by customer (counting sort): the event each comes from and its position.
  const start = hitCount;
  for (let c = 0; c < customers; c++) start[c + 1] += start[c];
  const fill = start.slice(0, customers);
  const hitEvent = new Int32Array(hitTotal);
  const hitPosition = new Int32Array(hitTotal);
  const hitOrder = new Int32Array(hitTotal);
  for (let i = 0; i < rows; i++) {
    if (!Number.isFinite(events.time[i])) continue;
    const eventPositions = positionsOfStep[events.step[i]];
    if (eventPositions.length === 0) continue;
    const order = eventPositions[eventPositions.length - 1];
    const c = events.customer[i];
    for (const position of eventPositions) {
      const h = fill[c]++;
      hitEvent[h] = i;
      hitPosition[h] = position;
      hitOrder[h] = order;
    }
  }

  const reached = new Array<number>(steps.length).fill(0);
  const reachedByChannel = new Map<string, number[]>();
  let customersWithHits = 0;
  const sortedEvent = new Int32Array(hitTotal);
  const sortedPosition = new Int32Array(hitTotal);
  for (let c = 0; c < customers; c++) {
    const from = start[c];
    const to = start[c + 1];
    if (to === from) continue;
    customersWithHits++;
    // Equal times: earlier steps first (in order); the same event's positions: later first.
    const hits = Array.from({ length: to - from }, (_, k) => from + k).sort(
      (a, b) => events.time[hitEvent[a]] - events.time[hitEvent[b]] || hitOrder[a] - hitOrder[b] || hitEvent[a] - hitEvent[b] || hitPosition[b] - hitPosition[a],
    );
    hits.forEach((h, k) => {
      sortedEvent[from + k] = hitEvent[h];
      sortedPosition[from + k] = hitPosition[h];
    });
    const deepest = deepestStep(sortedEvent, sortedPosition, events.time, from, to, steps.length, windowMs);
    const channelName = firstChannel[c] >= 0 ? events.channels[firstChannel[c]] : NO_CHANNEL;
    let segment = reachedByChannel.get(channelName);
    if (!segment) {
      segment = new Array<number>(steps.length).fill(0);
      reachedByChannel.set(channelName, segment);
    }
    for (let k = 0; k <= deepest; k++) {
      reached[k]++;
      segment[k]++;
    }
  }
  return {
    steps: summarise(steps, reached),
    byFirstChannel: [...reachedByChannel.entries()]
      .sort((a, b) => b[1][0] - a[1][0] || a[0].localeCompare(b[0]))
      .map(([channel, counts]) => ({ channel, steps: summarise(steps, counts) })),
    customers: customersWithHits,
    invalidEvents,
  };
}
