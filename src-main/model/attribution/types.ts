/**
 * Types of the attribution engine (issue 4).
 * Inputs are already typed rows (the importer did the cleaning); outputs are plain data
 * plus `Map`s keyed by channel name, which survive worker `postMessage` unchanged.
 */
import { ATTRIBUTION_MODEL_IDS } from '@shared/analyses/attribution.js';
import type { AttributionNotice, AttributionNoticeCode } from '@shared/analyses/attribution.result.js';

export type { AttributionNotice, AttributionNoticeCode };

/** One row of a `touchpoints` dataset. `time` is epoch milliseconds. */
export interface TouchpointRow {
  readonly customerId: string;
  readonly time: number;
  readonly channel: string;
  /** `null` (no event column) reads as a touch. */
  readonly event: 'touch' | 'conversion' | null;
  /** Conversion value on conversion rows; ignored on touches. */
  readonly value: number | null;
}

/** An order of the same customer; used as a conversion when that customer has no conversion event. */
export interface OrderRow {
  readonly customerId: string;
  readonly time: number;
  readonly revenue: number;
}

/** One row of a `paths` dataset (aggregated export, no timestamps). */
export interface PathRow {
  readonly path: string;
  readonly conversions: number;
  readonly value: number | null;
  readonly nulls: number | null;
}

/**
 * A journey, possibly standing for `count` identical journeys.
 * `value` is the TOTAL conversion value of those `count` journeys (0 when not converted),
 * the way aggregated exports report it.
 */
export interface Journey {
  readonly channels: readonly string[];
  /** Touch times (epoch ms), one per channel; absent for `paths` exports. */
  readonly times?: readonly number[];
  /** When the conversion happened (epoch ms), when known. */
  readonly conversionTime?: number;
  readonly converted: boolean;
  readonly value: number;
  readonly count: number;
}

/** Credit a model gives one channel. Conversions are fractional. */
export interface ChannelCredit {
  conversions: number;
  value: number;
}

export type ChannelCredits = Map<string, ChannelCredit>;

/** The models, in the order every screen lists them: the API's list (src-shared), one rule in one place. */
export const ATTRIBUTION_MODELS = ATTRIBUTION_MODEL_IDS;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];


/** Raised by a model that cannot run on the given data; `attributeAll` turns it into a notice. */
export class ModelUnavailable extends Error {
  readonly code: AttributionNoticeCode;
  readonly params: Record<string, string | number>;

  constructor(code: AttributionNoticeCode, params: Record<string, string | number> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ModelUnavailable';
    this.code = code;
    this.params = params;
  }
}
