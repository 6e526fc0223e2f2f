/**
 * Ordered-step funnel with a conversion window, the definition of ClickHouse's
 * `windowFunnel` and Mixpanel/GA4 closed funnels: a customer reaches step k when events for
 * steps 1..k occur in that order (equal times count as in order) and step k happens within
 * `windowDays` of the step-1 event that starts the chain. Split by first-touch channel: the
 * channel of the customer's earliest event that has one.
 */
import { DAY_MS } from './units.js';

export interface FunnelEvent {
  readonly customerId: string;
  readonly time: number;
  readonly step: string;
  readonly channel?: string;
}

export interface FunnelOptions {
  readonly windowDays?: number;
}

export const DEFAULT_FUNNEL_WINDOW_DAYS = 30;
/** Segment name for customers none of whose events has a channel. */
export const NO_CHANNEL = '(none)';

export interface FunnelStepResult {
  readonly step: string;
  /** Customers who reached this step in order within the window. */
  readonly users: number;
  /** users / users of the previous step; null for the first step or when the previous step has none. */
  readonly stepConversion: number | null;
  /** users / users of the first step; null when nobody started. */
  readonly overallConversion: number | null;
  /** Customers lost since the previous step (0 for the first step). */
  readonly dropOff: number;
}

export interface FunnelResult {
  readonly steps: FunnelStepResult[];
  readonly byFirstChannel: { channel: string; steps: FunnelStepResult[] }[];
  /** Customers with at least one event of any listed step. */
  readonly customers: number;
  /** Events left out because their time is not a number. */
  readonly invalidEvents: number;
}

interface Hit {
  readonly time: number;
  /** The event's first step position and its index: equal times go in step order, one event at a time. */
  readonly order: number;
  readonly event: number;
  readonly position: number;
}

/** Deepest step (0-based; −1 = none) reached by one customer's hits sorted by time then position. */
function deepestStep(hits: readonly Hit[], stepCount: number, windowMs: number): number {
  // latestStart[k]: the latest step-1 time of any in-order chain that has reached step k;
  // the latest start leaves the most room in the window for the steps still to come.
  const latestStart = new Float64Array(stepCount).fill(-Infinity);
  let deepest = -1;
  for (const { time, position } of hits) {
    if (position === 0) {
      latestStart[0] = time;
    } else if (latestStart[position - 1] > -Infinity && time - latestStart[position - 1] <= windowMs) {
      latestStart[position] = Math.max(latestStart[position], latestStart[position - 1]);
    } else {
      continue;
    }
    if (position > deepest) deepest = position;
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

export function computeFunnel(events: readonly FunnelEvent[], steps: readonly string[], options: FunnelOptions = {}): FunnelResult {
  if (steps.length === 0) throw new RangeError('a funnel needs at least one step');
  const windowDays = options.windowDays ?? DEFAULT_FUNNEL_WINDOW_DAYS;
  if (!(windowDays > 0)) throw new RangeError(`funnel window must be a positive number of days, got ${windowDays}`);
  const windowMs = windowDays * DAY_MS;
  // A step name listed twice needs two events; positions are tried last-first so one event
  // never fills two steps.
  const positions = new Map<string, number[]>();
  steps.forEach((step, k) => positions.set(step, [k, ...(positions.get(step) ?? [])]));

  const byCustomer = new Map<string, { hits: Hit[]; firstChannel: string; firstChannelTime: number }>();
  let invalidEvents = 0;
  events.forEach((event, index) => {
    if (!Number.isFinite(event.time)) {
      invalidEvents++;
      return;
    }
    let customer = byCustomer.get(event.customerId);
    if (!customer) {
      customer = { hits: [], firstChannel: NO_CHANNEL, firstChannelTime: Infinity };
      byCustomer.set(event.customerId, customer);
    }
    if (event.channel && event.time < customer.firstChannelTime) {
      customer.firstChannel = event.channel;
      customer.firstChannelTime = event.time;
    }
    const eventPositions = positions.get(event.step) ?? [];
    const order = eventPositions[eventPositions.length - 1];
    for (const position of eventPositions) customer.hits.push({ time: event.time, order, event: index, position });
  });

  const reached = new Array<number>(steps.length).fill(0);
  const reachedByChannel = new Map<string, number[]>();
  let customers = 0;
  for (const { hits, firstChannel } of byCustomer.values()) {
    if (hits.length === 0) continue;
    customers++;
    // Equal times: earlier steps first (in order); the same event's positions: later first.
    hits.sort((a, b) => a.time - b.time || a.order - b.order || a.event - b.event || b.position - a.position);
    const deepest = deepestStep(hits, steps.length, windowMs);
    let segment = reachedByChannel.get(firstChannel);
    if (!segment) {
      segment = new Array<number>(steps.length).fill(0);
      reachedByChannel.set(firstChannel, segment);
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
    customers,
    invalidEvents,
  };
}
