/**
 * Journeys from a touchpoint log as columns (issue 13): a 10M-row log makes ~2.4M
 * journeys, and as objects (a list of channel names and one of times each) they weighed
 * over half a gigabyte; as columns they cost 12 bytes a touch and 21 a journey. Every
 * journey of a log stands for one customer journey (count 1) and has a time per touch.
 */
import type { Journey } from './types.js';

export interface JourneyColumns {
  readonly kind: 'journey-columns';
  /** Channel names by id (ids as `channel` holds them). */
  readonly channelNames: readonly string[];
  /** Number of journeys. */
  readonly size: number;
  /** Touches of journey j are entries `start[j] .. start[j+1])` of `channel` and `time`, in time order. */
  readonly start: Int32Array;
  readonly channel: Int32Array;
  /** Epoch ms of each touch. */
  readonly time: Float64Array;
  /** 1 for a converting journey. */
  readonly converted: Uint8Array;
  /** Conversion value (0 when not converted). */
  readonly value: Float64Array;
  /** When the conversion happened (epoch ms); NaN when not converted. */
  readonly conversionTime: Float64Array;
}

export function isJourneyColumns(input: unknown): input is JourneyColumns {
  return typeof input === 'object' && input !== null && (input as JourneyColumns).kind === 'journey-columns';
}

/** Journey j as the object the object-based callers know (tests, small inputs). */
export function journeyAt(columns: JourneyColumns, j: number): Journey {
  const from = columns.start[j];
  const to = columns.start[j + 1];
  const channels = new Array<string>(to - from);
  const times = new Array<number>(to - from);
  for (let i = from; i < to; i++) {
    channels[i - from] = columns.channelNames[columns.channel[i]];
    times[i - from] = columns.time[i];
  }
  return columns.converted[j] === 1
    ? { channels, times, conversionTime: columns.conversionTime[j], converted: true, value: columns.value[j], count: 1 }
    : { channels, times, converted: false, value: 0, count: 1 };
}

/** The moment a journey belongs to a period by: its conversion, or its last touch when it did not convert. */
export function journeyMoment(columns: JourneyColumns, j: number): number {
  return columns.converted[j] === 1 ? columns.conversionTime[j] : columns.time[columns.start[j + 1] - 1];
}

/** The journeys `keep` accepts, in their order (a copy; the input is left as it is). */
export function filterJourneyColumns(columns: JourneyColumns, keep: (j: number) => boolean): JourneyColumns {
  const kept: number[] = [];
  let touches = 0;
  for (let j = 0; j < columns.size; j++) {
    if (!keep(j)) continue;
    kept.push(j);
    touches += columns.start[j + 1] - columns.start[j];
  }
  if (kept.length === columns.size) return columns;
  const start = new Int32Array(kept.length + 1);
  const channel = new Int32Array(touches);
  const time = new Float64Array(touches);
  const converted = new Uint8Array(kept.length);
  const value = new Float64Array(kept.length);
  const conversionTime = new Float64Array(kept.length);
  let at = 0;
  kept.forEach((j, k) => {
    const from = columns.start[j];
    const to = columns.start[j + 1];
    channel.set(columns.channel.subarray(from, to), at);
    time.set(columns.time.subarray(from, to), at);
    at += to - from;
    start[k + 1] = at;
    converted[k] = columns.converted[j];
    value[k] = columns.value[j];
    conversionTime[k] = columns.conversionTime[j];
  });
  return { kind: 'journey-columns', channelNames: columns.channelNames, size: kept.length, start, channel, time, converted, value, conversionTime };
}
